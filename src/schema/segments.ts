import { encodeGlobalID, resolveCursorConnection } from "@pothos/plugin-relay";
import { GraphQLError, Kind, valueFromASTUntyped } from "graphql";
import { resource } from "../domain/policy.ts";
import type { MatchReason, SegmentMatch } from "../domain/segments/evaluate.ts";
import type { ClauseValue, SegmentClause, SegmentRule } from "../domain/segments/rules.ts";
import { BIG_SEGMENT_THRESHOLD, isBigSegment, type SegmentRow } from "../domain/segments/store.ts";
import { type SegmentTarget, targetPage } from "../domain/segments/targets.ts";
import { builder } from "./builder.ts";

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

// builder.ts declares only the shared DateTime scalar. The two scalars below belong to the segment
// API, so they are registered here through scalarType with the name check widened for them alone.
const segmentScalar = builder.scalarType.bind(builder) as unknown as <T>(
  name: string,
  options: PothosSchemaTypes.ScalarTypeOptions<BuilderTypes, T, T>,
) => PothosSchemaTypes.ScalarRef<BuilderTypes, T, T>;

function clauseValue(value: unknown): ClauseValue {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw new TypeError("ClauseValue must be a string, a finite number or a boolean");
}

export const ClauseValueScalar = segmentScalar<ClauseValue>("ClauseValue", {
  description: "A value a rule clause compares with: a string, a number or a boolean.",
  serialize: clauseValue,
  parseValue: clauseValue,
  parseLiteral: (node) => {
    if (node.kind === Kind.STRING || node.kind === Kind.BOOLEAN) return node.value;
    if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return clauseValue(Number(node.value));
    throw new TypeError("ClauseValue must be a string, a number or a boolean");
  },
});

export const EvaluationContextScalar = segmentScalar<unknown>("EvaluationContext", {
  description:
    'A context as JSON, in the reference product\'s format: `{"kind": "user", "key": "u1", "plan": "pro"}` ' +
    '(kind defaults to `user`), or several kinds at once: `{"kind": "multi", "user": {"key": "u1"}, "org": {"key": "o1"}}`.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node, variables) => valueFromASTUntyped(node, variables),
});

export const SegmentKindEnum = builder.enumType("SegmentKind", {
  description: "How a segment's membership is decided.",
  values: {
    SYNCED: {
      description: "Kept in step with a cohort by a cohort sync; its targets and rules are managed there.",
    },
    LIST: { description: "Individually included and excluded context keys (rules are allowed too)." },
    RULE: { description: "Targeting rules on context attributes (individual targets are allowed too)." },
  } as const,
});

export const SegmentSourceKindEnum = builder.enumType("SegmentSourceKind", {
  description: "Where a synced segment's members come from.",
  values: {
    COHORT: { description: "A cohort kept in this gateway (written through the API or imported from CSV)." },
    AMPLITUDE_COHORT: { description: "A cohort refreshed from Amplitude." },
  } as const,
});

export const SegmentMatchReasonEnum = builder.enumType("SegmentMatchReason", {
  description: "Why a context is in a segment.",
  values: {
    INCLUDED: { description: "Its key is individually included." },
    RULE_MATCH: { description: "It matches one of the segment's rules (and its key is not excluded)." },
  } as const satisfies Record<MatchReason, { description: string }>,
});

export const SegmentClauseRef = builder.objectRef<SegmentClause>("SegmentClause").implement({
  description: "One condition of a rule: the context's attribute compared with values.",
  fields: (t) => ({
    contextKind: t.exposeString("contextKind", { description: "Kind of context whose attribute is tested." }),
    attribute: t.exposeString("attribute", {
      description: "Attribute name, or a `/`-separated path into nested objects (`/address/city`).",
    }),
    op: t.exposeString("op", {
      description: "Operator, e.g. `in`, `startsWith`, `matches`, `lessThan`, `before`.",
    }),
    values: t.field({
      type: [ClauseValueScalar],
      description: "The clause matches when the attribute matches any of these.",
      resolve: (c) => c.values,
    }),
    negate: t.exposeBoolean("negate", {
      description: "Inverts the result (a context without the attribute still does not match).",
    }),
  }),
});

export const SegmentRuleRef = builder.objectRef<SegmentRule>("SegmentRule").implement({
  description: "A targeting rule: a context matches when it matches every clause.",
  fields: (t) => ({
    id: t.exposeString("id", { description: "Stable id of the rule within its segment." }),
    clauses: t.field({
      type: [SegmentClauseRef],
      description: "The conditions, all of which must hold.",
      resolve: (r) => r.clauses,
    }),
  }),
});

