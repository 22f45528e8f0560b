import type { CohortSourceKind } from "../db/schema.ts";
import {
  AmplitudeSourceError,
  type AmplitudeSourceReason,
  CsvImportError,
} from "../domain/cohorts/errors.ts";
import type { AmplitudeCohortSummary } from "../domain/cohorts/refresh.ts";
import type { MissingKeyReport } from "../domain/cohorts/store.ts";
import { resource } from "../domain/policy.ts";
import { builder } from "./builder.ts";
import { ErrorInterface } from "./errors.ts";

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

// SchemaTypes (builder.ts) declares no File scalar. Registering under a declared name's types gives
// the same runtime scalar; the cast restores its real shapes: a web File in, nothing out.
export const FileScalar = builder.scalarType("File" as "String", {
  description:
    "A file sent with the GraphQL multipart request (spec: github.com/jaydenseric/graphql-multipart-request-spec).",
  serialize: () => {
    throw new TypeError("File is an input-only scalar");
  },
  parseValue: (value) => {
    if (typeof value === "object" && value !== null && "stream" in value) return value as unknown as string;
    throw new TypeError("File must be sent as a multipart upload");
  },
}) as unknown as PothosSchemaTypes.ScalarRef<BuilderTypes, never, File>;

export const CohortSourceKindEnum = builder.enumType("CohortSourceKind", {
  description: "Where a cohort's members come from.",
  values: {
    BUILT_IN: { value: "BUILT_IN", description: "Written through the API or imported from CSV." },
    AMPLITUDE: {
      value: "AMPLITUDE",
      description: "Refreshed from a cohort in Amplitude (`refreshCohort`); not editable directly.",
    },
  } satisfies Record<CohortSourceKind, { value: CohortSourceKind; description: string }>,
});

export const CohortImportModeEnum = builder.enumType("CohortImportMode", {
  description: "How an imported file combines with the cohort's current members.",
  values: {
    REPLACE: { value: "REPLACE", description: "The file becomes the whole membership; others are removed." },
    MERGE: { value: "MERGE", description: "Members in the file are added or updated; nobody is removed." },
  } as const,
});

const CohortMemberPropertyRef = builder
  .objectRef<{ name: string; value: string }>("CohortMemberProperty")
  .implement({
    description: "One property of a cohort member (a CSV column other than the ids).",
    fields: (t) => ({
      name: t.exposeString("name", { description: "Column name, e.g. `user_properties.plan`." }),
      value: t.exposeString("value", { description: "The member's value; never empty." }),
    }),
  });

export const CohortMemberRef = builder.drizzleObject("cohortMembers", {
  name: "CohortMember",
  description: "A member of a cohort, identified by Amplitude ID, else user ID, else device ID.",
  fields: (t) => ({
    memberKey: t.exposeString("memberKey", {
      description:
        "Identity within the cohort: `a:<amplitude_id>`, else `u:<user_id>`, else `d:<device_id>`.",
    }),
    amplitudeId: t.exposeString("amplitudeId", { nullable: true, description: "Amplitude ID." }),
    userId: t.exposeString("userId", { nullable: true, description: "User ID." }),
    deviceId: t.exposeString("deviceId", { nullable: true, description: "Device ID." }),
    properties: t.field({
      type: [CohortMemberPropertyRef],
      description: "Other properties, ordered by name.",
      resolve: (m) =>
        Object.entries(m.properties)
          .map(([name, value]) => ({ name, value }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    }),
  }),
});

export const MissingKeyReportRef = builder.objectRef<MissingKeyReport>("CohortMissingKeyReport").implement({
  description:
    "Members a sync with this mapping would leave out, because their mapped value is missing or empty.",
  fields: (t) => ({
    userKeyProperty: t.exposeString("userKeyProperty", { description: "The mapping checked." }),
    missingCount: t.exposeInt("missingCount", { description: "How many members lack the value." }),
    sample: t.field({
      type: [CohortMemberRef],
      description: "The first few of them by member key; the CSV export lists them all.",
      resolve: (r) => r.sample,
    }),
  }),
});

const CsvRowProblemRef = builder.objectRef<{ line: number; message: string }>("CsvRowProblem").implement({
  description: "One problem in a CSV file.",
  fields: (t) => ({
    line: t.exposeInt("line", { description: "1-based line of the file where the row starts." }),
    message: t.exposeString("message", { description: "What is wrong." }),
  }),
});

builder.objectType(CsvImportError, {
  name: "CsvImportError",
  description: "A cohort CSV could not be imported: bad rows, bad format or over a limit. Nothing changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    errors: t.field({
      type: [CsvRowProblemRef],
      description: "The first problems found, in file order.",
      resolve: (e) => e.errors,
    }),
    truncated: t.exposeBoolean("truncated", {
      description: "True when more problems were found than listed.",
    }),
  }),
});

