/** The rows of a cohort's CSV export, in Amplitude's format, read from the database page by page. */
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { queryRows } from "../../db/client.ts";
import { cohortMembers } from "../../db/schema.ts";

export const EXPORT_PAGE_SIZE = 5_000;
export const EXPORT_ID_COLUMNS = ["amplitude_id", "user_id", "device_id"] as const;

/** Every property name used in the cohort, sorted: the export's columns after the three ids. */
export async function propertyColumns(db: Db, cohortId: string): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select distinct name from cohort_members, jsonb_object_keys(properties) as name
        where cohort_id = ${cohortId}::uuid order by name`,
  );
  return rows.map((r) => r.name);
}

/**
 * Yields the header, then one row per member ordered by member key. Pages are separate queries
 * (keyset on member_key): holding one snapshot open for a slow download would pin a connection,
 * and on the embedded database block every other request.
 */
export async function* cohortCsvRows(
  db: Db,
  cohortId: string,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<string[]> {
  const properties = await propertyColumns(db, cohortId);
  yield [...EXPORT_ID_COLUMNS, ...properties];
  let after: string | null = null;
  for (;;) {
    const page = await db
      .select()
      .from(cohortMembers)
      .where(
        and(
          eq(cohortMembers.cohortId, cohortId),
          after === null ? undefined : gt(cohortMembers.memberKey, after),
        ),
      )
      .orderBy(asc(cohortMembers.memberKey))
      .limit(pageSize);
    for (const m of page) {
      yield [
        m.amplitudeId ?? "",
        m.userId ?? "",
        m.deviceId ?? "",
        ...properties.map((name) => (Object.hasOwn(m.properties, name) ? (m.properties[name] ?? "") : "")),
      ];
    }
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.memberKey;
  }
}
