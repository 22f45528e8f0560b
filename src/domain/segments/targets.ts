// Individually targeted context keys of a segment: writes with counts kept in the same
// transaction, membership lookups, and keyset pages that stay correct while keys are added.
import { and, eq, type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client.ts";
import { segments, segmentTargets } from "../../db/schema.ts";
import { type FieldProblem, InvalidInputError, ManagedBySourceError } from "../errors.ts";
import { contextKeyProblem } from "./rules.ts";
import { environmentIdSql, lockSegment, type SegmentAddress, type SegmentRow } from "./store.ts";

export interface TargetChanges {
  addIncluded?: readonly string[] | null | undefined;
  removeIncluded?: readonly string[] | null | undefined;
  addExcluded?: readonly string[] | null | undefined;
  removeExcluded?: readonly string[] | null | undefined;
}

export interface SegmentTarget {
  contextKey: string;
  /** true: individually included; false: individually excluded. */
  included: boolean;
}

const LISTS = ["addIncluded", "removeIncluded", "addExcluded", "removeExcluded"] as const;
/** Listing every bad key of a 10,000-key batch would drown the message. */
const MAX_REPORTED_PROBLEMS = 20;

/** A text[] parameter, for `unnest`: one parameter however many keys. */
export function textArray(values: readonly string[]): SQL {
  return sql`${sql.param(values)}::text[]`;
}

/** Which lists a change touches, for the actions it needs (`updateIncluded`, `updateExcluded`). */
export function listsChanged(changes: TargetChanges): { included: boolean; excluded: boolean } {
  return {
    included: (changes.addIncluded?.length ?? 0) + (changes.removeIncluded?.length ?? 0) > 0,
    excluded: (changes.addExcluded?.length ?? 0) + (changes.removeExcluded?.length ?? 0) > 0,
  };
}

function validateChanges(
  changes: TargetChanges,
  maxTargets: number,
): Record<(typeof LISTS)[number], string[]> {
  const lists = Object.fromEntries(LISTS.map((name) => [name, [...new Set(changes[name] ?? [])]])) as Record<
    (typeof LISTS)[number],
    string[]
  >;
  const total = LISTS.reduce((sum, name) => sum + (changes[name]?.length ?? 0), 0);
  if (total === 0) {
    throw new InvalidInputError([
      { field: "input", message: "give at least one context key to add or remove" },
    ]);
  }
  if (total > maxTargets) {
    throw new InvalidInputError([
      {
        field: "input",
        message: `${total} context keys in one mutation; at most ${maxTargets} are allowed, send them in batches`,
      },
    ]);
  }
  const problems: FieldProblem[] = [];
  for (const name of LISTS) {
    (changes[name] ?? []).forEach((key, i) => {
      const problem = contextKeyProblem(`input.${name}[${i}]`, key);
      if (problem) problems.push(problem);
    });
  }
  const clash = (a: (typeof LISTS)[number], b: (typeof LISTS)[number]) => {
    const other = new Set(lists[b]);
    const both = lists[a].filter((key) => other.has(key));
    if (both.length > 0) {
      problems.push({ field: `input.${a}`, message: `"${both[0]!.slice(0, 64)}" is also in ${b}` });
    }
  };
  clash("addIncluded", "addExcluded");
  clash("addIncluded", "removeIncluded");
  clash("addExcluded", "removeExcluded");
  if (problems.length > 0) throw new InvalidInputError(problems.slice(0, MAX_REPORTED_PROBLEMS));
  return lists;
}

async function removeKeys(db: Db, segmentId: string, keys: string[], included: boolean): Promise<number> {
  if (keys.length === 0) return 0;
  const [row] = await queryRows<{ removed: number }>(
    db,
    sql`with gone as (
      delete from ${segmentTargets}
      where segment_id = ${segmentId} and included = ${included}
        and context_key in (select unnest(${textArray(keys)}))
      returning 1
    ) select count(*)::int as removed from gone`,
  );
  return row?.removed ?? 0;
}

/**
 * Puts keys in one list. Returns how many were added to it and how many of those moved from the
 * other list. The segment row is locked by the caller, so the `before` snapshot is current.
 */
async function addKeys(
  db: Db,
  segmentId: string,
  keys: string[],
  included: boolean,
): Promise<{ added: number; moved: number }> {
  if (keys.length === 0) return { added: 0, moved: 0 };
  const [row] = await queryRows<{ added: number; moved: number }>(
    db,
    sql`with input as (select unnest(${textArray(keys)}) as context_key),
    before as (
      select t.context_key from ${segmentTargets} t join input using (context_key)
      where t.segment_id = ${segmentId}
    ),
    written as (
      insert into ${segmentTargets} (segment_id, context_key, included)
      select ${segmentId}, context_key, ${included} from input
      on conflict (segment_id, context_key) do update set included = excluded.included
        where ${segmentTargets.included} <> excluded.included
      returning context_key
    )
    select count(*)::int as added, count(before.context_key)::int as moved
    from written left join before using (context_key)`,
  );
  return { added: row?.added ?? 0, moved: row?.moved ?? 0 };
}

/**
 * Adds and removes individually included and excluded keys of a list- or rule-based segment, in
 * one transaction with its counts. Removals run first, so "remove from excluded, add to included"
 * moves a key. A key is in at most one list: adding it to one takes it out of the other.
 */
export async function updateSegmentTargets(
  db: Db,
  address: SegmentAddress,
  changes: TargetChanges,
  maxTargets: number,
): Promise<SegmentRow> {
  const lists = validateChanges(changes, maxTargets);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await lockSegment(tx, address);
    if (current.kind === "SYNCED") {
      throw new ManagedBySourceError(
        `segment "${current.key}" is synced from a cohort; its targets are managed by the sync`,
      );
    }
    let included = -(await removeKeys(tx, current.id, lists.removeIncluded, true));
    let excluded = -(await removeKeys(tx, current.id, lists.removeExcluded, false));
    const changedBefore = included !== 0 || excluded !== 0;
    const toIncluded = await addKeys(tx, current.id, lists.addIncluded, true);
    included += toIncluded.added;
    excluded -= toIncluded.moved;
    const toExcluded = await addKeys(tx, current.id, lists.addExcluded, false);
    excluded += toExcluded.added;
    included -= toExcluded.moved;
    if (!changedBefore && toIncluded.added === 0 && toExcluded.added === 0) return current;
    const [row] = await tx
      .update(segments)
      .set({
        includedCount: sql`${segments.includedCount} + ${included}`,
        excludedCount: sql`${segments.excludedCount} + ${excluded}`,
        version: sql`${segments.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(segments.id, current.id))
      .returning();
    return row!;
  });
}

export interface TargetPageRequest {
  /** Only keys after this one (exclusive), in key order. */
  after?: string | null | undefined;
  /** Only keys before this one (exclusive). */
  before?: string | null | undefined;
  limit: number;
  /** Read from the end backwards (for `last`); rows come back in descending key order. */
  inverted?: boolean;
  /** Only included (true) or only excluded (false) keys; both when null. */
  included?: boolean | null | undefined;
}

/**
 * One page of targets in key order. Positions are keys, not offsets, so keys added or removed
 * while someone pages never cause a repeat or skip a key that stayed.
 */
export async function targetPage(
  db: Db,
  segmentId: string,
  page: TargetPageRequest,
): Promise<SegmentTarget[]> {
  const conditions = [sql`segment_id = ${segmentId}`];
  if (page.included != null) conditions.push(sql`included = ${page.included}`);
  if (page.after != null) conditions.push(sql`context_key > ${page.after}`);
  if (page.before != null) conditions.push(sql`context_key < ${page.before}`);
  const rows = await queryRows<{ context_key: string; included: boolean }>(
    db,
    sql`select context_key, included from ${segmentTargets}
    where ${sql.join(conditions, sql` and `)}
    order by context_key ${page.inverted ? sql`desc` : sql`asc`}
    limit ${page.limit}`,
  );
  return rows.map((r) => ({ contextKey: r.context_key, included: r.included }));
}

export interface ContextMembership {
  segment: SegmentRow;
  included: boolean;
}

/**
 * The segments of an environment that target a context key of a kind, found through the
 * `segment_targets_context_key` index and limited by `visible` (a condition on `segments`), by key.
 */
export async function contextMemberships(
  db: Db,
  query: {
    projectKey: string;
    environmentKey: string;
    contextKey: string;
    contextKind: string;
    included?: boolean | null | undefined;
  },
  visible: SQL,
): Promise<ContextMembership[]> {
  if (contextKeyProblem("contextKey", query.contextKey)) return [];
  return db
    .select({ segment: segments, included: segmentTargets.included })
    .from(segmentTargets)
    .innerJoin(segments, eq(segments.id, segmentTargets.segmentId))
    .where(
      and(
        eq(segmentTargets.contextKey, query.contextKey),
        eq(segments.environmentId, environmentIdSql(query.projectKey, query.environmentKey)),
        eq(segments.contextKind, query.contextKind),
        query.included != null ? eq(segmentTargets.included, query.included) : undefined,
        visible,
      ),
    )
    .orderBy(segments.key);
}
