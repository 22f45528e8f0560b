/** Cohorts and their members, written through the API. CSV import and Amplitude refresh live beside this. */
import { and, asc, eq, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client.ts";
import { cohortMembers, cohortSyncs, cohorts } from "../../db/schema.ts";
import { ConflictError, type FieldProblem, InvalidInputError, ManagedBySourceError } from "../errors.ts";
import { assertValid, nameProblem } from "../keys.ts";
import { isAllowed, type PolicyStatement, resource } from "../policy.ts";
import { contextKeyExpression, userKeyPropertyProblem } from "./mapping.ts";
import {
  type MemberInput,
  type MemberLimits,
  type MemberRefInput,
  memberKeysOf,
  validateMembers,
} from "./member-input.ts";
import { adjustMemberCount, type CohortRow, deleteMembers, lockCohort, upsertMembers } from "./members.ts";

export type { CohortRow, MemberInput, MemberLimits, MemberRefInput };
export type CohortMemberRow = typeof cohortMembers.$inferSelect;

export const MAX_DESCRIPTION_LENGTH = 4096;
export const MAX_EXTERNAL_ID_LENGTH = 256;

export interface NewCohort {
  name: string;
  description?: string | null | undefined;
  /** Links the new cohort to this Amplitude cohort id. */
  amplitudeCohortId?: string | null | undefined;
}

function descriptionProblem(field: string, description: string | null | undefined): FieldProblem | null {
  if (description && description.length > MAX_DESCRIPTION_LENGTH) {
    return { field, message: `must be at most ${MAX_DESCRIPTION_LENGTH} characters` };
  }
  return null;
}

export function externalIdProblem(field: string, externalId: string): FieldProblem | null {
  if (externalId.trim() === "") return { field, message: "must not be blank" };
  if (externalId.length > MAX_EXTERNAL_ID_LENGTH) {
    return { field, message: `must be at most ${MAX_EXTERNAL_ID_LENGTH} characters` };
  }
  if (/[\s/]/.test(externalId)) return { field, message: "must not contain whitespace or '/'" };
  return null;
}

export async function createCohort(db: Db, input: NewCohort, createdById: string | null): Promise<CohortRow> {
  const externalId = input.amplitudeCohortId ?? null;
  assertValid(
    nameProblem("name", input.name),
    descriptionProblem("description", input.description),
    externalId === null ? null : externalIdProblem("amplitudeCohortId", externalId),
  );
  const [row] = await db
    .insert(cohorts)
    .values({
      name: input.name.trim(),
      description: input.description?.trim() ?? "",
      sourceKind: externalId === null ? "BUILT_IN" : "AMPLITUDE",
      externalId,
      createdById,
    })
    .returning();
  return row!;
}

export async function updateCohort(
  db: Db,
  cohortId: string,
  input: { name?: string | null | undefined; description?: string | null | undefined },
): Promise<CohortRow> {
  assertValid(
    input.name == null ? null : nameProblem("name", input.name),
    descriptionProblem("description", input.description),
  );
  return db.transaction(async (tx) => {
    await lockCohort(tx as unknown as Db, cohortId);
    const [row] = await tx
      .update(cohorts)
      .set({
        ...(input.name == null ? {} : { name: input.name.trim() }),
        ...(input.description == null ? {} : { description: input.description.trim() }),
        updatedAt: sql`now()`,
      })
      .where(eq(cohorts.id, cohortId))
      .returning();
    return row!;
  });
}

/** Makes the cohort a copy of an Amplitude cohort: refreshes will replace its members. */
export async function linkAmplitudeCohort(db: Db, cohortId: string, externalId: string): Promise<CohortRow> {
  assertValid(externalIdProblem("externalId", externalId));
  return db.transaction(async (tx) => {
    await lockCohort(tx as unknown as Db, cohortId);
    const [row] = await tx
      .update(cohorts)
      .set({ sourceKind: "AMPLITUDE", externalId, updatedAt: sql`now()` })
      .where(eq(cohorts.id, cohortId))
      .returning();
    return row!;
  });
}

/** Refuses while cohort syncs use the cohort; members go with it. */
export async function deleteCohort(db: Db, cohortId: string): Promise<CohortRow> {
  return db.transaction(async (tx) => {
    const cohort = await lockCohort(tx as unknown as Db, cohortId);
    const syncs = await tx
      .select({ id: cohortSyncs.id })
      .from(cohortSyncs)
      .where(eq(cohortSyncs.cohortId, cohortId))
      .orderBy(asc(cohortSyncs.id));
    if (syncs.length > 0) {
      throw new ConflictError(
        `cohort "${cohort.name}" is used by cohort sync${syncs.length === 1 ? "" : "s"} ${syncs
          .map((s) => s.id)
          .join(", ")}; delete ${syncs.length === 1 ? "it" : "them"} first`,
      );
    }
    await tx.delete(cohorts).where(eq(cohorts.id, cohortId));
    return cohort;
  });
}

/** Members of an Amplitude cohort come only from Amplitude; edits would be lost at the next refresh. */
export function assertBuiltIn(cohort: CohortRow): void {
  if (cohort.sourceKind !== "BUILT_IN") {
    throw new ManagedBySourceError(
      `cohort "${cohort.name}" is refreshed from Amplitude cohort ${cohort.externalId}; its members cannot be changed directly`,
    );
  }
}

export interface MembershipChange {
  cohort: CohortRow;
  inserted: number;
  updated: number;
  removed: number;
}

/** Upserts members by member key. */
export async function addCohortMembers(
  db: Db,
  cohortId: string,
  input: readonly MemberInput[],
  limits: MemberLimits,
): Promise<MembershipChange> {
  const members = validateMembers(input, limits);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const cohort = await lockCohort(t, cohortId);
    assertBuiltIn(cohort);
    const counts = await upsertMembers(t, cohortId, members);
    const memberCount = await adjustMemberCount(t, cohortId, counts.inserted);
    return { cohort: { ...cohort, memberCount }, ...counts, removed: 0 };
  });
}

