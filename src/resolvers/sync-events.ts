import { eq } from "drizzle-orm";
import type { Context } from "../context.ts";
import { cohortSyncs, type SyncRunStatus, syncRuns } from "../db/schema.ts";
import { isAllowed, resource } from "../domain/policy.ts";
import { runEvent } from "../domain/sync/queue.ts";
import { feed, TERMINAL_KINDS } from "../domain/sync/stream.ts";
import type { SyncRunEvent, SyncRunEventKind } from "../pubsub.ts";
import { builder } from "../schema/builder.ts";
import { maybeIdOf } from "../schema/ids.ts";
import { SyncRunEventInterface } from "../schema/sync-events.ts";

const SNAPSHOT_KIND: Record<SyncRunStatus, SyncRunEventKind> = {
  QUEUED: "QUEUED",
  RUNNING: "PROGRESS",
  SUCCEEDED: "COMPLETED",
  FAILED: "FAILED",
  CANCELED: "CANCELED",
};

/** The run's current state as an event, or null when it does not exist. */
async function snapshot(ctx: Context, runId: string): Promise<SyncRunEvent | null> {
  const [row] = await ctx.db
    .select({ run: syncRuns, cohortId: cohortSyncs.cohortId })
    .from(syncRuns)
    .innerJoin(cohortSyncs, eq(cohortSyncs.id, syncRuns.cohortSyncId))
    .where(eq(syncRuns.id, runId));
  return row ? runEvent(SNAPSHOT_KIND[row.run.status], row.run, row.cohortId) : null;
}

async function runTarget(ctx: Context, runId: string | null): Promise<string | null> {
  if (!runId) return null;
  const event = await snapshot(ctx, runId);
  return event ? resource.cohortSync(event.cohortId, event.cohortSyncId) : null;
}

builder.subscriptionFields((t) => ({
  syncRunProgress: t.field({
    type: SyncRunEventInterface,
    description:
      "A run's progress: first its current state, then each later event in order (no gap, no duplicate: " +
      "events are numbered by `sequence`), ending after the completed, failed or canceled event. A finished " +
      "run yields its final state and ends at once. Slow subscribers get coalesced progress, never a missing final event.",
    args: { runId: t.arg.id({ required: true, description: "The run's id." }) },
    authScopes: async (_root, args, ctx) => {
      const target = await runTarget(ctx, maybeIdOf("SyncRun", args.runId));
      // An unknown run is refused like a forbidden one, so ids cannot be probed.
      return { allowed: { action: "read", resource: target ?? "sync-run/unknown" } };
    },
    subscribe: async function* (_root, args, ctx) {
      const runId = maybeIdOf("SyncRun", args.runId);
      if (!runId) return;
      // Subscribe first, then read: anything after the snapshot is in the queue, anything before is dropped.
      const { queue, stop } = feed(ctx.bus, (e) => e.runId === runId);
      const refresh = async () => {
        // Events published while the LISTEN connection was down are lost; the row is not.
        const current = await snapshot(ctx, runId).catch(() => null);
        if (current) queue.push(current);
      };
      const offReconnect = ctx.bus.onReconnect(() => void refresh());
      try {
        const first = await snapshot(ctx, runId);
        if (!first) return;
        yield first;
        if (TERMINAL_KINDS.has(first.kind)) return;
        let last = first.sequence;
        for await (const event of queue) {
          if (event.sequence <= last) continue;
          last = event.sequence;
          yield event;
          if (TERMINAL_KINDS.has(event.kind)) return;
        }
      } finally {
        offReconnect();
        stop();
      }
    },
    resolve: (event) => event,
  }),
  syncEvents: t.field({
    type: SyncRunEventInterface,
    description:
      "Every sync run event (queued, started, progress, retrying, completed, failed, canceled) the caller may " +
      "read, from every gateway process; optionally only one cohort sync's.",
    args: { cohortSyncId: t.arg.id({ required: false, description: "Only this cohort sync's runs." }) },
    subscribe: async function* (_root, args, ctx) {
      const only = args.cohortSyncId ? (maybeIdOf("CohortSync", args.cohortSyncId) ?? "none") : null;
      const { queue, stop } = feed(
        ctx.bus,
        (e) =>
          (!only || e.cohortSyncId === only) &&
          isAllowed(ctx.caller.policy, "read", resource.cohortSync(e.cohortId, e.cohortSyncId)),
      );
      try {
        yield* queue;
      } finally {
        stop();
      }
    },
    resolve: (event) => event,
  }),
}));
