// Access policies in LaunchDarkly's custom-role syntax. Kept free of I/O and dependencies so that
// resolvers and subscriptions apply exactly the same rules, and so the rules can be tested as plain data.

export const ACTIONS = [
  "read",
  "createSegment",
  "deleteSegment",
  "updateName",
  "updateDescription",
  "updateTags",
  "updateIncluded",
  "updateExcluded",
  "updateRules",
  "createDestination",
  "updateDestination",
  "deleteDestination",
  "createCohort",
  "updateCohort",
  "updateCohortMembers",
  "deleteCohort",
  "createCohortSync",
  "updateCohortSync",
  "runCohortSync",
  "deleteCohortSync",
  "createProject",
  "updateProject",
  "deleteProject",
  "createEnvironment",
  "updateEnvironment",
  "deleteEnvironment",
  "createAccessToken",
  "revokeAccessToken",
] as const;

export type Action = (typeof ACTIONS)[number];

export const ACTION_DESCRIPTIONS: Record<Action, string> = {
  read: "See the resource in queries and subscriptions.",
  createSegment: "Create a segment in an environment.",
  deleteSegment: "Delete a segment.",
  updateName: "Rename a segment.",
  updateDescription: "Change a segment's description.",
  updateTags: "Change a segment's tags.",
  updateIncluded: "Add or remove individually included context keys of a segment.",
  updateExcluded: "Add or remove individually excluded context keys of a segment.",
  updateRules: "Change a segment's targeting rules.",
  createDestination: "Create a destination that receives segment changes from an environment.",
  updateDestination: "Change a destination's configuration or turn it on or off.",
  deleteDestination: "Delete a destination.",
  createCohort: "Create an analytics cohort.",
  updateCohort: "Change a cohort's name, description or link to its analytics source.",
  updateCohortMembers: "Add or remove members of a cohort.",
  deleteCohort: "Delete a cohort.",
  createCohortSync: "Create a sync that copies a cohort into a segment.",
  updateCohortSync: "Change a cohort sync's target, schedule or settings.",
  runCohortSync: "Start a cohort sync immediately.",
  deleteCohortSync: "Delete a cohort sync.",
  createProject: "Create a project.",
  updateProject: "Change a project's name or settings.",
  deleteProject: "Delete a project and everything in it.",
  createEnvironment: "Create an environment in a project.",
  updateEnvironment: "Change an environment's name or settings.",
  deleteEnvironment: "Delete an environment and everything in it.",
  createAccessToken: "Create an access token.",
  revokeAccessToken: "Revoke an access token.",
};

export type Effect = "allow" | "deny";

export interface PolicyStatement {
  effect: Effect;
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
}

export type BuiltInRole = "READER" | "WRITER" | "MANAGER" | "ADMIN";

const SEGMENT_ACTIONS: Action[] = [
  "createSegment",
  "deleteSegment",
  "updateName",
  "updateDescription",
  "updateTags",
  "updateIncluded",
  "updateExcluded",
  "updateRules",
];
const COHORT_ACTIONS: Action[] = ["createCohort", "updateCohort", "updateCohortMembers", "deleteCohort"];
const SYNC_ACTIONS: Action[] = ["createCohortSync", "updateCohortSync", "runCohortSync", "deleteCohortSync"];
const DESTINATION_ACTIONS: Action[] = ["createDestination", "updateDestination", "deleteDestination"];

const READER: readonly PolicyStatement[] = [{ effect: "allow", actions: ["read"], resources: ["*"] }];
const WRITER: readonly PolicyStatement[] = [
  ...READER,
  { effect: "allow", actions: SEGMENT_ACTIONS, resources: ["proj/*:env/*:segment/*"] },
  { effect: "allow", actions: COHORT_ACTIONS, resources: ["cohort/*"] },
  { effect: "allow", actions: SYNC_ACTIONS, resources: ["cohort/*:sync/*"] },
];
const MANAGER: readonly PolicyStatement[] = [
  ...WRITER,
  { effect: "allow", actions: DESTINATION_ACTIONS, resources: ["proj/*:env/*:destination/*"] },
];
const ADMIN: readonly PolicyStatement[] = [{ effect: "allow", actions: ["*"], resources: ["*"] }];