/** Removes members named by member key or by the ids they were added with; unknown ones are ignored. */
export async function removeCohortMembers(
  db: Db,
  cohortId: string,
  refs: readonly MemberRefInput[],
  limits: MemberLimits,
): Promise<MembershipChange> {
  const keys = memberKeysOf(refs, limits);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const cohort = await lockCohort(t, cohortId);
    assertBuiltIn(cohort);
    const removed = await deleteMembers(t, cohortId, keys);
    const memberCount = await adjustMemberCount(t, cohortId, -removed);
    return { cohort: { ...cohort, memberCount }, inserted: 0, updated: 0, removed };
  });
}

export const MISSING_KEY_SAMPLE_SIZE = 20;

export interface MissingKeyReport {
  userKeyProperty: string;
  missingCount: number;
  sample: CohortMemberRow[];
}

/** Members whose mapped property is missing or empty: they would be left out of a synced segment. */
export async function missingKeyReport(
  db: Db,
  cohortId: string,
  userKeyProperty: string,
  sampleSize = MISSING_KEY_SAMPLE_SIZE,
): Promise<MissingKeyReport> {
  const problem = userKeyPropertyProblem(userKeyProperty);
  if (problem) throw new InvalidInputError([{ field: "userKeyProperty", message: problem }]);
  // One scan on purpose: this is an on-demand report over an arbitrary mapping, nothing to maintain.
  const missing = sql`${contextKeyExpression(userKeyProperty, "cohort_members")} is null`;
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from cohort_members where cohort_id = ${cohortId}::uuid and ${missing}`,
  );
  const sample = await db
    .select()
    .from(cohortMembers)
    .where(and(eq(cohortMembers.cohortId, cohortId), missing))
    .orderBy(asc(cohortMembers.memberKey))
    .limit(sampleSize);
  return { userKeyProperty, missingCount: count?.n ?? 0, sample };
}

/**
 * Ids of the cohorts the policy may read, or null when it may read them all (so callers skip the
 * filter). Only plain allow statements are trusted for the shortcut: a deny or a notResources
 * statement can carve out single cohorts that a check of `cohort/*` does not see.
 */
export async function readableCohortIds(
  db: Db,
  policy: readonly PolicyStatement[],
): Promise<string[] | null> {
  const simple = policy.every((s) => s.effect === "allow" && s.notResources === undefined);
  if (simple && isAllowed(policy, "read", resource.cohort("*"))) return null;
  const rows = await db.select({ id: cohorts.id }).from(cohorts);
  return rows.map((r) => r.id).filter((id) => isAllowed(policy, "read", resource.cohort(id)));
}
