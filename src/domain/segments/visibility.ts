// The policy check `isAllowed(policy, action, resource.segment(...))` as a SQL condition, so lists
// are filtered in the database before paging instead of page by page in JavaScript.
import { type SQL, sql } from "drizzle-orm";
import { type Action, isAllowed, type PolicyStatement } from "../policy.ts";

/** A condition known in JavaScript (true/false) or left to the database. */
type Condition = boolean | SQL;

function or(conditions: Condition[]): Condition {
  if (conditions.includes(true)) return true;
  const open = conditions.filter((c): c is SQL => c !== false);
  if (open.length === 0) return false;
  return open.length === 1 ? open[0]! : sql`(${sql.join(open, sql` or `)})`;
}

function and(a: Condition, b: Condition): Condition {
  if (a === false || b === false) return false;
  if (a === true) return b;
  if (b === true) return a;
  return sql`(${a} and ${b})`;
}

function not(a: Condition): Condition {
  return typeof a === "boolean" ? !a : sql`(not ${a})`;
}

/** The glob as a LIKE pattern: `*` is any run of characters, everything else is literal. */
export function globToLike(glob: string): string {
  return glob.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\*/g, "%");
}

function anyGlob(resourceSql: SQL, globs: readonly string[]): Condition {
  return or(globs.map((g) => (/^\*+$/.test(g) ? true : sql`${resourceSql} like ${globToLike(g)}`)));
}

// Mirrors policy.ts: a statement with neither list applies to nothing.
function resourcesApply(s: PolicyStatement, resourceSql: SQL): Condition {
  if (s.resources === undefined && s.notResources === undefined) return false;
  const positive = s.resources === undefined ? true : anyGlob(resourceSql, s.resources);
  const negative = s.notResources === undefined ? true : not(anyGlob(resourceSql, s.notResources));
  return and(positive, negative);
}

// Whether the statement names the action is decided in JavaScript by policy.ts itself: the same
// statement with its resources widened to everything applies exactly when its actions do.
function actionApplies(s: PolicyStatement, action: Action): boolean {
  const actionsOnly: PolicyStatement = { effect: "allow", resources: ["*"] };
  if (s.actions) actionsOnly.actions = s.actions;
  if (s.notActions) actionsOnly.notActions = s.notActions;
  return isAllowed([actionsOnly], action, "any");
}

/**
 * SQL that is true exactly when `isAllowed(policy, action, <resource>)` would be, for a resource
 * computed by `resourceSql` per row: some allow statement applies and no deny statement does.
 */
export function allowedSql(policy: readonly PolicyStatement[], action: Action, resourceSql: SQL): SQL {
  const statements = policy.filter((s) => actionApplies(s, action));
  const allows = or(
    statements.filter((s) => s.effect === "allow").map((s) => resourcesApply(s, resourceSql)),
  );
  const denies = or(statements.filter((s) => s.effect === "deny").map((s) => resourcesApply(s, resourceSql)));
  const result = and(allows, not(denies));
  return typeof result === "boolean" ? (result ? sql`true` : sql`false`) : result;
}

/** A segment's resource specifier (`proj/p:env/e:segment/k`) from its columns. */
export function segmentResourceSql(columns: {
  projectKey: unknown;
  environmentKey: unknown;
  key: unknown;
}): SQL {
  return sql`('proj/' || ${columns.projectKey} || ':env/' || ${columns.environmentKey} || ':segment/' || ${columns.key})`;
}

/** Rows of `segments` (or an alias with the same columns) the policy may read. */
export function readableSegmentsSql(
  policy: readonly PolicyStatement[],
  columns: { projectKey: unknown; environmentKey: unknown; key: unknown },
): SQL {
  return allowedSql(policy, "read", segmentResourceSql(columns));
}