export const SegmentTargetRef = builder.objectRef<SegmentTarget>("SegmentTarget").implement({
  description: "A context key individually targeted by a segment.",
  fields: (t) => ({
    contextKey: t.exposeString("contextKey", {
      description: "The context key (of the segment's context kind).",
    }),
    included: t.exposeBoolean("included", { description: "True when included, false when excluded." }),
  }),
});

interface SegmentSourceShape {
  kind: "COHORT" | "AMPLITUDE_COHORT";
  cohortId: string;
  cohortName: string;
  cohortSyncId: string | null;
  link: string | null;
}

export const SegmentSourceRef = builder.objectRef<SegmentSourceShape>("SegmentSource").implement({
  description: "Where a synced segment comes from.",
  fields: (t) => ({
    kind: t.field({
      type: SegmentSourceKindEnum,
      description: "The kind of source.",
      resolve: (s) => s.kind,
    }),
    cohortId: t.exposeID("cohortId", { description: "Global id of the source cohort." }),
    cohortName: t.exposeString("cohortName", { description: "Name of the source cohort." }),
    cohortSyncId: t.exposeID("cohortSyncId", {
      nullable: true,
      description: "Global id of the cohort sync that maintains the segment; null once that sync is deleted.",
    }),
    link: t.exposeString("link", {
      nullable: true,
      description: "The cohort in its analytics product, for Amplitude cohorts; null for cohorts kept here.",
    }),
  }),
});

const TARGET_CURSOR_PREFIX = "target:";

function targetCursor(contextKey: string): string {
  return Buffer.from(`${TARGET_CURSOR_PREFIX}${contextKey}`).toString("base64url");
}

function keyFromTargetCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith(TARGET_CURSOR_PREFIX)) {
    // A field error rather than a typed result: connections have no result union, and a client only
    // gets here by inventing a cursor.
    throw new GraphQLError("after/before is not a cursor of this connection", {
      extensions: { code: "INVALID_INPUT" },
    });
  }
  return decoded.slice(TARGET_CURSOR_PREFIX.length);
}

function targetSelection(contextKey: string) {
  return { where: { contextKey }, columns: { contextKey: true, included: true }, limit: 1 } as const;
}

