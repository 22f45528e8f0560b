import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Context } from "../context.ts";
import { AmplitudeSourceError, CsvImportError } from "../domain/cohorts/errors.ts";
import { csvLimitsFrom, importCohortCsv } from "../domain/cohorts/import.ts";
import { listAmplitudeCohorts, refreshAmplitudeCohort } from "../domain/cohorts/refresh.ts";
import {
  addCohortMembers,
  createCohort,
  deleteCohort,
  linkAmplitudeCohort,
  type MemberLimits,
  MISSING_KEY_SAMPLE_SIZE,
  missingKeyReport,
  readableCohortIds,
  removeCohortMembers,
  updateCohort,
} from "../domain/cohorts/store.ts";
import { getDestination } from "../domain/destinations.ts";
import { InvalidInputError, NotFoundError } from "../domain/errors.ts";
import { uuidFrom } from "../domain/ids.ts";
import { type Action, isAllowed, resource } from "../domain/policy.ts";
import { builder } from "../schema/builder.ts";
import {
  AmplitudeCohortRef,
  CohortImportModeEnum,
  CohortImportResultRef,
  CohortMemberInput,
  CohortMemberRefInput,
  CohortMembershipChangeRef,
  CohortRef,
  CreateCohortInput,
  FileScalar,
  MissingKeyReportRef,
  UpdateCohortInput,
} from "../schema/cohorts.ts";
import { COMMON_ERRORS, ConflictError, ManagedBySourceError } from "../schema/errors.ts";
import { publishActivity } from "./activity.ts";

/** The cohort uuid behind a global or raw id; NotFoundError when it names no cohort. */
function cohortIdFrom(id: string | number): string {
  const uuid = uuidFrom("Cohort", String(id));
  if (uuid === null) throw new NotFoundError("Cohort", String(id));
  return uuid;
}

/**
 * Scope for an action on one cohort. A malformed id passes, so the resolver answers NotFoundError
 * (there is nothing it could reveal) instead of a misleading NotAllowedError.
 */
function onCohort(action: Action, id: string | number) {
  const uuid = uuidFrom("Cohort", String(id));
  return uuid === null ? true : { allowed: { action, resource: resource.cohort(uuid) } };
}

function memberLimits(ctx: Context): MemberLimits {
  return {
    maxMembers: ctx.config.MAX_MEMBERS_PER_MUTATION,
    maxFieldBytes: ctx.config.CSV_MAX_FIELD_BYTES,
    // Three of the export's columns are the ids.
    maxProperties: Math.max(0, ctx.config.CSV_MAX_COLUMNS - 3),
  };
}

async function* chunksOf(file: File): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

const cohortIdArgOptions = { required: true, description: "The cohort's global id (or uuid)." } as const;

builder.queryFields((t) => ({
  cohorts: t.drizzleConnection(
    {
      // The table name (not CohortRef) types `query` for a findMany; it resolves to CohortRef.
      type: "cohorts",
      description: "Cohorts the caller may read, ordered by name.",
      maxSize: 500,
      resolve: async (query, _root, _args, ctx) => {
        const ids = await readableCohortIds(ctx.db, ctx.caller.policy);
        return ctx.db.query.cohorts.findMany(
          query({
            where: ids === null ? undefined : { id: { in: ids } },
            orderBy: { name: "asc", id: "asc" },
          }),
        );
      },
    },
    {
      name: "CohortsConnection",
      description: "A page of cohorts.",
      edgesField: { description: "The cohorts on this page, with cursors." },
    },
    {
      name: "CohortsConnectionEdge",
      description: "A cohort with its cursor.",
      nodeField: { description: "The cohort." },
    },
  ),
  cohort: t.drizzleField({
    type: CohortRef,
    nullable: true,
    description: "One cohort by id; null if it does not exist or the caller may not read it.",
    args: { id: t.arg.id(cohortIdArgOptions) },
    resolve: async (query, _root, args, ctx) => {
      const id = uuidFrom("Cohort", String(args.id));
      if (id === null || !isAllowed(ctx.caller.policy, "read", resource.cohort(id))) return null;
      return (await ctx.db.query.cohorts.findFirst(query({ where: { id } }))) ?? null;
    },
  }),
  amplitudeCohorts: t.field({
    type: [AmplitudeCohortRef],
    description:
      "Cohorts in the configured Amplitude project, to link with `linkAmplitudeCohort`. Needs `read` on `cohort/*`. " +
      "The gateway reaches Amplitude with AMPLITUDE_API_KEY and AMPLITUDE_SECRET_KEY at AMPLITUDE_BASE_URL: " +
      "https://amplitude.com (US region, the default) or https://analytics.eu.amplitude.com (EU region).",
    errors: { types: [...COMMON_ERRORS, AmplitudeSourceError] },
    authScopes: { allowed: { action: "read", resource: resource.cohort("*") } },
    resolve: (_root, _args, ctx) => listAmplitudeCohorts(ctx.config),
  }),
}));