// Frozen because these objects are shared by every caller; effectivePolicy hands out copies.
export const BUILT_IN_ROLE_POLICIES: Record<BuiltInRole, readonly PolicyStatement[]> = Object.freeze({
  READER: deepFreeze(READER),
  WRITER: deepFreeze(WRITER),
  MANAGER: deepFreeze(MANAGER),
  ADMIN: deepFreeze(ADMIN),
});

// Derived from the action lists above so the documentation cannot drift from what the roles grant.
export const BUILT_IN_ROLE_DESCRIPTIONS: Record<BuiltInRole, string> = {
  READER: "Only read, on every resource (*).",
  WRITER:
    `Everything READER can do, plus ${SEGMENT_ACTIONS.join(", ")} on every segment (proj/*:env/*:segment/*); ` +
    `${COHORT_ACTIONS.join(", ")} on every cohort (cohort/*); ` +
    `and ${SYNC_ACTIONS.join(", ")} on every cohort sync (cohort/*:sync/*).`,
  MANAGER: `Everything WRITER can do, plus ${DESTINATION_ACTIONS.join(", ")} on every destination (proj/*:env/*:destination/*).`,
  ADMIN: "Every action (*) on every resource (*), including projects, environments and access tokens.",
};

function deepFreeze(statements: readonly PolicyStatement[]): readonly PolicyStatement[] {
  for (const s of statements) {
    for (const list of [s.actions, s.notActions, s.resources, s.notResources]) if (list) Object.freeze(list);
    Object.freeze(s);
  }
  return Object.freeze(statements);
}

function copyStatement(s: PolicyStatement): PolicyStatement {
  const out: PolicyStatement = { effect: s.effect };
  if (s.actions) out.actions = [...s.actions];
  if (s.notActions) out.notActions = [...s.notActions];
  if (s.resources) out.resources = [...s.resources];
  if (s.notResources) out.notResources = [...s.notResources];
  return out;
}

// Plain formatting: keys are validated where they are created (domain/keys.ts forbids ":"), and
// lookups with a bad key must fail as "not found", not as an exception thrown from here.
export const resource = {
  project: (p: string): string => `proj/${p}`,
  environment: (p: string, e: string): string => `${resource.project(p)}:env/${e}`,
  segment: (p: string, e: string, s: string): string => `${resource.environment(p, e)}:segment/${s}`,
  destination: (p: string, e: string, d: string): string => `${resource.environment(p, e)}:destination/${d}`,
  cohort: (c: string): string => `cohort/${c}`,
  cohortSync: (c: string, s: string): string => `${resource.cohort(c)}:sync/${s}`,
  token: (t: string): string => `token/${t}`,
};

// Hand-written rather than a regex built from the glob: with k stars a backtracking regex can take
// O(text^k) on input like "*a*a*a*b", while this is O(pattern * text) at worst and linear in practice.
// `onStep` lets a caller with a work budget count the steps.
export function globMatch(pattern: string, text: string, onStep?: () => void): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    onStep?.();
    if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      resume = t;
    } else if (p < pattern.length && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (star !== -1) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}

// Positions in `pattern` (0..length) the glob can be at after consuming exactly `text`. Position i < length
// means the rest pattern.slice(i) is still to be matched, so some continuation of `text` matches.
function statesAfter(pattern: string, text: string): number[] {
  const close = (states: Set<number>): Set<number> => {
    for (const i of states) if (pattern[i] === "*") states.add(i + 1);
    return states;
  };
  let current = close(new Set([0]));
  for (let t = 0; t < text.length && current.size > 0; t++) {
    const next = new Set<number>();
    for (const i of current) {
      if (pattern[i] === "*") next.add(i);
      else if (i < pattern.length && pattern[i] === text[t]) next.add(i + 1);
    }
    current = close(next);
  }
  return [...current];
}

/** True when the glob matches at least one string `prefix + ":" + x` with x non-empty. */
function reachesBelow(pattern: string, prefix: string): boolean {
  return statesAfter(pattern, `${prefix}:`).some((i) => i < pattern.length);
}

