import { sql } from "drizzle-orm";
import { segments } from "../db/schema.ts";
import { InvalidInputError, NotFoundError } from "../domain/errors.ts";
import { type Action, canReadWithin, isAllowed, resource } from "../domain/policy.ts";
import { getEnvironment } from "../domain/projects.ts";
import { evaluateSegments } from "../domain/segments/evaluate.ts";
import { segmentListSql } from "../domain/segments/list.ts";
import { parseEvaluationContext } from "../domain/segments/match.ts";
import { CLAUSE_OPERATORS } from "../domain/segments/rules.ts";
import {
  createSegment,
  deleteSegment,
  type EditableField,
  fieldsGiven,
  type SegmentAddress,
  segmentAddressSql,
  updateSegment,
  updateSegmentRules,
} from "../domain/segments/store.ts";
import { contextMemberships, listsChanged, updateSegmentTargets } from "../domain/segments/targets.ts";
import { readableSegmentsSql } from "../domain/segments/visibility.ts";
import { builder } from "../schema/builder.ts";
import { COMMON_ERRORS, ConflictError, ManagedBySourceError } from "../schema/errors.ts";
import { maybeIdOf } from "../schema/ids.ts";
import {
  ClauseValueScalar,
  EvaluationContextScalar,
  SegmentKindEnum,
  SegmentMatchRef,
  SegmentMembershipRef,
  SegmentRef,
} from "../schema/segments.ts";
import { publishActivity } from "./activity.ts";

const SegmentClauseInput = builder.inputType("SegmentClauseInput", {
  description: "One condition of a rule.",
  fields: (t) => ({
    contextKind: t.string({
      defaultValue: "user",
      description: "Kind of context whose attribute is tested.",
    }),
    attribute: t.string({
      required: true,
      description:
        "Attribute name, or a `/`-separated path (`/address/city`); `kind` tests the context kinds.",
    }),
    op: t.string({ required: true, description: `Operator: one of ${CLAUSE_OPERATORS.join(", ")}.` }),
    values: t.field({
      type: [ClauseValueScalar],
      required: true,
      description:
        "At least one value. Strings for startsWith/endsWith/contains, regular expressions for matches, numbers for lessThan/greaterThan, epoch milliseconds or RFC 3339 strings for before/after.",
    }),
    negate: t.boolean({ defaultValue: false, description: "Invert the result." }),
  }),
});

const SegmentRuleInput = builder.inputType("SegmentRuleInput", {
  description: "A rule: a context matches when it matches every clause.",
  fields: (t) => ({
    id: t.string({
      required: false,
      description: "Keep an existing rule's id; a new id is generated when omitted.",
    }),
    clauses: t.field({ type: [SegmentClauseInput], required: true, description: "At least one clause." }),
  }),
});

const CreateSegmentInput = builder.inputType("CreateSegmentInput", {
  description: "A list- or rule-based segment to create.",
  fields: (t) => ({
    projectKey: t.string({ required: true, description: "Project key." }),
    environmentKey: t.string({ required: true, description: "Environment key." }),
    key: t.string({
      required: true,
      description: "Unique in the environment; letters, digits, `.`, `_`, `-`. Never changes.",
    }),
    name: t.string({ required: true, description: "Human-readable name." }),
    description: t.string({ required: false, description: "What the segment is for." }),
    tags: t.stringList({ required: false, description: "Labels for finding the segment." }),
    kind: t.field({
      type: SegmentKindEnum,
      required: true,
      description: "LIST or RULE; SYNCED segments come from syncs.",
    }),
    contextKind: t.string({ defaultValue: "user", description: "Kind of context its targets are keys of." }),
    rules: t.field({ type: [SegmentRuleInput], required: false, description: "Targeting rules, in order." }),
  }),
});

const UpdateSegmentInput = builder.inputType("UpdateSegmentInput", {
  description: "Changes to a segment; omitted fields stay. Each given field needs its action.",
  fields: (t) => ({
    name: t.string({ required: false, description: "New name (action `updateName`)." }),
    description: t.string({ required: false, description: "New description (action `updateDescription`)." }),
    tags: t.stringList({
      required: false,
      description: "New tags, replacing the old (action `updateTags`).",
    }),
  }),
});

const SegmentTargetsInput = builder.inputType("SegmentTargetsInput", {
  description:
    "Context keys to add to or remove from a segment's lists. A key is in at most one list: adding it to one moves it out of the other.",
  fields: (t) => ({
    addIncluded: t.stringList({ required: false, description: "Keys to include (action `updateIncluded`)." }),
    removeIncluded: t.stringList({
      required: false,
      description: "Keys to stop including (action `updateIncluded`).",
    }),
    addExcluded: t.stringList({ required: false, description: "Keys to exclude (action `updateExcluded`)." }),
    removeExcluded: t.stringList({
      required: false,
      description: "Keys to stop excluding (action `updateExcluded`).",
    }),
  }),
});