builder.objectField(CohortRef, "missingKeyReport", (t) =>
  t.field({
    type: MissingKeyReportRef,
    description:
      "Members whose mapped value is missing or empty, for a mapping or a destination's mapping (give exactly " +
      "one). Such members are left out of synced segments. Scans the cohort on each request.",
    args: {
      userKeyProperty: t.arg.string({ required: false, description: "A mapping, e.g. `user_id`." }),
      destinationId: t.arg.id({ required: false, description: "A destination whose mapping to check." }),
      sampleSize: t.arg.int({
        required: false,
        defaultValue: MISSING_KEY_SAMPLE_SIZE,
        description: "How many such members to list (at most 100).",
      }),
    },
    errors: {
      types: [...COMMON_ERRORS],
      union: { description: "The report, or why it could not be made." },
      result: { description: "The missing-key report." },
      dataField: { description: "The report." },
    },
    resolve: async (cohort, args, ctx) => {
      if ((args.userKeyProperty == null) === (args.destinationId == null)) {
        throw new InvalidInputError([
          { field: "userKeyProperty", message: "give exactly one of userKeyProperty or destinationId" },
        ]);
      }
      const sampleSize = args.sampleSize ?? MISSING_KEY_SAMPLE_SIZE;
      if (sampleSize < 0 || sampleSize > 100) {
        throw new InvalidInputError([{ field: "sampleSize", message: "must be between 0 and 100" }]);
      }
      let property = args.userKeyProperty ?? "";
      if (args.destinationId != null) {
        const raw = String(args.destinationId);
        const id = uuidFrom("Destination", raw);
        const destination = id === null ? null : await getDestination(ctx.db, id).catch(() => null);
        const visible =
          destination !== null &&
          isAllowed(
            ctx.caller.policy,
            "read",
            resource.destination(destination.projectKey, destination.environmentKey, destination.id),
          );
        if (!visible) throw new NotFoundError("Destination", raw);
        property = destination.userKeyProperty;
      }
      return missingKeyReport(ctx.db, cohort.id, property, sampleSize);
    },
  }),
);

