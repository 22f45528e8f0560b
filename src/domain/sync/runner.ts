import { eq, sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { isSerializationFailure } from "../../db/retry.ts";
import { cohortSyncs, cohorts, segments, type syncRuns } from "../../db/schema.ts";
import type { Metrics } from "../../metrics.ts";
import type { EventBus, SyncRunEventKind } from "../../pubsub.ts";
import { refreshAmplitudeCohort } from "../cohorts/refresh.ts";
import { checkDestination } from "../destinations.ts";
import { notifyRunFinished } from "./notifications.ts";
import { ProgressThrottle } from "./progress.ts";
import {
  cohortIdOfSync,
  isCancelRequested,
  lockOwnedRun,
  publishRunEvent,
  renewLease,
  type SyncRunRow,
  updateOwnedRun,
} from "./queue.ts";
import { ensureSyncSegment } from "./segment.ts";
import {
  type AppliedDiff,
  applyCohortDiff,
  applyStagedDiff,
  clearStaging,
  SKIPPED_SAMPLE_SIZE,
  type SkippedMember,
  stageCohortBatch,
} from "./stage.ts";

export interface RunnerDeps {
  db: Db;
  config: Config;
  bus: EventBus;
  log: Logger;
  metrics: Metrics;
  workerId: string;
  now: () => Date;
}

/** The run cannot succeed by trying again (e.g. the destination's token was revoked). */
export class PermanentRunError extends Error {}
class Canceled extends Error {}
class HandedBack extends Error {}
class LostLease extends Error {}

interface Counts {
  total: number;
  processed: number;
  skippedMissingKey: number;
  skippedSample: SkippedMember[];
}

/**
 * Executes one claimed attempt of a run: check the destination, stage the snapshot in batches
 * (first sync) or read it in one snapshot (re-sync), apply the diff in one transaction, record and
 * announce the outcome. Between batches it renews
 * nothing itself (the worker's heartbeat does) but checks for cancel, shutdown and a lost lease.
 */
export async function executeRun(
  deps: RunnerDeps,
  claimed: SyncRunRow,
  shutdown: AbortSignal,
): Promise<void> {
  const { db, bus, log, workerId } = deps;
  const runLog = log.child({
    runId: claimed.id,
    cohortSyncId: claimed.cohortSyncId,
    attempt: claimed.attempt,
  });
  let lostLease = false;
  const heartbeat = setInterval(
    () => {
      renewLease(db, claimed.id, workerId, deps.config.SYNC_LEASE_MS, deps.now()).then(
        (owned) => {
          if (!owned) lostLease = true;
        },
        (error) => runLog.warn({ err: error }, "lease renewal failed"),
      );
    },
    Math.max(100, Math.floor(deps.config.SYNC_LEASE_MS / 3)),
  );
  heartbeat.unref();

  // Every event names the run's cohort; look it up once per attempt, not once per progress event.
  let cohortId: string | undefined;
  const announce = async (kind: SyncRunEventKind, row: SyncRunRow) => {
    cohortId ??= await cohortIdOfSync(db, claimed.cohortSyncId);
    await publishRunEvent(db, bus, kind, row, cohortId);
  };
  const save = async (
    values: Partial<typeof syncRuns.$inferInsert>,
    kind: "PROGRESS" | "STARTED" = "PROGRESS",
  ) => {
    const row = await updateOwnedRun(db, claimed.id, workerId, values);
    if (!row) throw new LostLease();
    await announce(kind, row);
    return row;
  };
  const checkpoint = async () => {
    // PGlite runs queries on this thread and resolves them as microtasks: without a turn of the
    // event loop between batches, a long run would starve every request on an embedded gateway.
    await new Promise((resolve) => setImmediate(resolve));
    if (lostLease) throw new LostLease();
    if (shutdown.aborted) throw new HandedBack();
    if (await isCancelRequested(db, claimed.id)) throw new Canceled();
  };
  const counts: Counts = { total: 0, processed: 0, skippedMissingKey: 0, skippedSample: [] };
  const progress = new ProgressThrottle<Counts>(async (c) => {
    await save({ total: c.total, processed: c.processed, skippedMissingKey: c.skippedMissingKey });
  });

  try {
    await announce("STARTED", claimed);
    // A run recovered from a dead worker counts that attempt too.
    if (claimed.attempt > claimed.maxAttempts) {
      throw new PermanentRunError(
        `gave up after ${claimed.maxAttempts} attempts: ${claimed.error ?? "unknown error"}`,
      );
    }
    const [sync] = await db.select().from(cohortSyncs).where(eq(cohortSyncs.id, claimed.cohortSyncId));
    if (!sync) throw new PermanentRunError("the cohort sync was deleted");

    const check = await checkDestination(db, sync.destinationId);
    if (!check.ok) throw new PermanentRunError(`destination "${check.destination.name}": ${check.reason}`);
    const destination = check.destination;
    const segment = await ensureSyncSegment(db, sync, destination);

    const [cohort] = await db.select().from(cohorts).where(eq(cohorts.id, sync.cohortId));
    if (!cohort) throw new PermanentRunError("the cohort was deleted");
    if (cohort.sourceKind === "AMPLITUDE") {
      await save({ phase: "FETCHING_SOURCE" });
      await refreshAmplitudeCohort(db, deps.config, cohort.id, {
        signal: shutdown,
        onRows: (rows) => progress.update({ ...counts, processed: rows }),
      });
      await checkpoint();
    }

    const [fresh] = await db
      .select({ n: cohorts.memberCount })
      .from(cohorts)
      .where(eq(cohorts.id, cohort.id));
    counts.total = fresh?.n ?? 0;
    // A segment synced before already holds most of the cohort: diffing straight from the cohort
    // in one snapshot is cheaper than staging it first. A first sync stages in batches, so its
    // progress moves batch by batch.
    const direct = segment.lastSyncedAt !== null;
    let stagingMs = 0;
    if (direct) {
      await progress.close();
      await checkpoint();
      await save({ phase: "APPLYING", total: counts.total, processed: 0, skippedMissingKey: 0 });
    } else {
      stagingMs = await stageCohort(deps, claimed.id, cohort.id, destination.userKeyProperty, {
        counts,
        progress,
        checkpoint,
        save,
      });
      await checkpoint();
      await save({ phase: "APPLYING", ...pick(counts) });
    }
    const applyStarted = performance.now();

    const finished = await transactionWithRetry(
      db,
      async (txDb) => {
        // Hold the run first: a lease renewal committing mid-transaction would otherwise make the
        // final update fail under REPEATABLE READ. Renewals wait; recovery skips a locked run.
        if (!(await lockOwnedRun(txDb, claimed.id, workerId))) throw new LostLease();
        let diff: AppliedDiff;
        if (direct) {
          const cohortDiff = await applyCohortDiff(txDb, {
            segmentId: segment.id,
            cohortId: cohort.id,
            userKeyProperty: destination.userKeyProperty,
          });
          counts.processed = cohortDiff.rows;
          counts.total = Math.max(counts.total, cohortDiff.rows);
          counts.skippedMissingKey = cohortDiff.missing;
          counts.skippedSample = cohortDiff.sample;
          diff = cohortDiff;
        } else {
          diff = await applyStagedDiff(txDb, claimed.id, segment.id);
        }
        const keepName = segment.editedFields.includes("name");
        const keepDescription = segment.editedFields.includes("description");
        await txDb
          .update(segments)
          .set({
            // Only included keys in a synced segment: the new count is the old one plus the diff.
            includedCount: sql`${segments.includedCount} - ${diff.removed} + ${diff.added}`,
            excludedCount: 0,
            version: sql`${segments.version} + 1`,
            lastSyncedAt: deps.now(),
            updatedAt: deps.now(),
            ...(keepName ? {} : { name: cohort.name }),
            ...(keepDescription ? {} : { description: cohort.description }),
          })
          .where(eq(segments.id, segment.id));
        const row = await updateOwnedRun(txDb, claimed.id, workerId, {
          status: "SUCCEEDED",
          phase: "DONE",
          ...pick(counts),
          added: diff.added,
          removed: diff.removed,
          error: null,
          leaseOwner: null,
          leaseUntil: null,
          finishedAt: deps.now(),
        });
        // Another worker took the run over: roll back rather than apply twice.
        if (!row) throw new LostLease();
        return row;
      },
      // The direct diff reads the cohort more than once; every read must see the same members.
      direct ? "repeatable read" : "read committed",
    );
    if (direct) deps.metrics.rowsProcessed.inc(counts.processed);
    const applyMs = Math.round(performance.now() - applyStarted);
    if (!direct) await clearStaging(db, claimed.id);
    runLog.info(
      { added: finished.added, removed: finished.removed, total: finished.total, direct, stagingMs, applyMs },
      "sync run succeeded",
    );
    deps.metrics.runsFinished.inc({ status: "SUCCEEDED" });
    if (finished.startedAt && finished.finishedAt) {
      deps.metrics.runDuration.observe((finished.finishedAt.getTime() - finished.startedAt.getTime()) / 1000);
    }
    await announce("COMPLETED", finished);
    await notifyRunFinished(db, bus, finished, sync);
  } catch (error) {
    await progress.close();
    await clearStaging(db, claimed.id).catch(() => {});
    // Whatever failed while shutting down (an aborted download, say) is a hand-back, not a failure.
    const reason = shutdown.aborted && !(error instanceof LostLease) ? new HandedBack() : error;
    await settleFailure(deps, claimed, reason, counts, runLog);
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * Copies the cohort's members, mapped to context keys, into the run's staging rows batch by batch,
 * publishing progress as it goes. Returns how long it took, in milliseconds.
 */
async function stageCohort(
  deps: RunnerDeps,
  runId: string,
  cohortId: string,
  userKeyProperty: string,
  run: {
    counts: Counts;
    progress: ProgressThrottle<Counts>;
    checkpoint: () => Promise<void>;
    save: (values: Partial<typeof syncRuns.$inferInsert>) => Promise<unknown>;
  },
): Promise<number> {
  const { counts, progress } = run;
  await clearStaging(deps.db, runId);
  await run.save({ phase: "STAGING", total: counts.total, processed: 0, skippedMissingKey: 0 });
  let after: string | null = null;
  const started = performance.now();
  for (;;) {
    await run.checkpoint();
    const batch = await stageCohortBatch(deps.db, {
      runId,
      cohortId,
      userKeyProperty,
      after,
      batchSize: deps.config.SYNC_BATCH_SIZE,
    });
    if (batch.rows === 0) break;
    deps.metrics.rowsProcessed.inc(batch.rows);
    counts.processed += batch.rows;
    counts.skippedMissingKey += batch.missing;
    if (counts.skippedSample.length < SKIPPED_SAMPLE_SIZE) {
      counts.skippedSample.push(...batch.sample.slice(0, SKIPPED_SAMPLE_SIZE - counts.skippedSample.length));
    }
    // Members added while staging can push processed past the total read at the start.
    counts.total = Math.max(counts.total, counts.processed);
    progress.update({ ...counts });
    after = batch.lastMemberKey;
    if (batch.rows < deps.config.SYNC_BATCH_SIZE) break;
  }
  await progress.close();
  return Math.round(performance.now() - started);
}

/** Runs `work` in a transaction, again (up to three times) if it loses a serialization race. */
async function transactionWithRetry<T>(
  db: Db,
  work: (tx: Db) => Promise<T>,
  isolationLevel: "read committed" | "repeatable read",
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => work(tx as unknown as Db), { isolationLevel });
    } catch (error) {
      if (attempt >= 3 || !isSerializationFailure(error)) throw error;
    }
  }
}