const SegmentFilterInput = builder.inputType("SegmentFilterInput", {
  description: "Narrows a segment listing; all given conditions must hold.",
  fields: (t) => ({
    kind: t.field({ type: SegmentKindEnum, required: false, description: "Only segments of this kind." }),
    sourceCohortId: t.id({ required: false, description: "Only segments synced from this cohort (its id)." }),
    tag: t.string({ required: false, description: "Only segments with this tag." }),
    search: t.string({
      required: false,
      description: "Only segments whose key or name contains this, ignoring case.",
    }),
  }),
});

const ENVIRONMENT_ARGS = builder.args((t) => ({
  projectKey: t.string({ required: true, description: "Project key." }),
  environmentKey: t.string({ required: true, description: "Environment key." }),
}));

const SEGMENT_ARGS = builder.args((t) => ({
  ...ENVIRONMENT_ARGS,
  key: t.string({ required: true, description: "Segment key." }),
}));

interface AllActions {
  allowed: { action: Action; resource: string };
  $all?: AllActions;
}

/**
 * Every action on the resource. A scope map passes when any entry does and holds one `allowed`, so
 * the actions are chained inside `$all`, where every entry must pass. No actions: `read`.
 */
function allAllowed(actions: readonly Action[], on: string): { $all: AllActions } {
  const chain = (list: readonly Action[]): AllActions => {
    const [first = "read", ...rest] = list;
    const allowed = { action: first, resource: on };
    return rest.length === 0 ? { allowed } : { allowed, $all: chain(rest) };
  };
  return { $all: chain(actions) };
}

const FIELD_ACTIONS: Record<EditableField, Action> = {
  name: "updateName",
  description: "updateDescription",
  tags: "updateTags",
};

const segmentResource = (a: SegmentAddress) => resource.segment(a.projectKey, a.environmentKey, a.key);

builder.queryFields((t) => ({
  segments: t.drizzleConnection(
    {
      type: "segments",
      description:
        "Segments of an environment the caller may read, by key, with each synced segment's source.",
      args: {
        ...ENVIRONMENT_ARGS,
        filter: t.arg({
          type: SegmentFilterInput,
          required: false,
          description: "Conditions to narrow the list.",
        }),
      },
      resolve: (query, _root, args, ctx) => {
        const cohortId = args.filter?.sourceCohortId;
        const sourceCohortId = cohortId == null ? null : maybeIdOf("Cohort", cohortId);
        const filter = { ...args.filter, sourceCohortId };
        return ctx.db.query.segments.findMany(
          query({
            where: {
              // An id that cannot name a cohort matches no segment.
              RAW: (table) =>
                cohortId != null && sourceCohortId === null
                  ? sql`false`
                  : segmentListSql(table, args, filter, ctx.caller.policy),
            },
            orderBy: { key: "asc" },
          }),
        );
      },
    },
    {
      name: "SegmentConnection",
      description: "A page of segments.",
      edgesField: { description: "The segments on this page, each with its cursor." },
    },
    {
      name: "SegmentEdge",
      description: "A segment and its position.",
      nodeField: { description: "The segment." },
    },
  ),
  segment: t.drizzleField({
    type: SegmentRef,
    nullable: true,
    description: "One segment by key; null if it does not exist or the caller may not read it.",
    args: SEGMENT_ARGS,
    resolve: async (query, _root, args, ctx) => {
      if (!isAllowed(ctx.caller.policy, "read", segmentResource(args))) return null;
      const row = await ctx.db.query.segments.findFirst(
        query({ where: { RAW: (table) => segmentAddressSql(args, table) } }),
      );
      return row ?? null;
    },
  }),
  contextSegments: t.field({
    type: [SegmentMembershipRef],
    description:
      "Segments of an environment that individually target a context key (included or excluded), by segment key; only those the caller may read.",
    args: {
      ...ENVIRONMENT_ARGS,
      contextKey: t.arg.string({ required: true, description: "The context key." }),
      contextKind: t.arg.string({ defaultValue: "user", description: "The context kind." }),
      included: t.arg.boolean({
        required: false,
        description: "Only segments including (true) or excluding (false) the key; both when omitted.",
      }),
    },
    resolve: (_root, args, ctx) =>
      contextMemberships(
        ctx.db,
        { ...args, contextKind: args.contextKind ?? "user" },
        readableSegmentsSql(ctx.caller.policy, segments),
      ),
  }),
  evaluateSegments: t.field({
    type: [SegmentMatchRef],
    description:
      "Evaluates a context (one or several kinds) against every segment of an environment the caller may read: an included key matches, an excluded key does not, otherwise the first matching rule decides. Returns the matching segments by key.",
    args: {
      ...ENVIRONMENT_ARGS,
      context: t.arg({
        type: EvaluationContextScalar,
        required: true,
        description: "The context to evaluate.",
      }),
    },
    errors: { types: [InvalidInputError, NotFoundError] },
    resolve: async (_root, args, ctx) => {
      const context = parseEvaluationContext("context", args.context);
      if (!canReadWithin(ctx.caller.policy, resource.environment(args.projectKey, args.environmentKey))) {
        throw new NotFoundError("Environment", `${args.projectKey}/${args.environmentKey}`);
      }
      await getEnvironment(ctx.db, args.projectKey, args.environmentKey);
      return evaluateSegments(ctx.db, args, context, readableSegmentsSql(ctx.caller.policy, segments));
    },
  }),
}));

