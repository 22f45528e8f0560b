import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { BuiltInRole, PolicyStatement } from "../domain/policy.ts";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const projects = pgTable("projects", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  name: text("name").notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const environments = pgTable(
  "environments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** Copied from the project: keys never change, and policies name resources by key. */
    projectKey: text("project_key").notNull(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    clientSideId: text("client_side_id").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("environments_project_key").on(t.projectId, t.key)],
);

export const accessTokens = pgTable(
  "access_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** sha256 of the secret; the secret itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    /** Last characters of the secret, so people can tell their tokens apart. */
    hint: text("hint").notNull(),
    role: text("role").$type<BuiltInRole>(),
    policy: jsonb("policy").$type<PolicyStatement[]>().notNull().default(sql`'[]'::jsonb`),
    createdById: uuid("created_by_id"),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("access_tokens_created_at").on(t.createdAt)],
);

/** One-time start-up steps already done, so deleting their results does not bring them back. */
export const bootstrapSteps = pgTable("bootstrap_steps", {
  step: text("step").primaryKey(),
  doneAt: timestamp("done_at", { withTimezone: true }).notNull().defaultNow(),
});

// ---------------------------------------------------------------------------------------------
// Destinations and cohorts

export type DestinationStatus = "CONNECTED" | "ERROR";

export const destinations = pgTable(
  "destinations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    environmentId: uuid("environment_id")
      .notNull()
      .references(() => environments.id, { onDelete: "restrict" }),
    projectKey: text("project_key").notNull(),
    environmentKey: text("environment_key").notNull(),
    /** The token that proves write access to the environment's segments; never its secret. */
    tokenId: uuid("token_id")
      .notNull()
      .references(() => accessTokens.id, { onDelete: "restrict" }),
    /** `user_id`, `amplitude_id`, `device_id`, or a property name (`user_properties.plan`, `plan`). */
    userKeyProperty: text("user_key_property").notNull().default("user_id"),
    contextKind: text("context_kind").notNull().default("user"),
    status: text("status").$type<DestinationStatus>().notNull().default("CONNECTED"),
    statusReason: text("status_reason"),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull().defaultNow(),
    createdById: uuid("created_by_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("destinations_environment").on(t.environmentId), index("destinations_token").on(t.tokenId)],
);

export type CohortSourceKind = "BUILT_IN" | "AMPLITUDE";

export const cohorts = pgTable("cohorts", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  /** BUILT_IN: members written through the API or CSV. AMPLITUDE: refreshed from a remote cohort. */
  sourceKind: text("source_kind").$type<CohortSourceKind>().notNull().default("BUILT_IN"),
  /** The remote cohort id for AMPLITUDE cohorts. */
  externalId: text("external_id"),
  /** Maintained in the same transaction as cohort_members, never counted per request. */
  memberCount: integer("member_count").notNull().default(0),
  lastRefreshedAt: timestamp("last_refreshed_at", { withTimezone: true }),
  createdById: uuid("created_by_id"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const cohortMembers = pgTable(
  "cohort_members",
  {
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    /** Identity within the cohort: `a:<amplitude_id>`, else `u:<user_id>`, else `d:<device_id>`. */
    memberKey: text("member_key").notNull(),
    amplitudeId: text("amplitude_id"),
    userId: text("user_id"),
    deviceId: text("device_id"),
    properties: jsonb("properties").$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.memberKey] })],
);

// ---------------------------------------------------------------------------------------------
// Segments

export type SegmentKind = "SYNCED" | "LIST" | "RULE";

export interface SegmentClause {
  contextKind: string;
  attribute: string;
  op: string;
  values: (string | number | boolean)[];
  negate: boolean;
}

export interface SegmentRule {
  id: string;
  clauses: SegmentClause[];
}

export const segments = pgTable(
  "segments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    environmentId: uuid("environment_id")
      .notNull()
      .references(() => environments.id, { onDelete: "cascade" }),
    projectKey: text("project_key").notNull(),
    environmentKey: text("environment_key").notNull(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    kind: text("kind").$type<SegmentKind>().notNull(),
    contextKind: text("context_kind").notNull().default("user"),
    /** Bumped each time a key is created again after a delete. */
    generation: integer("generation").notNull().default(1),
    /** Bumped by every change to the segment or its targets. */
    version: integer("version").notNull().default(1),
    includedCount: integer("included_count").notNull().default(0),
    excludedCount: integer("excluded_count").notNull().default(0),
    rules: jsonb("rules").$type<SegmentRule[]>().notNull().default(sql`'[]'::jsonb`),
    /** For SYNCED segments: where the members come from. */
    sourceCohortId: uuid("source_cohort_id").references(() => cohorts.id, { onDelete: "set null" }),
    sourceSyncId: uuid("source_sync_id"),
    /** Fields people changed on a synced segment; later syncs leave them alone. */
    editedFields: text("edited_fields").array().notNull().default(sql`'{}'::text[]`),
    lastSyncedAt: timestamp("last_synced_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("segments_environment_key").on(t.environmentId, t.key),
    index("segments_source_cohort").on(t.sourceCohortId),
    index("segments_project_environment").on(t.projectKey, t.environmentKey),
  ],
);

/** The last generation used per environment and key, so a re-created key gets the next one. */
export const segmentGenerations = pgTable(
  "segment_generations",
  {
    environmentId: uuid("environment_id")
      .notNull()
      .references(() => environments.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    generation: integer("generation").notNull(),
  },
  (t) => [primaryKey({ columns: [t.environmentId, t.key] })],
);

export const segmentTargets = pgTable(
  "segment_targets",
  {
    segmentId: uuid("segment_id")
      .notNull()
      .references(() => segments.id, { onDelete: "cascade" }),
    contextKey: text("context_key").notNull(),
    /** true: in the included list; false: in the excluded list. */
    included: boolean("included").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.segmentId, t.contextKey] }),
    index("segment_targets_context_key").on(t.contextKey),
  ],
);