builder.mutationFields((t) => ({
  createCohort: t.drizzleField({
    type: CohortRef,
    description:
      "Creates a cohort, empty, or linked to an Amplitude cohort (then fill it with `refreshCohort`). " +
      "Action `createCohort` on `cohort/*`.",
    args: { input: t.arg({ type: CreateCohortInput, required: true, description: "The cohort." }) },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: { allowed: { action: "createCohort", resource: resource.cohort("*") } },
    resolve: async (query, _root, args, ctx) => {
      const created = await createCohort(ctx.db, args.input, ctx.caller.tokenId);
      publishActivity(ctx, "createCohort", resource.cohort(created.id));
      return ctx.db.query.cohorts.findFirst(query({ where: { id: created.id } })).then((row) => row!);
    },
  }),
  updateCohort: t.drizzleField({
    type: CohortRef,
    description: "Changes a cohort's name or description. Action `updateCohort`.",
    args: {
      id: t.arg.id(cohortIdArgOptions),
      input: t.arg({ type: UpdateCohortInput, required: true, description: "The change." }),
    },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: (_root, args) => onCohort("updateCohort", args.id),
    resolve: async (query, _root, args, ctx) => {
      const updated = await updateCohort(ctx.db, cohortIdFrom(args.id), args.input);
      publishActivity(ctx, "updateCohort", resource.cohort(updated.id));
      return ctx.db.query.cohorts.findFirst(query({ where: { id: updated.id } })).then((row) => row!);
    },
  }),
  deleteCohort: t.id({
    description:
      "Deletes a cohort and its members; refused while a cohort sync uses it. Returns its global id. " +
      "Action `deleteCohort`.",
    args: { id: t.arg.id(cohortIdArgOptions) },
    errors: { types: [...COMMON_ERRORS, ConflictError] },
    authScopes: (_root, args) => onCohort("deleteCohort", args.id),
    resolve: async (_root, args, ctx) => {
      const deleted = await deleteCohort(ctx.db, cohortIdFrom(args.id));
      publishActivity(ctx, "deleteCohort", resource.cohort(deleted.id));
      return encodeGlobalID("Cohort", deleted.id);
    },
  }),
  linkAmplitudeCohort: t.drizzleField({
    type: CohortRef,
    description:
      "Makes a cohort a copy of an Amplitude cohort: `refreshCohort` then replaces its members with " +
      "Amplitude's, and they can no longer be edited directly. Action `updateCohort`.",
    args: {
      cohortId: t.arg.id(cohortIdArgOptions),
      externalId: t.arg.string({ required: true, description: "The Amplitude cohort id." }),
    },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: (_root, args) => onCohort("updateCohort", args.cohortId),
    resolve: async (query, _root, args, ctx) => {
      const linked = await linkAmplitudeCohort(ctx.db, cohortIdFrom(args.cohortId), args.externalId);
      publishActivity(ctx, "updateCohort", resource.cohort(linked.id));
      return ctx.db.query.cohorts.findFirst(query({ where: { id: linked.id } })).then((row) => row!);
    },
  }),
  addCohortMembers: t.field({
    type: CohortMembershipChangeRef,
    description:
      "Adds members, or updates those with the same member key (the last entry wins). At most " +
      "MAX_MEMBERS_PER_MUTATION per call. Action `updateCohortMembers`.",
    args: {
      cohortId: t.arg.id(cohortIdArgOptions),
      members: t.arg({ type: [CohortMemberInput], required: true, description: "The members." }),
    },
    errors: { types: [...COMMON_ERRORS, ManagedBySourceError] },
    authScopes: (_root, args) => onCohort("updateCohortMembers", args.cohortId),
    resolve: async (_root, args, ctx) => {
      const change = await addCohortMembers(
        ctx.db,
        cohortIdFrom(args.cohortId),
        args.members,
        memberLimits(ctx),
      );
      publishActivity(ctx, "updateCohortMembers", resource.cohort(change.cohort.id));
      return { ...change, cohortId: change.cohort.id, memberCount: change.cohort.memberCount };
    },
  }),
  removeCohortMembers: t.field({
    type: CohortMembershipChangeRef,
    description:
      "Removes members; ones not in the cohort are ignored. At most MAX_MEMBERS_PER_MUTATION per call. " +
      "Action `updateCohortMembers`.",
    args: {
      cohortId: t.arg.id(cohortIdArgOptions),
      members: t.arg({ type: [CohortMemberRefInput], required: true, description: "The members." }),
    },
    errors: { types: [...COMMON_ERRORS, ManagedBySourceError] },
    authScopes: (_root, args) => onCohort("updateCohortMembers", args.cohortId),
    resolve: async (_root, args, ctx) => {
      const change = await removeCohortMembers(
        ctx.db,
        cohortIdFrom(args.cohortId),
        args.members,
        memberLimits(ctx),
      );
      publishActivity(ctx, "updateCohortMembers", resource.cohort(change.cohort.id));
      return { ...change, cohortId: change.cohort.id, memberCount: change.cohort.memberCount };
    },
  }),
  importCohortCsv: t.field({
    type: CohortImportResultRef,
    description:
      "Imports members from a CSV in Amplitude's export format (header `amplitude_id,user_id`, optional " +
      "`device_id`, then property columns), sent as a GraphQL multipart upload. All or nothing: any bad " +
      "row fails the import with line numbers and nothing changes. Action `updateCohortMembers`.",
    args: {
      cohortId: t.arg.id(cohortIdArgOptions),
      file: t.arg({ type: FileScalar, required: true, description: "The CSV file." }),
      mode: t.arg({ type: CohortImportModeEnum, required: true, description: "REPLACE or MERGE." }),
    },
    errors: { types: [...COMMON_ERRORS, ManagedBySourceError, CsvImportError] },
    authScopes: (_root, args) => onCohort("updateCohortMembers", args.cohortId),
    resolve: async (_root, args, ctx) => {
      const result = await importCohortCsv(
        ctx.db,
        cohortIdFrom(args.cohortId),
        { stream: chunksOf(args.file), size: args.file.size },
        args.mode,
        csvLimitsFrom(ctx.config),
      );
      publishActivity(ctx, "updateCohortMembers", resource.cohort(result.cohort.id));
      return { ...result, cohortId: result.cohort.id };
    },
  }),
  refreshCohort: t.field({
    type: CohortImportResultRef,
    description:
      "Replaces an Amplitude-linked cohort's members with the remote cohort's (Behavioral Cohorts API), " +
      "all or nothing. May take minutes while Amplitude prepares the export. Action `updateCohortMembers`.",
    args: { cohortId: t.arg.id(cohortIdArgOptions) },
    errors: { types: [...COMMON_ERRORS, ConflictError, CsvImportError, AmplitudeSourceError] },
    authScopes: (_root, args) => onCohort("updateCohortMembers", args.cohortId),
    resolve: async (_root, args, ctx) => {
      const id = cohortIdFrom(args.cohortId);
      const result = await refreshAmplitudeCohort(ctx.db, ctx.config, id);
      publishActivity(ctx, "updateCohortMembers", resource.cohort(id));
      return { ...result, cohortId: id };
    },
  }),
}));