/**
 * True when the glob matches every string `prefix + ":" + x` with x non-empty. Checking a single leftover
 * character is enough: a character that occurs nowhere in the pattern can only be eaten by a trailing
 * run of stars, and such a run eats anything.
 */
function coversBelow(pattern: string, prefix: string): boolean {
  return statesAfter(pattern, `${prefix}:`).some((i) => i < pattern.length && /^\*+$/.test(pattern.slice(i)));
}

// Combines a positive and a negated list. A statement with neither list applies to nothing: unvalidated
// input must not turn into a grant by omission.
function listApplies(
  list: readonly string[] | undefined,
  notList: readonly string[] | undefined,
  some: (g: string) => boolean,
  notSome: (g: string) => boolean,
): boolean {
  if (list === undefined && notList === undefined) return false;
  return (list === undefined || list.some(some)) && (notList === undefined || !notList.some(notSome));
}

function actionApplies(s: PolicyStatement, action: string): boolean {
  const m = (g: string) => globMatch(g, action);
  return listApplies(s.actions, s.notActions, m, m);
}

function statementApplies(s: PolicyStatement, action: string, res: string): boolean {
  const m = (g: string) => globMatch(g, res);
  return actionApplies(s, action) && listApplies(s.resources, s.notResources, m, m);
}

export function isAllowed(policy: readonly PolicyStatement[], action: Action, res: string): boolean {
  let allowed = false;
  for (const s of policy) {
    if (!statementApplies(s, action, res)) continue;
    if (s.effect === "deny") return false;
    if (s.effect === "allow") allowed = true;
  }
  return allowed;
}

/**
 * Whether `prefix` should be listed: the caller can read `prefix` itself, or possibly something below it.
 *
 * Rule: visible if isAllowed(read, prefix); otherwise visible if some read-allow statement can match a
 * string `prefix:x` (a resource glob that can match one, or notResources none of which matches all of
 * them) and no read-deny statement matches every `prefix:x` (a resource glob that matches them all, or
 * notResources none of which can match any). So a deny like `proj/default:env/production*` hides the
 * production environment, while `read` on `proj/default:env/test:*` still shows `proj/default`.
 *
 * This never hides a container with a readable descendant. It can over-report when the readable part of
 * the subtree is removed by several denies that each cover only part of it; listings of the children
 * still go through isAllowed, so at most the container's own name is shown.
 */
export function canReadWithin(policy: readonly PolicyStatement[], resourcePrefix: string): boolean {
  if (isAllowed(policy, "read", resourcePrefix)) return true;
  const reads = policy.filter((s) => actionApplies(s, "read"));
  const reaches = (g: string) => reachesBelow(g, resourcePrefix);
  const covers = (g: string) => coversBelow(g, resourcePrefix);
  const someAllowReaches = reads.some(
    (s) => s.effect === "allow" && listApplies(s.resources, s.notResources, reaches, covers),
  );
  if (!someAllowReaches) return false;
  return !reads.some((s) => s.effect === "deny" && listApplies(s.resources, s.notResources, covers, reaches));
}

export function effectivePolicy(
  roles: readonly BuiltInRole[],
  custom: readonly PolicyStatement[],
): PolicyStatement[] {
  return [...new Set(roles)]
    .flatMap((r) => BUILT_IN_ROLE_POLICIES[r])
    .concat(custom)
    .map(copyStatement);
}

export interface PolicyProblem {
  /** 0-based statement index, or -1 for problems with the policy as a whole. */
  statement: number;
  field: "effect" | "actions" | "notActions" | "resources" | "notResources" | "statement";
  message: string;
}

export const MAX_POLICY_STATEMENTS = 100;
export const MAX_RESOURCE_LENGTH = 512;
const RESOURCE_TYPES = ["proj", "env", "segment", "destination", "cohort", "sync", "token"];
const STATEMENT_KEYS = new Set(["effect", "actions", "notActions", "resources", "notResources"]);

