import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { type cohortSyncs, cohorts, notifications } from "../../db/schema.ts";
import type { EventBus } from "../../pubsub.ts";
import type { SyncRunRow } from "./queue.ts";

type CohortSyncRow = typeof cohortSyncs.$inferSelect;

/** Tells the sync's creator how the run ended: a stored notification plus a live event. */
export async function notifyRunFinished(
  db: Db,
  bus: EventBus,
  run: SyncRunRow,
  sync: CohortSyncRow,
): Promise<void> {
  if (!sync.createdById) return;
  const [cohort] = await db.select({ name: cohorts.name }).from(cohorts).where(eq(cohorts.id, sync.cohortId));
  const name = cohort?.name ?? "a cohort";
  const succeeded = run.status === "SUCCEEDED";
  const message = succeeded
    ? `Sync of "${name}" finished: ${run.added} added, ${run.removed} removed, ${run.skippedMissingKey} skipped for a missing key.`
    : `Sync of "${name}" failed after ${run.attempt} attempt(s): ${run.error ?? "unknown error"}`;
  const [created] = await db
    .insert(notifications)
    .values({
      recipientTokenId: sync.createdById,
      kind: succeeded ? "SYNC_SUCCEEDED" : "SYNC_FAILED",
      runId: run.id,
      cohortSyncId: sync.id,
      message,
    })
    .returning({ id: notifications.id });
  if (created) bus.publish("notification", sync.createdById, { id: created.id });
}

/** Marks the caller's notifications read (all of them when `ids` is null); returns how many changed. */
export async function markNotificationsRead(
  db: Db,
  recipientTokenId: string,
  ids: string[] | null,
): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.recipientTokenId, recipientTokenId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}
