import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client.ts";
import type { SyncFrequency } from "../../db/schema.ts";
import { enqueueRun } from "./queue.ts";

const PERIOD_MS: Record<Exclude<SyncFrequency, "ONE_TIME">, number> = {
  HOURLY: 60 * 60 * 1000,
  DAILY: 24 * 60 * 60 * 1000,
};

/** When a sync with this frequency should next run, counting from `from`; null for one-time syncs. */
export function nextDueAfter(frequency: SyncFrequency, from: Date): Date | null {
  return frequency === "ONE_TIME" ? null : new Date(from.getTime() + PERIOD_MS[frequency]);
}

/**
 * Queues a run for every sync whose due time has passed and moves its due time to the next period
 * after `now` (a gateway that was down for a day runs a missed hourly sync once, not 24 times).
 * The due rows are claimed with SKIP LOCKED inside one transaction, so across any number of
 * processes each period fires once. Returns the number of runs queued.
 */
export async function queueDueSyncs(db: Db, now: Date, maxAttempts: number, limit = 100): Promise<number> {
  // Raw SQL gets timestamps as ISO text: postgres.js cannot bind a Date to an untyped parameter.
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const due = await queryRows<{ id: string }>(
      txDb,
      sql`
        with due as (
          select id, frequency, next_run_at from cohort_syncs
          where next_run_at <= ${at}::timestamptz and not paused and frequency <> 'ONE_TIME'
          order by next_run_at
          limit ${limit}
          for update skip locked
        )
        update cohort_syncs s
        set next_run_at = due.next_run_at + period.length * (
              floor(extract(epoch from (${at}::timestamptz - due.next_run_at)) / extract(epoch from period.length)) + 1
            ),
            updated_at = now()
        from due,
             lateral (select case due.frequency when 'HOURLY' then interval '1 hour' else interval '1 day' end as length) period
        where s.id = due.id
        returning s.id`,
    );
    let queued = 0;
    for (const { id } of due) {
      const { created } = await enqueueRun(txDb, id, "SCHEDULE", maxAttempts);
      if (created) queued++;
    }
    return queued;
  });
}
