import { and, eq, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client.ts";
import { cohortSyncs, type SyncRunTrigger, syncRuns } from "../../db/schema.ts";
import type { EventBus, SyncRunEvent, SyncRunEventKind } from "../../pubsub.ts";

export type SyncRunRow = typeof syncRuns.$inferSelect;

/**
 * Queues a run for a cohort sync, or returns the run already queued or running: the partial
 * unique index `sync_runs_one_active_per_sync` makes that decision, so concurrent callers in any
 * number of processes end up with the same run.
 */
export async function enqueueRun(
  db: Db,
  cohortSyncId: string,
  trigger: SyncRunTrigger,
  maxAttempts: number,
): Promise<{ run: SyncRunRow; created: boolean }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [created] = await db
      .insert(syncRuns)
      .values({ cohortSyncId, trigger, maxAttempts })
      .onConflictDoNothing({
        target: syncRuns.cohortSyncId,
        where: sql`${syncRuns.status} in ('QUEUED', 'RUNNING')`,
      })
      .returning();
    if (created) return { run: created, created: true };
    const [active] = await db
      .select()
      .from(syncRuns)
      .where(and(eq(syncRuns.cohortSyncId, cohortSyncId), sql`${syncRuns.status} in ('QUEUED', 'RUNNING')`));
    // The active run may have finished between the two statements; then try again.
    if (active) return { run: active, created: false };
  }
  throw new Error(`could not queue a run for cohort sync ${cohortSyncId}`);
}

/**
 * Claims one run: a queued run whose backoff has passed, or a running run whose lease expired
 * (its process died). SKIP LOCKED lets every worker in every process claim concurrently without
 * waiting on each other or taking the same run twice.
 */
export async function claimRun(
  db: Db,
  workerId: string,
  leaseMs: number,
  now: Date,
): Promise<SyncRunRow | null> {
  const rows = await queryRows<{ id: string; recovered: boolean }>(
    db,
    sql`
      with candidate as (
        select id, status = 'RUNNING' as recovered from sync_runs
        where (status = 'QUEUED' and run_after <= ${now.toISOString()}::timestamptz)
           or (status = 'RUNNING' and lease_until < ${now.toISOString()}::timestamptz)
        order by run_after, queued_at
        limit 1
        for update skip locked
      )
      update sync_runs r
      set status = 'RUNNING',
          phase = 'CHECKING_DESTINATION',
          lease_owner = ${workerId},
          lease_until = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz,
          attempt = r.attempt + 1,
          sequence = r.sequence + 1,
          started_at = coalesce(r.started_at, ${now.toISOString()}::timestamptz),
          error = case when candidate.recovered then 'lease expired: the worker running it stopped' else r.error end
      from candidate
      where r.id = candidate.id
      returning r.id, candidate.recovered`,
  );
  const claimed = rows[0];
  if (!claimed) return null;
  const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, claimed.id));
  return run ?? null;
}

/** Extends the lease; false when this worker no longer owns the run (it must stop at once). */
export async function renewLease(
  db: Db,
  runId: string,
  workerId: string,
  leaseMs: number,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(syncRuns)
    .set({ leaseUntil: new Date(now.getTime() + leaseMs) })
    .where(and(eq(syncRuns.id, runId), eq(syncRuns.leaseOwner, workerId), eq(syncRuns.status, "RUNNING")))
    .returning({ cancelRequested: syncRuns.cancelRequested });
  return rows.length > 0;
}

export async function isCancelRequested(db: Db, runId: string): Promise<boolean> {
  const [row] = await db.select({ c: syncRuns.cancelRequested }).from(syncRuns).where(eq(syncRuns.id, runId));
  return row?.c ?? true;
}

/** Updates a run owned by this worker, bumps its sequence, and returns the new row. */
export async function updateOwnedRun(
  db: Db,
  runId: string,
  workerId: string,
  values: Partial<typeof syncRuns.$inferInsert>,
): Promise<SyncRunRow | null> {
  const [row] = await db
    .update(syncRuns)
    .set({ ...values, sequence: sql`${syncRuns.sequence} + 1` })
    .where(and(eq(syncRuns.id, runId), eq(syncRuns.leaseOwner, workerId)))
    .returning();
  return row ?? null;
}

/** Locks the run for the caller's transaction if `workerId` still owns it; false if it does not. */
export async function lockOwnedRun(db: Db, runId: string, workerId: string): Promise<boolean> {
  const rows = await db
    .select({ id: syncRuns.id })
    .from(syncRuns)
    .where(and(eq(syncRuns.id, runId), eq(syncRuns.leaseOwner, workerId)))
    .for("update");
  return rows.length > 0;
}

/** Updates any run (not owned by a worker: queued-run cancels) and bumps its sequence. */
export async function updateRun(
  db: Db,
  runId: string,
  values: Partial<typeof syncRuns.$inferInsert>,
  where = sql`true`,
): Promise<SyncRunRow | null> {
  const [row] = await db
    .update(syncRuns)
    .set({ ...values, sequence: sql`${syncRuns.sequence} + 1` })
    .where(and(eq(syncRuns.id, runId), where))
    .returning();
  return row ?? null;
}

export async function cohortIdOfSync(db: Db, cohortSyncId: string): Promise<string> {
  const [row] = await db
    .select({ cohortId: cohortSyncs.cohortId })
    .from(cohortSyncs)
    .where(eq(cohortSyncs.id, cohortSyncId));
  return row?.cohortId ?? "";
}

export function runEvent(kind: SyncRunEventKind, run: SyncRunRow, cohortId: string): SyncRunEvent {
  return {
    kind,
    runId: run.id,
    cohortSyncId: run.cohortSyncId,
    cohortId,
    sequence: run.sequence,
    status: run.status,
    phase: run.phase,
    attempt: run.attempt,
    total: run.total,
    processed: run.processed,
    added: run.added,
    removed: run.removed,
    skippedMissingKey: run.skippedMissingKey,
    error: run.error,
    at: new Date().toISOString(),
  };
}

/** Publishes a run event; pass `cohortId` when known to save the lookup (the runner always does). */
export async function publishRunEvent(
  db: Db,
  bus: EventBus,
  kind: SyncRunEventKind,
  run: SyncRunRow,
  cohortId?: string,
): Promise<void> {
  bus.publish("syncEvents", runEvent(kind, run, cohortId ?? (await cohortIdOfSync(db, run.cohortSyncId))));
}
