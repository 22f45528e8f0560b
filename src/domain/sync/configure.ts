import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { isUniqueViolation } from "../../db/retry.ts";
import {
  cohortSyncs,
  cohorts,
  destinations,
  type SyncFrequency,
  segments,
  syncRuns,
} from "../../db/schema.ts";
import type { EventBus } from "../../pubsub.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { enqueueRun, publishRunEvent, type SyncRunRow, updateRun } from "./queue.ts";
import { nextDueAfter } from "./schedule.ts";
import { createSyncSegment } from "./segment.ts";

export type CohortSyncRow = typeof cohortSyncs.$inferSelect;

/** Lets idle workers in every process know there is work, then announces the queued run. */
async function announceQueued(db: Db, bus: EventBus, run: SyncRunRow): Promise<void> {
  bus.publish("syncQueue", { at: new Date().toISOString() });
  await publishRunEvent(db, bus, "QUEUED", run);
}

/**
 * Creates a cohort sync with its synced segment (in the destination's environment, named after the
 * cohort, its source recorded) and queues the first run, all in one transaction.
 */
export async function createCohortSync(
  db: Db,
  bus: EventBus,
  input: {
    cohortId: string;
    destinationId: string;
    frequency: SyncFrequency;
    createdById: string;
    maxAttempts: number;
  },
): Promise<{ sync: CohortSyncRow; run: SyncRunRow }> {
  const result = await db
    .transaction(async (tx) => {
      const txDb = tx as unknown as Db;
      const [cohort] = await txDb
        .select({ id: cohorts.id })
        .from(cohorts)
        .where(eq(cohorts.id, input.cohortId));
      if (!cohort) throw new NotFoundError("Cohort", input.cohortId);
      const [destination] = await txDb
        .select()
        .from(destinations)
        .where(eq(destinations.id, input.destinationId));
      if (!destination) throw new NotFoundError("Destination", input.destinationId);
      const [sync] = await txDb
        .insert(cohortSyncs)
        .values({
          cohortId: input.cohortId,
          destinationId: input.destinationId,
          frequency: input.frequency,
          nextRunAt: nextDueAfter(input.frequency, new Date()),
          createdById: input.createdById,
        })
        .returning();
      const segment = await createSyncSegment(txDb, {
        cohortSyncId: sync!.id,
        cohortId: input.cohortId,
        destination,
      });
      const [withSegment] = await txDb
        .update(cohortSyncs)
        .set({ segmentId: segment.id })
        .where(eq(cohortSyncs.id, sync!.id))
        .returning();
      const { run } = await enqueueRun(txDb, sync!.id, "CREATED", input.maxAttempts);
      return { sync: withSegment!, run };
    })
    .catch((error) => {
      if (isUniqueViolation(error)) {
        throw new ConflictError(
          "this cohort already syncs to this destination; update or run that sync instead",
        );
      }
      throw error;
    });
  await announceQueued(db, bus, result.run);
  return result;
}

export async function getCohortSync(db: Db, id: string): Promise<CohortSyncRow> {
  const [sync] = await db.select().from(cohortSyncs).where(eq(cohortSyncs.id, id));
  if (!sync) throw new NotFoundError("CohortSync", id);
  return sync;
}

/** Changes the frequency or pauses/resumes; the next due time restarts from now when either changes. */
export async function updateCohortSync(
  db: Db,
  id: string,
  input: { frequency?: SyncFrequency | null; paused?: boolean | null },
): Promise<CohortSyncRow> {
  const current = await getCohortSync(db, id);
  const frequency = input.frequency ?? current.frequency;
  const paused = input.paused ?? current.paused;
  const changed = frequency !== current.frequency || paused !== current.paused;
  const nextRunAt = paused ? null : changed ? nextDueAfter(frequency, new Date()) : current.nextRunAt;
  const [row] = await db
    .update(cohortSyncs)
    .set({ frequency, paused, nextRunAt, updatedAt: new Date() })
    .where(eq(cohortSyncs.id, id))
    .returning();
  if (!row) throw new NotFoundError("CohortSync", id);
  return row;
}

/** Queues a manual run, or returns the run already queued or running for this sync. */
export async function runCohortSync(
  db: Db,
  bus: EventBus,
  id: string,
  maxAttempts: number,
): Promise<SyncRunRow> {
  await getCohortSync(db, id);
  const { run, created } = await enqueueRun(db, id, "MANUAL", maxAttempts);
  if (created) await announceQueued(db, bus, run);
  return run;
}

/**
 * Cancels a run. A queued run is canceled at once; a running one stops at its next batch boundary,
 * before its changes are applied. A run already applying them can no longer be canceled: that is a
 * conflict, answered at once (the applying transaction holds the run's row, so waiting for it could
 * take as long as the apply).
 */
export async function cancelSyncRun(db: Db, bus: EventBus, runId: string): Promise<SyncRunRow> {
  const queued = await updateRun(
    db,
    runId,
    { status: "CANCELED", phase: "DONE", finishedAt: new Date() },
    eq(syncRuns.status, "QUEUED"),
  );
  if (queued) {
    await publishRunEvent(db, bus, "CANCELED", queued);
    return queued;
  }
  const [running] = await db
    .update(syncRuns)
    .set({ cancelRequested: true })
    .where(and(eq(syncRuns.id, runId), eq(syncRuns.status, "RUNNING"), ne(syncRuns.phase, "APPLYING")))
    .returning();
  if (running) return running;
  const [current] = await db.select().from(syncRuns).where(eq(syncRuns.id, runId));
  if (!current) throw new NotFoundError("SyncRun", runId);
  if (current.status === "RUNNING") {
    throw new ConflictError("the run is applying its changes and can no longer be canceled");
  }
  throw new ConflictError(`the run has already finished (${current.status})`);
}

/**
 * Deletes a cohort sync and its run history. A run in progress stops. The segment is deleted when
 * `deleteSegment` is set; otherwise it keeps its members and becomes an ordinary list segment.
 */
export async function deleteCohortSync(db: Db, id: string, deleteSegment: boolean): Promise<CohortSyncRow> {
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const [sync] = await txDb.select().from(cohortSyncs).where(eq(cohortSyncs.id, id)).for("update");
    if (!sync) throw new NotFoundError("CohortSync", id);
    await txDb.delete(cohortSyncs).where(eq(cohortSyncs.id, id));
    if (sync.segmentId) {
      if (deleteSegment) {
        await txDb.delete(segments).where(eq(segments.id, sync.segmentId));
      } else {
        await txDb
          .update(segments)
          .set({
            kind: "LIST",
            sourceSyncId: null,
            version: sql`${segments.version} + 1`,
            updatedAt: new Date(),
          })
          .where(eq(segments.id, sync.segmentId));
      }
    }
    return sync;
  });
}
