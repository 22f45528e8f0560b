import { eq } from "drizzle-orm";
import type { Context } from "../context.ts";
import { cohortSyncs, destinations, syncRuns } from "../db/schema.ts";
import { NotAllowedError, NotFoundError } from "../domain/errors.ts";
import { type Action, isAllowed, resource } from "../domain/policy.ts";
import {
  cancelSyncRun,
  createCohortSync,
  deleteCohortSync,
  runCohortSync,
  updateCohortSync,
} from "../domain/sync/configure.ts";
import { builder } from "../schema/builder.ts";
import { COMMON_ERRORS, ConflictError } from "../schema/errors.ts";
import { idOf, maybeIdOf } from "../schema/ids.ts";
import { CohortSyncRef, SyncFrequencyEnum, SyncRunRef } from "../schema/sync.ts";
import { publishActivity } from "./activity.ts";

/** The policy resource of a sync, or null when the id names none (the resolver then says NOT_FOUND). */
async function syncResource(ctx: Context, id: string | number): Promise<string | null> {
  const syncId = maybeIdOf("CohortSync", id);
  if (!syncId) return null;
  const [row] = await ctx.db
    .select({ cohortId: cohortSyncs.cohortId })
    .from(cohortSyncs)
    .where(eq(cohortSyncs.id, syncId));
  return row ? resource.cohortSync(row.cohortId, syncId) : null;
}

async function runResource(ctx: Context, id: string | number): Promise<string | null> {
  const runId = maybeIdOf("SyncRun", id);
  if (!runId) return null;
  const [row] = await ctx.db
    .select({ cohortId: cohortSyncs.cohortId, syncId: cohortSyncs.id })
    .from(syncRuns)
    .innerJoin(cohortSyncs, eq(cohortSyncs.id, syncRuns.cohortSyncId))
    .where(eq(syncRuns.id, runId));
  return row ? resource.cohortSync(row.cohortId, row.syncId) : null;
}

/** Scope for a mutation on an existing sync: checked when it exists, NOT_FOUND from the resolver otherwise. */
const onSync = (action: Action) => async (_root: unknown, args: { id: string | number }, ctx: Context) => {
  const target = await syncResource(ctx, args.id);
  return target ? { allowed: { action, resource: target } } : true;
};

const CreateCohortSyncInput = builder.inputType("CreateCohortSyncInput", {
  description: "A cohort sync to create.",
  fields: (t) => ({
    cohortId: t.id({ required: true, description: "The cohort to sync." }),
    destinationId: t.id({ required: true, description: "The destination to sync it to." }),
    frequency: t.field({
      type: SyncFrequencyEnum,
      required: true,
      description: "How often it runs on its own.",
    }),
  }),
});

const UpdateCohortSyncInput = builder.inputType("UpdateCohortSyncInput", {
  description: "Changes to a cohort sync; omitted fields stay as they are.",
  fields: (t) => ({
    frequency: t.field({ type: SyncFrequencyEnum, required: false, description: "New frequency." }),
    paused: t.boolean({ required: false, description: "Pause (true) or resume (false) the schedule." }),
  }),
});

