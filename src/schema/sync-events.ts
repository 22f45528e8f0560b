import { encodeGlobalID } from "@pothos/plugin-relay";
import type { SyncRunEvent, SyncRunEventKind } from "../pubsub.ts";
import { builder } from "./builder.ts";
import { SyncRunPhaseEnum, SyncRunRef, SyncRunStatusEnum } from "./sync.ts";

const TYPE_NAMES: Record<SyncRunEventKind, string> = {
  QUEUED: "SyncRunQueued",
  STARTED: "SyncRunStarted",
  PROGRESS: "SyncRunProgress",
  RETRYING: "SyncRunRetrying",
  COMPLETED: "SyncRunCompleted",
  FAILED: "SyncRunFailed",
  CANCELED: "SyncRunCanceled",
};

const DESCRIPTIONS: Record<SyncRunEventKind, string> = {
  QUEUED: "The run was queued, or handed back by a worker that shut down and waits for another.",
  STARTED: "A worker started an attempt.",
  PROGRESS: "Counts moved. Published at most about ten times a second; slow subscribers get the latest.",
  RETRYING: "An attempt failed; the run waits (see `error`) and will be tried again.",
  COMPLETED: "The run succeeded and the segment was updated. The last event of the run.",
  FAILED: "The run gave up; see `error`. The last event of the run.",
  CANCELED: "The run was canceled before its changes were applied. The last event of the run.",
};

export const SyncRunEventInterface = builder.interfaceRef<SyncRunEvent>("SyncRunEvent").implement({
  description: "A step in a sync run's life, with the run's counts at that moment.",
  resolveType: (event) => TYPE_NAMES[event.kind],
  fields: (t) => ({
    runId: t.id({ description: "Global id of the run.", resolve: (e) => encodeGlobalID("SyncRun", e.runId) }),
    cohortSyncId: t.id({
      description: "Global id of its cohort sync.",
      resolve: (e) => encodeGlobalID("CohortSync", e.cohortSyncId),
    }),
    sequence: t.exposeInt("sequence", {
      description: "Increases with each event of the run; equal to `SyncRun.sequence` when it was published.",
    }),
    status: t.field({ type: SyncRunStatusEnum, description: "The run's status.", resolve: (e) => e.status }),
    phase: t.field({ type: SyncRunPhaseEnum, description: "The run's phase.", resolve: (e) => e.phase }),
    attempt: t.exposeInt("attempt", { description: "The attempt this event belongs to." }),
    total: t.exposeInt("total", { description: "Members to process." }),
    processed: t.exposeInt("processed", { description: "Members processed so far." }),
    added: t.exposeInt("added", { description: "Keys added (known once applied)." }),
    removed: t.exposeInt("removed", { description: "Keys removed (known once applied)." }),
    skippedMissingKey: t.exposeInt("skippedMissingKey", {
      description: "Members skipped for a missing key.",
    }),
    error: t.exposeString("error", { nullable: true, description: "The latest error, if any." }),
    at: t.field({ type: "DateTime", description: "When the event was published.", resolve: (e) => e.at }),
    run: t.field({
      type: SyncRunRef,
      description: "The run as it is now (one database read per event; select only when needed).",
      resolve: async (e, _args, ctx) =>
        (await ctx.db.query.syncRuns.findFirst({
          where: { id: e.runId },
          with: { cohortSync: { columns: { cohortId: true } } },
        }))!,
    }),
  }),
});

for (const kind of Object.keys(TYPE_NAMES) as SyncRunEventKind[]) {
  builder.objectRef<SyncRunEvent>(TYPE_NAMES[kind]).implement({
    description: DESCRIPTIONS[kind],
    interfaces: [SyncRunEventInterface],
    isTypeOf: (event) => (event as SyncRunEvent).kind === kind,
  });
}