const AMPLITUDE_REASONS: Record<AmplitudeSourceReason, string> = {
  NOT_CONFIGURED: "The gateway has no Amplitude API key and secret key.",
  AUTH: "Amplitude refused the configured API key or secret key.",
  RATE_LIMITED: "Amplitude rate-limited the gateway; try again later.",
  UPSTREAM: "Amplitude failed or answered something unexpected.",
  TIMEOUT: "Amplitude did not answer, or the export did not finish, in time.",
};

const AmplitudeSourceReasonEnum = builder.enumType("AmplitudeSourceReason", {
  description: "Why Amplitude could not be used.",
  values: Object.fromEntries(
    Object.entries(AMPLITUDE_REASONS).map(([reason, description]) => [
      reason,
      { value: reason, description },
    ]),
  ) as Record<AmplitudeSourceReason, { value: AmplitudeSourceReason; description: string }>,
});

builder.objectType(AmplitudeSourceError, {
  name: "AmplitudeSourceError",
  description: "Amplitude could not be reached or used. Nothing changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.field({
      type: AmplitudeSourceReasonEnum,
      description: "What failed.",
      resolve: (e) => e.reason,
    }),
    retryAfterSeconds: t.int({
      nullable: true,
      description: "For RATE_LIMITED: how long Amplitude asked to wait, when it said.",
      resolve: (e) => (e.retryAfterMs === null ? null : Math.ceil(e.retryAfterMs / 1000)),
    }),
  }),
});

export const CohortRef = builder.drizzleNode("cohorts", {
  name: "Cohort",
  description: "A set of users (an analytics cohort), kept here so syncs can copy it into segments.",
  id: { column: (c) => c.id },
  authScopes: (c) => ({ allowed: { action: "read", resource: resource.cohort(c.id) } }),
  fields: (t) => ({
    name: t.exposeString("name", { description: "Human-readable name." }),
    description: t.exposeString("description", { description: "What the cohort is; may be empty." }),
    sourceKind: t.expose("sourceKind", {
      type: CohortSourceKindEnum,
      description: "Where members come from.",
    }),
    externalId: t.exposeString("externalId", {
      nullable: true,
      description: "For AMPLITUDE cohorts: the Amplitude cohort id.",
    }),
    memberCount: t.exposeInt("memberCount", {
      description: "Number of members (kept current, not counted).",
    }),
    lastRefreshedAt: t.expose("lastRefreshedAt", {
      type: "DateTime",
      nullable: true,
      description: "When members were last refreshed from Amplitude.",
    }),
    members: t.relatedConnection(
      "members",
      {
        description: "Members ordered by member key; page with `first`/`after` (keyset cursors).",
        query: { orderBy: { memberKey: "asc" } },
        maxSize: 1000,
      },
      {
        name: "CohortMembersConnection",
        description: "A page of cohort members.",
        edgesField: { description: "The members on this page, with cursors." },
      },
      {
        name: "CohortMembersConnectionEdge",
        description: "A cohort member with its cursor.",
        nodeField: { description: "The member." },
      },
    ),
    exportPath: t.string({
      description:
        "Path of the CSV export on this gateway (GET with `Authorization: Bearer <token>`): amplitude_id, " +
        "user_id, device_id and property columns, the format `importCohortCsv` reads.",
      resolve: (c) => `/cohorts/${c.id}/export.csv`,
    }),
    resource: t.string({
      description: "Its resource specifier in policies, `cohort/<id>`.",
      resolve: (c) => resource.cohort(c.id),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", {
      type: "DateTime",
      description: "When it or its membership last changed.",
    }),
  }),
});

export interface CohortCounts {
  cohortId: string;
  inserted: number;
  updated: number;
  removed: number;
  memberCount: number;
}

