import { type SQL, sql } from "drizzle-orm";
import { affectedRows, type Db, queryRows } from "../../db/client.ts";
import { contextKeyExpression } from "../cohorts/mapping.ts";

/** Context keys longer than this are treated like missing ones: no segment store accepts them. */
export const MAX_CONTEXT_KEY_LENGTH = 512;
export const SKIPPED_SAMPLE_SIZE = 20;

/** True for a context key no segment can hold: missing, empty or over MAX_CONTEXT_KEY_LENGTH. */
function unusableKey(key: SQL): SQL {
  return sql`((${key}) is null or (${key}) = '' or length(${key}) > ${MAX_CONTEXT_KEY_LENGTH})`;
}

export type SkippedMember = {
  amplitudeId: string | null;
  userId: string | null;
  deviceId: string | null;
};

export interface StagedBatch {
  /** Members read in this batch. */
  rows: number;
  /** Members whose mapped key was missing, empty or too long. */
  missing: number;
  /** Up to SKIPPED_SAMPLE_SIZE of those. */
  sample: SkippedMember[];
  /** The last member key read: where the next batch starts. Null when the cohort is exhausted. */
  lastMemberKey: string | null;
}

/**
 * Copies one batch of a cohort's members, mapped to context keys, into the run's staging rows,
 * entirely inside the database (`INSERT ... SELECT`), walking the cohort by its primary key so each
 * batch is an index range scan. Duplicate keys (two members mapped to one key) are kept here and
 * collapse when the diff is applied.
 */
export async function stageCohortBatch(
  db: Db,
  input: {
    runId: string;
    cohortId: string;
    userKeyProperty: string;
    after: string | null;
    batchSize: number;
  },
): Promise<StagedBatch> {
  const key = contextKeyExpression(input.userKeyProperty, "m");
  const unusable = unusableKey(sql`context_key`);
  const [row] = await queryRows<{
    rows: number;
    missing: number;
    last_key: string | null;
    sample: SkippedMember[] | null;
  }>(
    db,
    sql`
      with batch as (
        select m.member_key, m.amplitude_id, m.user_id, m.device_id, ${key} as context_key
        from cohort_members m
        where m.cohort_id = ${input.cohortId} and m.member_key > ${input.after ?? ""}
        order by m.member_key
        limit ${input.batchSize}
      ),
      staged as (
        insert into sync_staging (run_id, context_key)
        select ${input.runId}, context_key from batch
        where not ${unusable}
      )
      select
        (select count(*)::int from batch) as rows,
        (select count(*)::int from batch where ${unusable}) as missing,
        (select max(member_key) from batch) as last_key,
        (select json_agg(json_build_object('amplitudeId', amplitude_id, 'userId', user_id, 'deviceId', device_id))
          from (select amplitude_id, user_id, device_id from batch
                where ${unusable}
                limit ${SKIPPED_SAMPLE_SIZE}) s) as sample`,
  );
  return {
    rows: row?.rows ?? 0,
    missing: row?.missing ?? 0,
    sample: row?.sample ?? [],
    lastMemberKey: row && row.rows > 0 ? row.last_key : null,
  };
}

export async function clearStaging(db: Db, runId: string): Promise<void> {
  await db.execute(sql`delete from sync_staging where run_id = ${runId}`);
}

export interface AppliedDiff {
  added: number;
  removed: number;
}

/** A diff taken straight from the cohort, with what staging would have counted. */
export interface CohortDiff extends AppliedDiff {
  /** Members read. */
  rows: number;
  /** Members whose mapped key was missing, empty or too long. */
  missing: number;
  /** Up to SKIPPED_SAMPLE_SIZE of those. */
  sample: SkippedMember[];
}

/**
 * Makes the segment's targets equal to the staged snapshot: removes what is gone, adds what is
 * new, with anti-joins inside the database. Runs in the caller's transaction, so readers see the
 * old membership or the new one, never a mix.
 */
export async function applyStagedDiff(db: Db, runId: string, segmentId: string): Promise<AppliedDiff> {
  await db.execute(sql`select id from segments where id = ${segmentId} for update`);
  const removed = await affectedRows(
    db,
    sql`
      delete from segment_targets t
      where t.segment_id = ${segmentId}
        and not exists (select 1 from sync_staging s where s.run_id = ${runId} and s.context_key = t.context_key)`,
  );
  // Deduplicated by a sort rather than ON CONFLICT: inserting in key order keeps both indexes'
  // writes sequential, and speculative insertion roughly doubles the cost of a large insert. No
  // conflict is possible: the segment row lock above keeps every other writer out.
  await db.execute(sql`set local work_mem = '128MB'`);
  const added = await affectedRows(
    db,
    sql`
      insert into segment_targets (segment_id, context_key, included)
      select ${segmentId}, d.context_key, true
      from (
        select distinct s.context_key from sync_staging s
        where s.run_id = ${runId}
          and not exists (
            select 1 from segment_targets t where t.segment_id = ${segmentId} and t.context_key = s.context_key
          )
        order by 1
      ) d`,
  );
  return { added, removed };
}

/**
 * Makes the segment's targets equal to the cohort's members as they are now, without staging: the
 * counts, the removals and the additions are read straight from `cohort_members`. The caller runs
 * it in a REPEATABLE READ transaction, so all three statements see one snapshot of the cohort and
 * readers see the old membership or the new one, never a mix. Cheaper than staging when the
 * segment already holds most of the cohort (a re-sync), at the price of progress by phase only.
 */
export async function applyCohortDiff(
  db: Db,
  input: { segmentId: string; cohortId: string; userKeyProperty: string },
): Promise<CohortDiff> {
  const { segmentId, cohortId } = input;
  const key = contextKeyExpression(input.userKeyProperty, "m");
  const unusable = unusableKey(key);
  await db.execute(sql`select id from segments where id = ${segmentId} for update`);
  await db.execute(sql`set local work_mem = '128MB'`);
  const [counted] = await queryRows<{ rows: number; missing: number }>(
    db,
    sql`
      select count(*)::int as rows, (count(*) filter (where ${unusable}))::int as missing
      from cohort_members m
      where m.cohort_id = ${cohortId}`,
  );
  // Another pass over the cohort only when there is something to show.
  const sample = counted?.missing
    ? await queryRows<SkippedMember>(
        db,
        sql`
          select m.amplitude_id as "amplitudeId", m.user_id as "userId", m.device_id as "deviceId"
          from cohort_members m
          where m.cohort_id = ${cohortId} and ${unusable}
          limit ${SKIPPED_SAMPLE_SIZE}`,
      )
    : [];
  const removed = await affectedRows(
    db,
    sql`
      delete from segment_targets t
      where t.segment_id = ${segmentId}
        and not exists (
          select 1 from cohort_members m where m.cohort_id = ${cohortId} and ${key} = t.context_key
        )`,
  );
  // In key order and deduplicated by a sort, as in applyStagedDiff.
  const added = await affectedRows(
    db,
    sql`
      insert into segment_targets (segment_id, context_key, included)
      select ${segmentId}, d.context_key, true
      from (
        select distinct c.context_key
        from (select ${key} as context_key from cohort_members m where m.cohort_id = ${cohortId}) c
        where not ${unusableKey(sql`c.context_key`)}
          and not exists (
            select 1 from segment_targets t where t.segment_id = ${segmentId} and t.context_key = c.context_key
          )
        order by 1
      ) d`,
  );
  return {
    added,
    removed,
    rows: counted?.rows ?? 0,
    missing: counted?.missing ?? 0,
    sample,
  };
}
