import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
