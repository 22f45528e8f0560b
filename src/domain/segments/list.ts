// The condition behind the `segments` listing: one environment, the caller's filters, and only what
// the caller may read, all in SQL so the database pages over exactly the rows that are shown.
import { and, eq, or, type SQL, sql } from "drizzle-orm";
import type { segments } from "../../db/schema.ts";
import type { PolicyStatement } from "../policy.ts";
import { environmentIdSql, type SegmentKind } from "./store.ts";
import { readableSegmentsSql } from "./visibility.ts";

export interface SegmentFilter {
  kind?: SegmentKind | null | undefined;
  /** Database id of the source cohort; undefined/null for any. */
  sourceCohortId?: string | null | undefined;
  tag?: string | null | undefined;
  /** Case-insensitive substring of the key or the name. */
  search?: string | null | undefined;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** For `segments` or an alias of it (drizzle's relational queries pass an aliased table). */
export function segmentListSql(
  table: typeof segments,
  scope: { projectKey: string; environmentKey: string },
  filter: SegmentFilter,
  policy: readonly PolicyStatement[],
): SQL {
  const search = filter.search?.trim();
  return and(
    eq(table.environmentId, environmentIdSql(scope.projectKey, scope.environmentKey)),
    filter.kind ? eq(table.kind, filter.kind) : undefined,
    filter.sourceCohortId ? eq(table.sourceCohortId, filter.sourceCohortId) : undefined,
    filter.tag ? sql`${table.tags} @> array[${filter.tag.trim()}]::text[]` : undefined,
    search
      ? or(
          sql`${table.key} ilike ${`%${escapeLike(search)}%`}`,
          sql`${table.name} ilike ${`%${escapeLike(search)}%`}`,
        )
      : undefined,
    readableSegmentsSql(policy, table),
  )!;
}