builder.queryFields((t) => ({
  cohortSyncs: t.drizzleConnection({
    type: "cohortSyncs",
    description: "Cohort syncs the caller may read, newest first.",
    args: {
      cohortId: t.arg.id({ required: false, description: "Only syncs of this cohort." }),
      destinationId: t.arg.id({ required: false, description: "Only syncs to this destination." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const rows = await ctx.db.query.cohortSyncs.findMany({
        columns: { id: true, cohortId: true },
        where: {
          ...(args.cohortId ? { cohortId: idOf("Cohort", args.cohortId) } : {}),
          ...(args.destinationId ? { destinationId: idOf("Destination", args.destinationId) } : {}),
        },
      });
      const ids = rows
        .filter((r) => isAllowed(ctx.caller.policy, "read", resource.cohortSync(r.cohortId, r.id)))
        .map((r) => r.id);
      return ctx.db.query.cohortSyncs.findMany(
        query({ where: { id: { in: ids } }, orderBy: { createdAt: "desc" } }),
      );
    },
  }),
  cohortSync: t.drizzleField({
    type: CohortSyncRef,
    nullable: true,
    description: "One cohort sync; null if it does not exist or the caller may not read it.",
    args: { id: t.arg.id({ required: true, description: "The cohort sync's id." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = maybeIdOf("CohortSync", args.id);
      if (!id) return null;
      const row = await ctx.db.query.cohortSyncs.findFirst(query({ where: { id } }));
      if (!row) return null;
      const target = await syncResource(ctx, id);
      return target && isAllowed(ctx.caller.policy, "read", target) ? row : null;
    },
  }),
  syncRun: t.drizzleField({
    type: SyncRunRef,
    nullable: true,
    description: "One sync run; null if it does not exist or the caller may not read it.",
    args: { id: t.arg.id({ required: true, description: "The run's id." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = maybeIdOf("SyncRun", args.id);
      const target = id ? await runResource(ctx, id) : null;
      if (!id || !target || !isAllowed(ctx.caller.policy, "read", target)) return null;
      return (await ctx.db.query.syncRuns.findFirst(query({ where: { id } }))) ?? null;
    },
  }),
}));

builder.mutationFields((t) => ({
  createCohortSync: t.drizzleField({
    type: CohortSyncRef,
    description:
      "Syncs a cohort to a destination: creates the synced segment (key derived from the cohort's name, its " +
      "name and description from the cohort) and queues the first run. The same pair twice is a CONFLICT. " +
      "Actions `createCohortSync` on `cohort/<cohort>:sync/*` and `createSegment` and `updateIncluded` on the destination's segments.",
    args: { input: t.arg({ type: CreateCohortSyncInput, required: true, description: "The sync." }) },
    errors: { types: [...COMMON_ERRORS, ConflictError] },
    authScopes: (_root, args) => {
      const cohortId = maybeIdOf("Cohort", args.input.cohortId) ?? "*";
      return { allowed: { action: "createCohortSync", resource: resource.cohortSync(cohortId, "*") } };
    },
    resolve: async (query, _root, args, ctx) => {
      const destinationId = idOf("Destination", args.input.destinationId);
      // The sync writes a segment into the destination's environment: the caller must be allowed to.
      const [destination] = await ctx.db
        .select({ projectKey: destinations.projectKey, environmentKey: destinations.environmentKey })
        .from(destinations)
        .where(eq(destinations.id, destinationId));
      if (!destination) throw new NotFoundError("Destination", String(args.input.destinationId));
      const segments = resource.segment(destination.projectKey, destination.environmentKey, "*");
      for (const action of ["createSegment", "updateIncluded"] as const) {
        if (!isAllowed(ctx.caller.policy, action, segments)) {
          throw new NotAllowedError(
            `creating this cohort sync needs ${action} on ${segments}, the destination's segments`,
          );
        }
      }
      const { sync } = await createCohortSync(ctx.db, ctx.bus, {
        cohortId: idOf("Cohort", args.input.cohortId),
        destinationId,
        frequency: args.input.frequency,
        createdById: ctx.caller.tokenId,
        maxAttempts: ctx.config.SYNC_MAX_ATTEMPTS,
      });
      publishActivity(ctx, "createCohortSync", resource.cohortSync(sync.cohortId, sync.id));
      return (await ctx.db.query.cohortSyncs.findFirst(query({ where: { id: sync.id } })))!;
    },
  }),
  updateCohortSync: t.drizzleField({
    type: CohortSyncRef,
    description: "Changes the frequency, or pauses or resumes the schedule. Action `updateCohortSync`.",
    args: {
      id: t.arg.id({ required: true, description: "The cohort sync's id." }),
      input: t.arg({ type: UpdateCohortSyncInput, required: true, description: "The changes." }),
    },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: onSync("updateCohortSync"),
    resolve: async (query, _root, args, ctx) => {
      const sync = await updateCohortSync(ctx.db, idOf("CohortSync", args.id), args.input);
      publishActivity(ctx, "updateCohortSync", resource.cohortSync(sync.cohortId, sync.id));
      return (await ctx.db.query.cohortSyncs.findFirst(query({ where: { id: sync.id } })))!;
    },
  }),
  runCohortSync: t.drizzleField({
    type: SyncRunRef,
    description:
      "Runs a cohort sync now. If a run is already queued or running, returns that run instead of queuing another. " +
      "Action `runCohortSync`.",
    args: { id: t.arg.id({ required: true, description: "The cohort sync's id." }) },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: onSync("runCohortSync"),
    resolve: async (query, _root, args, ctx) => {
      const run = await runCohortSync(
        ctx.db,
        ctx.bus,
        idOf("CohortSync", args.id),
        ctx.config.SYNC_MAX_ATTEMPTS,
      );
      const target = await syncResource(ctx, run.cohortSyncId);
      if (target) publishActivity(ctx, "runCohortSync", target);
      return (await ctx.db.query.syncRuns.findFirst(query({ where: { id: run.id } })))!;
    },
  }),
  cancelSyncRun: t.drizzleField({
    type: SyncRunRef,
    description:
      "Cancels a run: a queued run at once, a running one at its next batch boundary (its changes are not " +
      "applied). A finished run, or one already applying its changes, is a CONFLICT. Action `runCohortSync`.",
    args: { id: t.arg.id({ required: true, description: "The run's id." }) },
    errors: { types: [...COMMON_ERRORS, ConflictError] },
    authScopes: async (_root, args, ctx) => {
      const target = await runResource(ctx, args.id);
      return target ? { allowed: { action: "runCohortSync", resource: target } } : true;
    },
    resolve: async (query, _root, args, ctx) => {
      const run = await cancelSyncRun(ctx.db, ctx.bus, idOf("SyncRun", args.id));
      const target = await runResource(ctx, run.id);
      if (target) publishActivity(ctx, "runCohortSync", target);
      return (await ctx.db.query.syncRuns.findFirst(query({ where: { id: run.id } })))!;
    },
  }),
  deleteCohortSync: t.id({
    description:
      "Deletes a cohort sync and its run history; a run in progress stops. Its segment keeps its current " +
      "members and becomes an ordinary LIST segment, unless `deleteSegment` is true, in which case the segment " +
      "is deleted too. Returns the deleted sync's id. Action `deleteCohortSync`.",
    args: {
      id: t.arg.id({ required: true, description: "The cohort sync's id." }),
      deleteSegment: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "Also delete the synced segment.",
      }),
    },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: onSync("deleteCohortSync"),
    resolve: async (_root, args, ctx) => {
      const sync = await deleteCohortSync(ctx.db, idOf("CohortSync", args.id), args.deleteSegment ?? false);
      publishActivity(ctx, "deleteCohortSync", resource.cohortSync(sync.cohortId, sync.id));
      return String(args.id);
    },
  }),
}));
