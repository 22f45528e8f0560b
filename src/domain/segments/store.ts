// Segments themselves: creation (with generations), metadata edits and deletion. Targets are in
// targets.ts, rules in rules.ts, evaluation in evaluate.ts.
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import {
  cohortSyncs,
  environments,
  type SegmentKind,
  segmentGenerations,
  segments,
} from "../../db/schema.ts";
import {
  ConflictError,
  type FieldProblem,
  InvalidInputError,
  ManagedBySourceError,
  NotFoundError,
} from "../errors.ts";
import { assertValid, keyProblem, nameProblem } from "../keys.ts";
import { getEnvironment } from "../projects.ts";
import { contextKindProblem, normalizeRules, type RuleInput, type SegmentRule } from "./rules.ts";

export type SegmentRow = typeof segments.$inferSelect;
export type { SegmentKind };

/** Where a segment lives: its environment by keys, and its own key. */
export interface SegmentAddress {
  projectKey: string;
  environmentKey: string;
  key: string;
}

export const MAX_DESCRIPTION_LENGTH = 4096;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 64;
/** Larger list-based segments are "big" in the reference product. */
export const BIG_SEGMENT_THRESHOLD = 15_000;
/** Fields of a synced segment people may change; later syncs leave changed ones alone. */
export type EditableField = "name" | "description" | "tags";

export function isBigSegment(segment: Pick<SegmentRow, "kind" | "includedCount" | "excludedCount">): boolean {
  // Every target of a segment has the segment's one context kind, so the count is per kind already.
  return (
    segment.kind === "SYNCED" ||
    (segment.kind === "LIST" && segment.includedCount + segment.excludedCount > BIG_SEGMENT_THRESHOLD)
  );
}

/** The environment's id by keys, as a subquery, so lookups by key use `segments_environment_key`. */
export function environmentIdSql(projectKey: string, environmentKey: string): SQL {
  return sql`(select ${environments.id} from ${environments} where ${environments.projectKey} = ${projectKey} and ${environments.key} = ${environmentKey})`;
}

/** The one segment at an address, for `segments` or an alias of it (relational queries alias it). */
export function segmentAddressSql(address: SegmentAddress, table: typeof segments = segments): SQL {
  return and(
    eq(table.environmentId, environmentIdSql(address.projectKey, address.environmentKey)),
    eq(table.key, address.key),
  )!;
}

function notFound(address: SegmentAddress): NotFoundError {
  return new NotFoundError("Segment", `${address.projectKey}/${address.environmentKey}/${address.key}`);
}

export async function findSegment(db: Db, address: SegmentAddress): Promise<SegmentRow | null> {
  const [row] = await db.select().from(segments).where(segmentAddressSql(address));
  return row ?? null;
}

/** The segment row, locked until the caller's transaction ends: every change to a segment goes through here. */
export async function lockSegment(db: Db, address: SegmentAddress): Promise<SegmentRow> {
  const [row] = await db.select().from(segments).where(segmentAddressSql(address)).for("update");
  if (!row) throw notFound(address);
  return row;
}

function descriptionProblem(field: string, description: string): FieldProblem | null {
  return description.length > MAX_DESCRIPTION_LENGTH
    ? { field, message: `must be at most ${MAX_DESCRIPTION_LENGTH} characters` }
    : null;
}

function tagProblems(field: string, tags: readonly string[]): FieldProblem[] {
  if (tags.length > MAX_TAGS) return [{ field, message: `must have at most ${MAX_TAGS} tags` }];
  return tags.flatMap((tag, i) =>
    tag.trim().length === 0 || tag.length > MAX_TAG_LENGTH
      ? [{ field: `${field}[${i}]`, message: `must be 1 to ${MAX_TAG_LENGTH} characters, not blank` }]
      : [],
  );
}

/** Tags as stored: trimmed, without repeats, sorted so that equal sets compare equal. */
function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()))].sort();
}

/** Inserts a segment, taking the next generation for (environment, key). Runs in the caller's transaction. Throws ConflictError if the key exists. */
export async function insertSegment(
  db: Db,
  input: {
    environmentId: string;
    projectKey: string;
    environmentKey: string;
    key: string;
    name: string;
    description?: string;
    tags?: string[];
    kind: SegmentKind;
    contextKind: string;
    rules?: SegmentRule[];
    sourceCohortId?: string | null;
    sourceSyncId?: string | null;
  },
): Promise<SegmentRow> {
  assertValid(keyProblem("key", input.key), contextKindProblem("contextKind", input.contextKind));
  const lastGeneration = sql`(select ${segmentGenerations.generation} from ${segmentGenerations}
    where ${segmentGenerations.environmentId} = ${input.environmentId} and ${segmentGenerations.key} = ${input.key})`;
  // DO NOTHING rather than catching a unique violation: a failed statement would abort the caller's
  // transaction, and the sync engine retries with another key inside the same one.
  const [row] = await db
    .insert(segments)
    .values({
      environmentId: input.environmentId,
      projectKey: input.projectKey,
      environmentKey: input.environmentKey,
      key: input.key,
      name: input.name,
      description: input.description ?? "",
      tags: normalizeTags(input.tags ?? []),
      kind: input.kind,
      contextKind: input.contextKind,
      rules: input.rules ?? [],
      sourceCohortId: input.sourceCohortId ?? null,
      sourceSyncId: input.sourceSyncId ?? null,
      generation: sql`coalesce(${lastGeneration}, 0) + 1`,
    })
    .onConflictDoNothing({ target: [segments.environmentId, segments.key] })
    .returning();
  if (!row) {
    throw new ConflictError(
      `segment "${input.key}" already exists in ${input.projectKey}/${input.environmentKey}`,
    );
  }
  await db
    .insert(segmentGenerations)
    .values({ environmentId: input.environmentId, key: input.key, generation: row.generation })
    .onConflictDoUpdate({
      target: [segmentGenerations.environmentId, segmentGenerations.key],
      set: { generation: sql`greatest(${segmentGenerations.generation}, excluded.generation)` },
    });
  return row;
}