// Echoing user input into messages is useful, but not unbounded.
function quote(value: string): string {
  return JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}…` : value);
}

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function actionProblem(entry: string): string | undefined {
  if (ACTIONS.some((a) => globMatch(entry, a))) return undefined;
  return `${quote(entry)} ${entry.includes("*") ? "matches no known action" : "is not a known action"}`;
}

function resourceProblem(entry: string): string | undefined {
  if (entry === "") return "must not be empty";
  if (entry.length > MAX_RESOURCE_LENGTH) {
    return `is ${entry.length} characters long; at most ${MAX_RESOURCE_LENGTH} are allowed`;
  }
  for (const part of entry.split(":")) {
    if (part === "*") continue;
    const slash = part.indexOf("/");
    if (slash === -1)
      return `${quote(entry)} has part ${quote(part)}, which is not of the form type/name or *`;
    const type = part.slice(0, slash);
    if (type !== "*" && !RESOURCE_TYPES.includes(type)) {
      return `${quote(entry)} has unknown resource type ${quote(type)}; expected one of ${RESOURCE_TYPES.join(", ")} or *`;
    }
    if (slash === part.length - 1) return `${quote(entry)} has part ${quote(part)} with an empty name`;
  }
  return undefined;
}

type ListField = "actions" | "resources";

function validateStatement(
  raw: unknown,
  index: number,
  problems: PolicyProblem[],
): PolicyStatement | undefined {
  const at = `statement ${index}`;
  const report = (field: PolicyProblem["field"], message: string) =>
    problems.push({ statement: index, field, message: `${at}: ${message}` });
  if (!isPlainObject(raw)) {
    report("statement", `must be an object, got ${kindOf(raw)}`);
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(raw)) {
    if (!STATEMENT_KEYS.has(key)) report("statement", `unknown key ${quote(key)}`);
  }
  const { effect } = raw;
  if (effect !== "allow" && effect !== "deny") {
    report(
      "effect",
      effect === undefined
        ? 'effect is required and must be "allow" or "deny"'
        : `effect must be "allow" or "deny", got ${typeof effect === "string" ? quote(effect) : kindOf(effect)}`,
    );
  }
  const out: PolicyStatement = { effect: effect === "deny" ? "deny" : "allow" };

  const checkList = (base: ListField, check: (entry: string) => string | undefined) => {
    const notField = base === "actions" ? "notActions" : "notResources";
    const hasPlain = raw[base] !== undefined;
    const hasNot = raw[notField] !== undefined;
    if (hasPlain === hasNot) {
      report(base, `exactly one of ${base} or ${notField} is required, got ${hasPlain ? "both" : "neither"}`);
      return;
    }
    const field = hasPlain ? base : notField;
    const list = raw[field];
    if (!Array.isArray(list)) {
      report(field, `${field} must be an array of strings, got ${kindOf(list)}`);
    } else if (list.length === 0) {
      report(field, `${field} must not be empty`);
    } else {
      const entries: string[] = [];
      list.forEach((entry: unknown, i) => {
        const problem = typeof entry === "string" ? check(entry) : `must be a string, got ${kindOf(entry)}`;
        if (problem) report(field, `${field}[${i}] ${problem}`);
        if (typeof entry === "string") entries.push(entry);
      });
      out[field] = entries;
    }
  };
  checkList("actions", actionProblem);
  checkList("resources", resourceProblem);
  return problems.length === before ? out : undefined;
}

export function validatePolicy(
  input: unknown,
): { ok: true; policy: PolicyStatement[] } | { ok: false; problems: PolicyProblem[] } {
  const whole = (message: string) => ({
    ok: false as const,
    problems: [{ statement: -1, field: "statement" as const, message }],
  });
  if (!Array.isArray(input)) return whole(`policy must be an array of statements, got ${kindOf(input)}`);
  if (input.length === 0) return whole("policy must contain at least one statement");
  if (input.length > MAX_POLICY_STATEMENTS) {
    return whole(`policy has ${input.length} statements; at most ${MAX_POLICY_STATEMENTS} are allowed`);
  }
  const problems: PolicyProblem[] = [];
  const policy: PolicyStatement[] = [];
  input.forEach((raw: unknown, i) => {
    const statement = validateStatement(raw, i, problems);
    if (statement) policy.push(statement);
  });
  return problems.length === 0 ? { ok: true, policy } : { ok: false, problems };
}
