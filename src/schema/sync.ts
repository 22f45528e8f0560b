import { resource } from "../domain/policy.ts";
import { builder } from "./builder.ts";
import { CohortRef } from "./cohorts.ts";
import { DestinationRef } from "./destinations.ts";
import { SegmentRef } from "./segments.ts";

export const SyncFrequencyEnum = builder.enumType("SyncFrequency", {
  description: "How often a cohort sync runs on its own.",
  values: {
    ONE_TIME: { description: "Only when created and when run by hand." },
    HOURLY: { description: "Every hour (recommended), plus by hand." },
    DAILY: { description: "Every 24 hours, plus by hand." },
  } as const,
});

export const SyncRunStatusEnum = builder.enumType("SyncRunStatus", {
  description: "Where a sync run is in its life.",
  values: {
    QUEUED: { description: "Waiting for a worker (also between retry attempts)." },
    RUNNING: { description: "A worker is executing it." },
    SUCCEEDED: { description: "Finished; the segment equals the cohort's snapshot." },
    FAILED: { description: "Gave up; the segment is unchanged by this run." },
    CANCELED: { description: "Canceled before its changes were applied." },
  } as const,
});

export const SyncRunTriggerEnum = builder.enumType("SyncRunTrigger", {
  description: "What queued a run.",
  values: {
    CREATED: { description: "The cohort sync was created." },
    MANUAL: { description: "Someone asked for it (`runCohortSync`)." },
    SCHEDULE: { description: "The hourly or daily schedule fell due." },
  } as const,
});

export const SyncRunPhaseEnum = builder.enumType("SyncRunPhase", {
  description: "The step a run is on.",
  values: {
    QUEUED: { description: "Not started (or handed back for another worker)." },
    CHECKING_DESTINATION: { description: "Checking the destination's token is still valid and allowed." },
    FETCHING_SOURCE: { description: "Downloading the cohort from Amplitude." },
    STAGING: { description: "Copying the cohort's mapped keys into the run's snapshot, in batches." },
    APPLYING: { description: "Applying adds and removes to the segment in one transaction." },
    DONE: { description: "Finished, one way or another." },
  } as const,
});

export const SkippedMemberRef = builder
  .objectRef<{ amplitudeId: string | null; userId: string | null; deviceId: string | null }>("SkippedMember")
  .implement({
    description: "A cohort member left out of the segment because its mapped key was missing or empty.",
    fields: (t) => ({
      amplitudeId: t.exposeString("amplitudeId", {
        nullable: true,
        description: "Amplitude's id for the user.",
      }),
      userId: t.exposeString("userId", { nullable: true, description: "The user id, if any." }),
      deviceId: t.exposeString("deviceId", { nullable: true, description: "The device id, if any." }),
    }),
  });

export const SyncRunRef = builder.drizzleNode("syncRuns", {
  name: "SyncRun",
  description: "One execution of a cohort sync, with its counts, timings and outcome.",
  id: { column: (r) => r.id },
  // The policy resource of a run names its sync's cohort, so every run loads that one column.
  select: {
    columns: { id: true, cohortSyncId: true, skippedSample: true },
    with: { cohortSync: { columns: { cohortId: true } } },
  },
  authScopes: (run) => ({
    allowed: { action: "read", resource: resource.cohortSync(run.cohortSync.cohortId, run.cohortSyncId) },
  }),
  fields: (t) => ({
    cohortSync: t.relation("cohortSync", { description: "The cohort sync this run belongs to." }),
    status: t.expose("status", { type: SyncRunStatusEnum, description: "Where the run is in its life." }),
    trigger: t.expose("trigger", { type: SyncRunTriggerEnum, description: "What queued it." }),
    phase: t.expose("phase", { type: SyncRunPhaseEnum, description: "The step it is on." }),
    total: t.exposeInt("total", { description: "Cohort members to process." }),
    processed: t.exposeInt("processed", { description: "Cohort members processed so far." }),
    added: t.exposeInt("added", { description: "Context keys added to the segment (when applied)." }),
    removed: t.exposeInt("removed", { description: "Context keys removed from the segment (when applied)." }),
    skippedMissingKey: t.exposeInt("skippedMissingKey", {
      description: "Members left out because their mapped key was missing, empty or too long.",
    }),
    skippedSample: t.field({
      type: [SkippedMemberRef],
      description: "Up to 20 of the members left out, to check against the cohort's CSV export.",
      resolve: (r) => r.skippedSample,
    }),
    attempt: t.exposeInt("attempt", { description: "Attempts started so far (1 for the first)." }),
    maxAttempts: t.exposeInt("maxAttempts", { description: "Attempts allowed before the run fails." }),
    error: t.exposeString("error", {
      nullable: true,
      description: "Why the last attempt failed, if it did.",
    }),
    sequence: t.exposeInt("sequence", { description: "Number of the latest event published for this run." }),
    cancelRequested: t.exposeBoolean("cancelRequested", {
      description: "A cancel was asked for while running.",
    }),
    queuedAt: t.expose("queuedAt", { type: "DateTime", description: "When it was queued." }),
    startedAt: t.expose("startedAt", {
      type: "DateTime",
      nullable: true,
      description: "When a worker first started it.",
    }),
    finishedAt: t.expose("finishedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it finished.",
    }),
    durationMs: t.int({
      nullable: true,
      description: "Milliseconds from start to finish, once finished.",
      select: { columns: { startedAt: true, finishedAt: true } },
      resolve: (r) => (r.startedAt && r.finishedAt ? r.finishedAt.getTime() - r.startedAt.getTime() : null),
    }),
  }),
});

export const CohortSyncRef = builder.drizzleNode("cohortSyncs", {
  name: "CohortSync",
  description: "Keeps one cohort in step with a synced segment in one destination, once or on a schedule.",
  id: { column: (s) => s.id },
  authScopes: (sync) => ({
    allowed: { action: "read", resource: resource.cohortSync(sync.cohortId, sync.id) },
  }),
  fields: (t) => ({
    cohort: t.relation("cohort", { type: CohortRef, description: "The cohort being synced." }),
    destination: t.relation("destination", { type: DestinationRef, description: "Where it is synced to." }),
    segment: t.relation("segment", {
      type: SegmentRef,
      nullable: true,
      description:
        "The synced segment it keeps current (null only if it was deleted; the next run re-creates it).",
    }),
    frequency: t.expose("frequency", {
      type: SyncFrequencyEnum,
      description: "How often it runs on its own.",
    }),
    paused: t.exposeBoolean("paused", { description: "Paused syncs run only by hand." }),
    nextRunAt: t.expose("nextRunAt", {
      type: "DateTime",
      nullable: true,
      description: "When the schedule next queues a run; null for one-time or paused syncs.",
    }),
    resource: t.string({
      description: "This sync's resource specifier in policies.",
      resolve: (s) => resource.cohortSync(s.cohortId, s.id),
    }),
    runs: t.relatedConnection("runs", {
      description: "Its runs, newest first.",
      query: { orderBy: { queuedAt: "desc" } },
      totalCount: true,
    }),
    activeRun: t.field({
      type: SyncRunRef,
      nullable: true,
      description: "The run queued or in progress, if any.",
      resolve: async (s, _args, ctx) =>
        (await ctx.db.query.syncRuns.findFirst({
          where: { cohortSyncId: s.id, status: { in: ["QUEUED", "RUNNING"] } },
          with: { cohortSync: { columns: { cohortId: true } } },
        })) ?? null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it was last changed." }),
  }),
});