export const CohortMembershipChangeRef = builder.objectRef<CohortCounts>("CohortMembershipChange").implement({
  description: "What a change to a cohort's members did.",
  fields: (t) => ({
    cohort: t.drizzleField({
      type: CohortRef,
      description: "The cohort, after the change.",
      resolve: (query, c, _args, ctx) =>
        ctx.db.query.cohorts.findFirst(query({ where: { id: c.cohortId } })).then((row) => row!),
    }),
    inserted: t.exposeInt("inserted", { description: "Members that were not in the cohort before." }),
    updated: t.exposeInt("updated", { description: "Members whose ids or properties changed." }),
    removed: t.exposeInt("removed", { description: "Members removed." }),
    memberCount: t.exposeInt("memberCount", { description: "Members in the cohort after the change." }),
  }),
});

export const CohortImportResultRef = builder
  .objectRef<CohortCounts & { rowsRead: number; unchanged: number }>("CohortImportResult")
  .implement({
    description: "What an import (CSV) or a refresh (Amplitude) did.",
    fields: (t) => ({
      cohort: t.drizzleField({
        type: CohortRef,
        description: "The cohort, after the import.",
        resolve: (query, c, _args, ctx) =>
          ctx.db.query.cohorts.findFirst(query({ where: { id: c.cohortId } })).then((row) => row!),
      }),
      rowsRead: t.exposeInt("rowsRead", {
        description: "Data rows read (a member listed on several rows counts each time; the last row wins).",
      }),
      inserted: t.exposeInt("inserted", { description: "Members that were not in the cohort before." }),
      updated: t.exposeInt("updated", {
        description: "Members already there whose ids or properties changed.",
      }),
      unchanged: t.exposeInt("unchanged", { description: "Members already there exactly as given." }),
      removed: t.exposeInt("removed", {
        description: "Members removed because the source no longer lists them.",
      }),
      memberCount: t.exposeInt("memberCount", { description: "Members in the cohort afterwards." }),
    }),
  });

export const AmplitudeCohortRef = builder.objectRef<AmplitudeCohortSummary>("AmplitudeCohort").implement({
  description: "A cohort defined in Amplitude.",
  fields: (t) => ({
    externalId: t.string({
      description: "Amplitude's id for it; give it to `linkAmplitudeCohort`.",
      resolve: (c) => c.id,
    }),
    name: t.exposeString("name", { description: "Its name in Amplitude." }),
    description: t.exposeString("description", {
      nullable: true,
      description: "Its description in Amplitude.",
    }),
    size: t.exposeInt("size", { nullable: true, description: "Members at its last computation." }),
    lastComputed: t.field({
      type: "DateTime",
      nullable: true,
      description: "When Amplitude last computed it.",
      resolve: (c) => c.lastComputed,
    }),
  }),
});

export const CreateCohortInput = builder.inputType("CreateCohortInput", {
  description: "A cohort to create.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Human-readable name." }),
    description: t.string({ required: false, description: "What the cohort is." }),
    amplitudeCohortId: t.string({
      required: false,
      description:
        "Link it to this Amplitude cohort (see `amplitudeCohorts`) instead of keeping members here.",
    }),
  }),
});

export const UpdateCohortInput = builder.inputType("UpdateCohortInput", {
  description: "Changes to a cohort; omitted fields stay as they are.",
  fields: (t) => ({
    name: t.string({ required: false, description: "New name." }),
    description: t.string({ required: false, description: "New description." }),
  }),
});

const CohortMemberPropertyInput = builder.inputType("CohortMemberPropertyInput", {
  description: "One property of a member.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Property name, e.g. `user_properties.plan`." }),
    value: t.string({ required: true, description: "Its value; empty means not set." }),
  }),
});

export const CohortMemberInput = builder.inputType("CohortMemberInput", {
  description:
    "A member: at least one of the ids. Its member key is `a:<amplitudeId>`, else `u:<userId>`, else `d:<deviceId>`.",
  fields: (t) => ({
    amplitudeId: t.string({ required: false, description: "Amplitude ID (digits)." }),
    userId: t.string({ required: false, description: "User ID." }),
    deviceId: t.string({ required: false, description: "Device ID." }),
    properties: t.field({
      type: [CohortMemberPropertyInput],
      required: false,
      description: "Other properties; they replace the member's current ones.",
    }),
  }),
});

export const CohortMemberRefInput = builder.inputType("CohortMemberRefInput", {
  description: "A member to remove: its member key, or the ids it was added with (giving the same key).",
  fields: (t) => ({
    memberKey: t.string({ required: false, description: "The member key, e.g. `u:alice`." }),
    amplitudeId: t.string({ required: false, description: "Amplitude ID." }),
    userId: t.string({ required: false, description: "User ID." }),
    deviceId: t.string({ required: false, description: "Device ID." }),
  }),
});