export const SegmentRef = builder.drizzleNode("segments", {
  name: "Segment",
  description: "A set of contexts in one environment, targeted by feature flags.",
  id: { column: (s) => s.id },
  authScopes: (s) => ({
    allowed: { action: "read", resource: resource.segment(s.projectKey, s.environmentKey, s.key) },
  }),
  fields: (t) => ({
    key: t.exposeString("key", { description: "Unique within the environment; never changes." }),
    name: t.exposeString("name", { description: "Human-readable name." }),
    description: t.exposeString("description", { description: "What the segment is for." }),
    tags: t.exposeStringList("tags", { description: "Labels for finding segments, sorted." }),
    kind: t.field({
      type: SegmentKindEnum,
      description: "How membership is decided.",
      resolve: (s) => s.kind,
    }),
    contextKind: t.exposeString("contextKind", { description: "Kind of context its targets are keys of." }),
    projectKey: t.exposeString("projectKey", { description: "Key of its project." }),
    environmentKey: t.exposeString("environmentKey", { description: "Key of its environment." }),
    environment: t.relation("environment", { description: "Its environment." }),
    resource: t.string({
      description: "Its resource specifier in policies, e.g. `proj/default:env/production:segment/beta`.",
      resolve: (s) => resource.segment(s.projectKey, s.environmentKey, s.key),
    }),
    generation: t.exposeInt("generation", {
      description:
        "1 for the first segment with this key in the environment; one more each time the key is created again.",
    }),
    version: t.exposeInt("version", {
      description: "Increases with every change to the segment or its targets.",
    }),
    includedCount: t.exposeInt("includedCount", {
      description: "How many context keys are individually included.",
    }),
    excludedCount: t.exposeInt("excludedCount", {
      description: "How many context keys are individually excluded.",
    }),
    isBig: t.boolean({
      description: `A big segment: synced, or list-based with more than ${BIG_SEGMENT_THRESHOLD} targets.`,
      resolve: (s) => isBigSegment(s),
    }),
    rules: t.field({
      type: [SegmentRuleRef],
      description: "Targeting rules, in order.",
      resolve: (s) => s.rules,
    }),
    editedFields: t.exposeStringList("editedFields", {
      description:
        "For synced segments: fields people changed (`name`, `description`, `tags`), which syncs no longer overwrite.",
    }),
    source: t.field({
      type: SegmentSourceRef,
      nullable: true,
      description:
        "Where a synced segment comes from; null for list and rule segments, or once the cohort is deleted.",
      select: {
        with: {
          sourceCohort: { columns: { id: true, name: true, sourceKind: true, externalId: true } },
          sourceSync: { columns: { id: true } },
        },
      },
      resolve: (s): SegmentSourceShape | null => {
        const cohort = s.sourceCohort;
        if (s.kind !== "SYNCED" || !cohort) return null;
        const amplitude = cohort.sourceKind === "AMPLITUDE";
        return {
          kind: amplitude ? "AMPLITUDE_COHORT" : "COHORT",
          cohortId: encodeGlobalID("Cohort", cohort.id),
          cohortName: cohort.name,
          cohortSyncId: s.sourceSync ? encodeGlobalID("CohortSync", s.sourceSync.id) : null,
          link:
            amplitude && cohort.externalId
              ? `https://app.amplitude.com/analytics/cohort/${encodeURIComponent(cohort.externalId)}`
              : null,
        };
      },
    }),
    lastSyncedAt: t.expose("lastSyncedAt", {
      type: "DateTime",
      nullable: true,
      description: "When a sync last finished applying changes; null for list and rule segments.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", {
      type: "DateTime",
      description: "When it or its targets last changed.",
    }),
    // Both read the one target row inside the segment's own query (a lateral lookup on the primary
    // key), so `segment { contains }` is a single statement.
    contains: t.boolean({
      description:
        "Whether a context key is individually included (rules are not evaluated; see `evaluateSegments`).",
      args: {
        contextKey: t.arg.string({ required: true, description: "A context key of the segment's kind." }),
      },
      select: (args) => ({ with: { targets: targetSelection(args.contextKey) } }),
      resolve: (s) => s.targets[0]?.included === true,
    }),
    target: t.field({
      type: SegmentTargetRef,
      nullable: true,
      description:
        "A context key's individual targeting: included, excluded, or null when it is in neither list.",
      args: {
        contextKey: t.arg.string({ required: true, description: "A context key of the segment's kind." }),
      },
      select: (args) => ({ with: { targets: targetSelection(args.contextKey) } }),
      resolve: (s) => s.targets[0] ?? null,
    }),
    targets: t.connection(
      {
        type: SegmentTargetRef,
        description:
          "Individually targeted keys in key order (at most 1000 a page). Cursors are positions by key, so paging while keys are added never repeats a key or skips one that stayed.",
        args: {
          included: t.arg.boolean({
            required: false,
            description: "Only included (true) or only excluded (false) keys; both when omitted.",
          }),
        },
        resolve: (s, args, ctx) =>
          resolveCursorConnection<Promise<SegmentTarget[]>>(
            {
              args,
              toCursor: (target: SegmentTarget) => targetCursor(target.contextKey),
              defaultSize: 50,
              maxSize: 1000,
            },
            ({ before, after, limit, inverted }) =>
              targetPage(ctx.db, s.id, {
                before: keyFromTargetCursor(before),
                after: keyFromTargetCursor(after),
                limit,
                inverted,
                included: args.included,
              }),
          ),
      },
      {
        name: "SegmentTargetConnection",
        description: "A page of a segment's individually targeted keys.",
        edgesField: { description: "The targets on this page, each with its cursor." },
      },
      {
        name: "SegmentTargetEdge",
        description: "A targeted key and its position.",
        nodeField: { description: "The target." },
      },
    ),
  }),
});

export const SegmentMembershipRef = builder
  .objectRef<{ segment: SegmentRow; included: boolean }>("SegmentMembership")
  .implement({
    description: "A segment that individually targets a context key.",
    fields: (t) => ({
      segment: t.field({ type: SegmentRef, description: "The segment.", resolve: (m) => m.segment }),
      included: t.exposeBoolean("included", {
        description: "True when the key is included, false when excluded.",
      }),
    }),
  });

export const SegmentMatchRef = builder.objectRef<SegmentMatch>("SegmentMatch").implement({
  description: "A segment a context is in, and why.",
  fields: (t) => ({
    segment: t.field({ type: SegmentRef, description: "The segment.", resolve: (m) => m.segment }),
    reason: t.field({
      type: SegmentMatchReasonEnum,
      description: "Why the context is in it.",
      resolve: (m) => m.reason,
    }),
    ruleId: t.exposeString("ruleId", {
      nullable: true,
      description: "For RULE_MATCH: id of the first matching rule.",
    }),
    ruleIndex: t.exposeInt("ruleIndex", {
      nullable: true,
      description: "For RULE_MATCH: 0-based position of the first matching rule.",
    }),
  }),
});