function pick(c: Counts) {
  return {
    total: c.total,
    processed: c.processed,
    skippedMissingKey: c.skippedMissingKey,
    skippedSample: c.skippedSample,
  };
}

async function settleFailure(
  deps: RunnerDeps,
  claimed: SyncRunRow,
  error: unknown,
  counts: Counts,
  runLog: Logger,
): Promise<void> {
  const { db, bus, workerId } = deps;
  if (error instanceof LostLease) {
    runLog.warn("lost the lease on a run; another worker owns it now");
    return;
  }
  const base = { leaseOwner: null, leaseUntil: null, ...pick(counts) };
  if (error instanceof HandedBack) {
    // Shutting down: give the run back without spending an attempt.
    const row = await updateOwnedRun(db, claimed.id, workerId, {
      ...base,
      status: "QUEUED",
      phase: "QUEUED",
      attempt: claimed.attempt - 1,
      runAfter: deps.now(),
    });
    if (row) await publishRunEvent(db, bus, "QUEUED", row);
    runLog.info("handed the run back for another worker");
    return;
  }
  if (error instanceof Canceled) {
    const row = await updateOwnedRun(db, claimed.id, workerId, {
      ...base,
      status: "CANCELED",
      phase: "DONE",
      finishedAt: deps.now(),
    });
    if (row) await publishRunEvent(db, bus, "CANCELED", row);
    deps.metrics.runsFinished.inc({ status: "CANCELED" });
    runLog.info("sync run canceled");
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  const permanent = error instanceof PermanentRunError;
  if (!permanent && claimed.attempt < claimed.maxAttempts) {
    const delay = deps.config.SYNC_RETRY_BASE_MS * 2 ** (claimed.attempt - 1);
    const row = await updateOwnedRun(db, claimed.id, workerId, {
      ...base,
      status: "QUEUED",
      phase: "QUEUED",
      error: message,
      runAfter: new Date(deps.now().getTime() + delay),
    });
    if (row) await publishRunEvent(db, bus, "RETRYING", row);
    deps.metrics.runsFinished.inc({ status: "RETRYING" });
    runLog.warn({ err: error, retryInMs: delay }, "sync run attempt failed; will retry");
    return;
  }
  const row = await updateOwnedRun(db, claimed.id, workerId, {
    ...base,
    status: "FAILED",
    phase: "DONE",
    error: message,
    finishedAt: deps.now(),
  });
  runLog.error({ err: error }, "sync run failed");
  deps.metrics.runsFinished.inc({ status: "FAILED" });
  if (row) {
    await publishRunEvent(db, bus, "FAILED", row);
    const [sync] = await db.select().from(cohortSyncs).where(eq(cohortSyncs.id, row.cohortSyncId));
    if (sync) await notifyRunFinished(db, bus, row, sync);
  }
}