export interface NewSegment {
  projectKey: string;
  environmentKey: string;
  key: string;
  name: string;
  description?: string | null | undefined;
  tags?: readonly string[] | null | undefined;
  kind: SegmentKind;
  contextKind?: string | null | undefined;
  rules?: readonly RuleInput[] | null | undefined;
}

/** Creates a list- or rule-based segment; synced segments are created by their sync. */
export async function createSegment(db: Db, input: NewSegment): Promise<SegmentRow> {
  const contextKind = input.contextKind ?? "user";
  assertValid(
    keyProblem("input.key", input.key),
    nameProblem("input.name", input.name),
    descriptionProblem("input.description", input.description ?? ""),
    contextKindProblem("input.contextKind", contextKind),
    input.kind === "SYNCED"
      ? { field: "input.kind", message: "synced segments are created by a cohort sync" }
      : null,
    ...tagProblems("input.tags", input.tags ?? []),
  );
  const rules = normalizeRules("input.rules", input.rules ?? []);
  const environment = await getEnvironment(db, input.projectKey, input.environmentKey);
  return db.transaction((tx) =>
    insertSegment(tx as unknown as Db, {
      environmentId: environment.id,
      projectKey: environment.projectKey,
      environmentKey: environment.key,
      key: input.key,
      name: input.name.trim(),
      description: input.description ?? "",
      tags: [...(input.tags ?? [])],
      kind: input.kind,
      contextKind,
      rules,
    }),
  );
}

export interface SegmentChanges {
  name?: string | null | undefined;
  description?: string | null | undefined;
  tags?: readonly string[] | null | undefined;
}

/** Which fields a change sets, for the actions it needs (`updateName`, ...). */
export function fieldsGiven(changes: SegmentChanges): EditableField[] {
  return (["name", "description", "tags"] as const).filter((f) => changes[f] != null);
}

/**
 * Changes name, description and tags. Fields equal to the current value are not changes: they do not
 * bump the version or, on a synced segment, take the field away from later syncs.
 */
export async function updateSegment(
  db: Db,
  address: SegmentAddress,
  changes: SegmentChanges,
): Promise<SegmentRow> {
  const given = fieldsGiven(changes);
  if (given.length === 0) {
    throw new InvalidInputError([
      { field: "input", message: "give at least one of name, description, tags" },
    ]);
  }
  assertValid(
    changes.name != null ? nameProblem("input.name", changes.name) : null,
    changes.description != null ? descriptionProblem("input.description", changes.description) : null,
    ...(changes.tags != null ? tagProblems("input.tags", changes.tags) : []),
  );
  const next = {
    name: changes.name?.trim(),
    description: changes.description ?? undefined,
    tags: changes.tags != null ? normalizeTags(changes.tags) : undefined,
  };
  return db.transaction(async (tx) => {
    const current = await lockSegment(tx as unknown as Db, address);
    const changed = given.filter((field) =>
      field === "tags"
        ? JSON.stringify(next.tags) !== JSON.stringify(normalizeTags(current.tags))
        : next[field] !== current[field],
    );
    if (changed.length === 0) return current;
    const editedFields =
      current.kind === "SYNCED"
        ? [...new Set([...current.editedFields, ...changed])].sort()
        : current.editedFields;
    const [row] = await tx
      .update(segments)
      .set({
        ...(changed.includes("name") ? { name: next.name } : {}),
        ...(changed.includes("description") ? { description: next.description } : {}),
        ...(changed.includes("tags") ? { tags: next.tags } : {}),
        editedFields,
        version: sql`${segments.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(segments.id, current.id))
      .returning();
    return row!;
  });
}

/** Replaces a list- or rule-based segment's rules. Synced segments are managed by their source. */
export async function updateSegmentRules(
  db: Db,
  address: SegmentAddress,
  input: readonly RuleInput[],
): Promise<SegmentRow> {
  const rules = normalizeRules("rules", input);
  return db.transaction(async (tx) => {
    const current = await lockSegment(tx as unknown as Db, address);
    if (current.kind === "SYNCED") {
      throw new ManagedBySourceError(
        `segment "${current.key}" is synced from a cohort; its rules cannot be edited`,
      );
    }
    const [row] = await tx
      .update(segments)
      .set({ rules, version: sql`${segments.version} + 1`, updatedAt: sql`now()` })
      .where(eq(segments.id, current.id))
      .returning();
    return row!;
  });
}

/**
 * Deletes a segment and its targets. A synced segment whose cohort sync still exists is refused:
 * the sync would only create it again.
 */
export async function deleteSegment(db: Db, address: SegmentAddress): Promise<SegmentRow> {
  return db.transaction(async (tx) => {
    const current = await lockSegment(tx as unknown as Db, address);
    if (current.kind === "SYNCED" && current.sourceSyncId) {
      const [sync] = await tx
        .select({ id: cohortSyncs.id })
        .from(cohortSyncs)
        .where(eq(cohortSyncs.id, current.sourceSyncId));
      if (sync) {
        throw new ManagedBySourceError(
          `segment "${current.key}" is managed by cohort sync ${sync.id}; delete the cohort sync first`,
        );
      }
    }
    await tx.delete(segments).where(eq(segments.id, current.id));
    return current;
  });
}