builder.mutationFields((t) => ({
  createSegment: t.drizzleField({
    type: SegmentRef,
    description: "Creates a list- or rule-based segment. Action `createSegment`.",
    args: { input: t.arg({ type: CreateSegmentInput, required: true, description: "The segment." }) },
    errors: { types: [...COMMON_ERRORS, ConflictError] },
    authScopes: (_root, args) => ({
      allowed: { action: "createSegment", resource: segmentResource(args.input) },
    }),
    resolve: async (query, _root, args, ctx) => {
      const created = await createSegment(ctx.db, args.input);
      publishActivity(ctx, "createSegment", segmentResource(created));
      return ctx.db.query.segments.findFirst(query({ where: { id: created.id } })).then((row) => row!);
    },
  }),
  updateSegment: t.drizzleField({
    type: SegmentRef,
    description:
      "Changes a segment's name, description or tags (actions `updateName`, `updateDescription`, `updateTags` for the fields given). On a synced segment, changed fields are no longer overwritten by syncs.",
    args: {
      ...SEGMENT_ARGS,
      input: t.arg({ type: UpdateSegmentInput, required: true, description: "The changes." }),
    },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: (_root, args) =>
      allAllowed(
        fieldsGiven(args.input).map((f) => FIELD_ACTIONS[f]),
        segmentResource(args),
      ),
    resolve: async (query, _root, args, ctx) => {
      const updated = await updateSegment(ctx.db, args, args.input);
      for (const field of fieldsGiven(args.input))
        publishActivity(ctx, FIELD_ACTIONS[field], segmentResource(updated));
      return ctx.db.query.segments.findFirst(query({ where: { id: updated.id } })).then((row) => row!);
    },
  }),
  updateSegmentRules: t.drizzleField({
    type: SegmentRef,
    description: "Replaces a list- or rule-based segment's rules. Action `updateRules`.",
    args: {
      ...SEGMENT_ARGS,
      rules: t.arg({ type: [SegmentRuleInput], required: true, description: "The new rules, in order." }),
    },
    errors: { types: [...COMMON_ERRORS, ManagedBySourceError] },
    authScopes: (_root, args) => ({ allowed: { action: "updateRules", resource: segmentResource(args) } }),
    resolve: async (query, _root, args, ctx) => {
      const updated = await updateSegmentRules(ctx.db, args, args.rules);
      publishActivity(ctx, "updateRules", segmentResource(updated));
      return ctx.db.query.segments.findFirst(query({ where: { id: updated.id } })).then((row) => row!);
    },
  }),
  updateSegmentTargets: t.drizzleField({
    type: SegmentRef,
    description:
      "Adds and removes individually included and excluded context keys of a list- or rule-based segment, at most `MAX_TARGETS_PER_MUTATION` keys per call. Actions `updateIncluded` and `updateExcluded` for the lists changed.",
    args: {
      ...SEGMENT_ARGS,
      input: t.arg({ type: SegmentTargetsInput, required: true, description: "The changes." }),
    },
    errors: { types: [...COMMON_ERRORS, ManagedBySourceError] },
    authScopes: (_root, args) => {
      const lists = listsChanged(args.input);
      const actions: Action[] = [];
      if (lists.included) actions.push("updateIncluded");
      if (lists.excluded) actions.push("updateExcluded");
      return allAllowed(actions, segmentResource(args));
    },
    resolve: async (query, _root, args, ctx) => {
      const updated = await updateSegmentTargets(
        ctx.db,
        args,
        args.input,
        ctx.config.MAX_TARGETS_PER_MUTATION,
      );
      const lists = listsChanged(args.input);
      if (lists.included) publishActivity(ctx, "updateIncluded", segmentResource(updated));
      if (lists.excluded) publishActivity(ctx, "updateExcluded", segmentResource(updated));
      return ctx.db.query.segments.findFirst(query({ where: { id: updated.id } })).then((row) => row!);
    },
  }),
  deleteSegment: t.string({
    description:
      "Deletes a segment and its targets; returns its key. Creating the key again starts a new generation. A synced segment whose cohort sync exists is refused (delete the sync first). Action `deleteSegment`.",
    args: SEGMENT_ARGS,
    errors: { types: [...COMMON_ERRORS, ManagedBySourceError] },
    authScopes: (_root, args) => ({ allowed: { action: "deleteSegment", resource: segmentResource(args) } }),
    resolve: async (_root, args, ctx) => {
      const deleted = await deleteSegment(ctx.db, args);
      publishActivity(ctx, "deleteSegment", segmentResource(deleted));
      return deleted.key;
    },
  }),
}));