// ---------------------------------------------------------------------------------------------
// Cohort syncs and their runs

export type SyncFrequency = "ONE_TIME" | "HOURLY" | "DAILY";
export type SyncRunStatus = "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELED";
export type SyncRunTrigger = "CREATED" | "MANUAL" | "SCHEDULE";
export type SyncRunPhase =
  | "QUEUED"
  | "CHECKING_DESTINATION"
  | "FETCHING_SOURCE"
  | "STAGING"
  | "APPLYING"
  | "DONE";

export const cohortSyncs = pgTable(
  "cohort_syncs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "restrict" }),
    destinationId: uuid("destination_id")
      .notNull()
      .references(() => destinations.id, { onDelete: "restrict" }),
    segmentId: uuid("segment_id").references(() => segments.id, { onDelete: "set null" }),
    frequency: text("frequency").$type<SyncFrequency>().notNull(),
    paused: boolean("paused").notNull().default(false),
    /** When the scheduler should queue the next run; null for one-time or paused syncs. */
    nextRunAt: timestamp("next_run_at", { withTimezone: true }),
    createdById: uuid("created_by_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("cohort_syncs_cohort_destination").on(t.cohortId, t.destinationId),
    index("cohort_syncs_next_run_at").on(t.nextRunAt),
    index("cohort_syncs_destination").on(t.destinationId),
    index("cohort_syncs_segment").on(t.segmentId),
  ],
);

export const syncRuns = pgTable(
  "sync_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cohortSyncId: uuid("cohort_sync_id")
      .notNull()
      .references(() => cohortSyncs.id, { onDelete: "cascade" }),
    trigger: text("trigger").$type<SyncRunTrigger>().notNull(),
    status: text("status").$type<SyncRunStatus>().notNull().default("QUEUED"),
    phase: text("phase").$type<SyncRunPhase>().notNull().default("QUEUED"),
    total: integer("total").notNull().default(0),
    processed: integer("processed").notNull().default(0),
    added: integer("added").notNull().default(0),
    removed: integer("removed").notNull().default(0),
    skippedMissingKey: integer("skipped_missing_key").notNull().default(0),
    /** A few members skipped for a missing key, for people to check. */
    skippedSample: jsonb("skipped_sample")
      .$type<{ amplitudeId: string | null; userId: string | null; deviceId: string | null }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    attempt: integer("attempt").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    error: text("error"),
    /** Increases with every event published for this run. */
    sequence: integer("sequence").notNull().default(0),
    cancelRequested: boolean("cancel_requested").notNull().default(false),
    leaseOwner: text("lease_owner"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    /** Earliest time a worker may claim it (backoff after a failed attempt). */
    runAfter: timestamp("run_after", { withTimezone: true }).notNull().defaultNow(),
    queuedAt: timestamp("queued_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("sync_runs_one_active_per_sync")
      .on(t.cohortSyncId)
      .where(sql`${t.status} in ('QUEUED', 'RUNNING')`),
    index("sync_runs_claimable").on(t.runAfter).where(sql`${t.status} = 'QUEUED'`),
    index("sync_runs_leases").on(t.leaseUntil).where(sql`${t.status} = 'RUNNING'`),
    index("sync_runs_history").on(t.cohortSyncId, t.queuedAt),
  ],
);

/**
 * A run's snapshot of context keys, staged in batches before the diff is applied. Unlogged and
 * without indexes: rows are written once, read once by the diff, then deleted, and a crash only
 * loses snapshots that are rebuilt on retry anyway. Duplicate keys are tolerated and collapse when
 * the diff is applied.
 */
export const syncStaging = pgTable("sync_staging", {
  runId: uuid("run_id").notNull(),
  contextKey: text("context_key").notNull(),
});

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The access token the notification is for (the sync's creator). */
    recipientTokenId: uuid("recipient_token_id").notNull(),
    kind: text("kind").$type<"SYNC_SUCCEEDED" | "SYNC_FAILED">().notNull(),
    runId: uuid("run_id").references(() => syncRuns.id, { onDelete: "cascade" }),
    cohortSyncId: uuid("cohort_sync_id").references(() => cohortSyncs.id, { onDelete: "cascade" }),
    message: text("message").notNull(),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_recipient").on(t.recipientTokenId, t.createdAt)],
);
