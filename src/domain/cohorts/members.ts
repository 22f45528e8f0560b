/**
 * Set-based writes to cohort_members. Rows travel as column arrays through `unnest`, a few thousand
 * per statement, and every function here runs inside the caller's transaction after lockCohort, so
 * changes to one cohort are serialised and cohorts.member_count stays exact.
 */
import { randomBytes } from "node:crypto";
import { eq, type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client.ts";
import { cohorts } from "../../db/schema.ts";
import { NotFoundError } from "../errors.ts";
import { memberKeyOf } from "./mapping.ts";

export type CohortRow = typeof cohorts.$inferSelect;

export interface MemberData {
  amplitudeId: string | null;
  userId: string | null;
  deviceId: string | null;
  properties: Record<string, string>;
}

export interface MergeCounts {
  /** Members that were not in the cohort before. */
  inserted: number;
  /** Members already in the cohort whose ids or properties changed. */
  updated: number;
}

/** Locks the cohort row for the rest of the transaction; throws NotFoundError for an unknown id. */
export async function lockCohort(db: Db, cohortId: string): Promise<CohortRow> {
  const [row] = await db.select().from(cohorts).where(eq(cohorts.id, cohortId)).for("update");
  if (!row) throw new NotFoundError("Cohort", cohortId);
  return row;
}

/** Column arrays for unnest; rows without any identifier are the caller's bug (validated earlier). */
function columnsOf(members: readonly MemberData[]) {
  const keys: string[] = [];
  const amplitudeIds: (string | null)[] = [];
  const userIds: (string | null)[] = [];
  const deviceIds: (string | null)[] = [];
  const properties: string[] = [];
  for (const m of members) {
    const key = memberKeyOf(m);
    if (key === null) throw new Error("cohort member without amplitude_id, user_id or device_id");
    keys.push(key);
    amplitudeIds.push(m.amplitudeId);
    userIds.push(m.userId);
    deviceIds.push(m.deviceId);
    properties.push(JSON.stringify(m.properties));
  }
  return sql`${sql.param(keys)}::text[], ${sql.param(amplitudeIds)}::text[], ${sql.param(userIds)}::text[],
    ${sql.param(deviceIds)}::text[], ${sql.param(properties)}::jsonb[]`;
}

/** One row per member key, the last occurrence winning, as a later CSV row or list entry should. */
function distinctInput(members: readonly MemberData[]): SQL {
  return sql`select distinct on (k) k, a, u, d, p
    from unnest(${columnsOf(members)}) with ordinality as t(k, a, u, d, p, n)
    order by k, n desc`;
}

/** Inserts new members and updates changed ones from `source` (columns k, a, u, d, p). */
async function upsertFrom(db: Db, cohortId: string, source: SQL): Promise<MergeCounts> {
  const [counts] = await queryRows<{ inserted: number; updated: number }>(
    db,
    sql`with written as (
      insert into cohort_members (cohort_id, member_key, amplitude_id, user_id, device_id, properties)
      select ${cohortId}::uuid, k, a, u, d, p from (${source}) as source
      on conflict (cohort_id, member_key) do update set
        amplitude_id = excluded.amplitude_id, user_id = excluded.user_id,
        device_id = excluded.device_id, properties = excluded.properties
      where (cohort_members.amplitude_id, cohort_members.user_id, cohort_members.device_id, cohort_members.properties)
        is distinct from (excluded.amplitude_id, excluded.user_id, excluded.device_id, excluded.properties)
      returning (xmax = 0) as inserted
    )
    select (count(*) filter (where inserted))::int as inserted,
           (count(*) filter (where not inserted))::int as updated
    from written`,
  );
  return { inserted: counts?.inserted ?? 0, updated: counts?.updated ?? 0 };
}

/** Adds or updates members by member key. */
export function upsertMembers(
  db: Db,
  cohortId: string,
  members: readonly MemberData[],
): Promise<MergeCounts> {
  if (members.length === 0) return Promise.resolve({ inserted: 0, updated: 0 });
  return upsertFrom(db, cohortId, distinctInput(members));
}

/** Deletes members by key; returns how many existed. */
export async function deleteMembers(db: Db, cohortId: string, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const [row] = await queryRows<{ removed: number }>(
    db,
    sql`with gone as (
      delete from cohort_members
      where cohort_id = ${cohortId}::uuid and member_key = any(${sql.param([...keys])}::text[])
      returning 1
    ) select count(*)::int as removed from gone`,
  );
  return row?.removed ?? 0;
}

/** Applies a change in size to cohorts.member_count (and marks the cohort changed); returns the new count. */
export async function adjustMemberCount(
  db: Db,
  cohortId: string,
  delta: number,
  refreshedAt?: Date,
): Promise<number> {
  const [row] = await db
    .update(cohorts)
    .set({
      memberCount: sql`${cohorts.memberCount} + ${delta}`,
      updatedAt: sql`now()`,
      ...(refreshedAt ? { lastRefreshedAt: refreshedAt } : {}),
    })
    .where(eq(cohorts.id, cohortId))
    .returning({ memberCount: cohorts.memberCount });
  if (!row) throw new NotFoundError("Cohort", cohortId);
  return row.memberCount;
}

/**
 * A whole new member set, appended batch by batch to a temporary table that disappears with the
 * transaction (no index, so appends stay cheap), then de-duplicated once, last row winning, and
 * merged into the cohort in two statements.
 */
export class MemberStage {
  private readonly rows: ReturnType<typeof sql.identifier>;
  private readonly members: ReturnType<typeof sql.identifier>;
  private appended = 0;
  private distinct: number | null = null;

  private constructor(
    private readonly db: Db,
    name: string,
  ) {
    this.rows = sql.identifier(`${name}_rows`);
    this.members = sql.identifier(`${name}_members`);
  }

  static async create(db: Db): Promise<MemberStage> {
    const stage = new MemberStage(db, `cohort_stage_${randomBytes(6).toString("hex")}`);
    await db.execute(sql`create temporary table ${stage.rows} (
      n bigint not null, k text not null, a text, u text, d text, p jsonb not null
    ) on commit drop`);
    return stage;
  }

  async add(members: readonly MemberData[]): Promise<void> {
    if (members.length === 0) return;
    if (this.distinct !== null) throw new Error("MemberStage.add after the stage was sealed");
    await this.db.execute(sql`insert into ${this.rows} (n, k, a, u, d, p)
      select ${this.appended}::bigint + n, k, a, u, d, p
      from unnest(${columnsOf(members)}) with ordinality as t(k, a, u, d, p, n)`);
    this.appended += members.length;
  }

  /** De-duplicates the appended rows (sorted by key, which also suits the index they go into). */
  private async seal(): Promise<number> {
    if (this.distinct !== null) return this.distinct;
    await this.db.execute(sql`create temporary table ${this.members} on commit drop as
      select distinct on (k) k, a, u, d, p from ${this.rows} order by k, n desc`);
    // Temporary tables get no automatic statistics; without them the anti-join below can plan badly.
    await this.db.execute(sql`analyze ${this.members}`);
    const [row] = await queryRows<{ n: number }>(
      this.db,
      sql`select count(*)::int as n from ${this.members}`,
    );
    this.distinct = row?.n ?? 0;
    return this.distinct;
  }

  /** Number of distinct members staged. */
  size(): Promise<number> {
    return this.seal();
  }

  /** Deletes the cohort's members that are not staged; returns how many. */
  async removeOthers(cohortId: string): Promise<number> {
    await this.seal();
    const [row] = await queryRows<{ removed: number }>(
      this.db,
      sql`with gone as (
        delete from cohort_members m
        where m.cohort_id = ${cohortId}::uuid
          and not exists (select 1 from ${this.members} s where s.k = m.member_key)
        returning 1
      ) select count(*)::int as removed from gone`,
    );
    return row?.removed ?? 0;
  }

  /**
   * Inserts the staged members that are new and updates those that changed. `cohortIsEmpty` (checked
   * under the cohort lock) allows a plain insert, a third faster than the upsert for big first loads.
   */
  async mergeInto(cohortId: string, cohortIsEmpty: boolean): Promise<MergeCounts> {
    const distinct = await this.seal();
    if (!cohortIsEmpty) return upsertFrom(this.db, cohortId, sql`select k, a, u, d, p from ${this.members}`);
    await this.db.execute(sql`insert into cohort_members (cohort_id, member_key, amplitude_id, user_id, device_id, properties)
      select ${cohortId}::uuid, k, a, u, d, p from ${this.members}`);
    return { inserted: distinct, updated: 0 };
  }
}

export interface ReplaceResult extends MergeCounts {
  removed: number;
  /** Distinct members in the new set (rows repeating a member key count once). */
  distinct: number;
  memberCount: number;
}

/** Merges a stage into a locked cohort: REPLACE also removes members that are not staged. */
export async function applyStage(
  db: Db,
  cohortId: string,
  stage: MemberStage,
  mode: "REPLACE" | "MERGE",
  refreshedAt?: Date,
): Promise<ReplaceResult> {
  const removed = mode === "REPLACE" ? await stage.removeOthers(cohortId) : 0;
  const [left] = await queryRows<{ any: boolean }>(
    db,
    sql`select exists (select 1 from cohort_members where cohort_id = ${cohortId}::uuid) as any`,
  );
  const counts = await stage.mergeInto(cohortId, left?.any === false);
  const distinct = await stage.size();
  const memberCount = await adjustMemberCount(db, cohortId, counts.inserted - removed, refreshedAt);
  return { ...counts, removed, distinct, memberCount };
}

/**
 * Keeps one item of `source` in the making while the consumer works on the previous one, so parsing
 * (or downloading) the next batch overlaps the database writing the current one.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  let pending = it.next();
  // If the consumer stops early, the item in the making may fail with nobody waiting for it.
  pending.catch(() => {});
  try {
    for (;;) {
      const result = await pending;
      if (result.done) return;
      pending = it.next();
      pending.catch(() => {});
      yield result.value;
    }
  } finally {
    await it.return?.();
  }
}
