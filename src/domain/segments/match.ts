// Evaluation contexts (LaunchDarkly's format, single- or multi-kind) and clause matching with the
// reference product's semantics. Pure functions: no I/O, so they are tested as plain data.
import { type FieldProblem, InvalidInputError } from "../errors.ts";
import {
  type ClauseValue,
  contextKeyProblem,
  contextKindProblem,
  dateValue,
  type SegmentClause,
  type SegmentRule,
} from "./rules.ts";

export interface ContextData {
  key: string;
  /** Every attribute, including `key`; `kind` and `_meta` are not attributes. */
  attributes: Readonly<Record<string, unknown>>;
}

/** One context per kind. A single-kind context is a map with one entry. */
export type EvalContext = ReadonlyMap<string, ContextData>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function singleContext(
  field: string,
  kind: string,
  raw: unknown,
  problems: FieldProblem[],
): ContextData | null {
  const kindProblem = contextKindProblem(`${field}.kind`, kind);
  if (kindProblem) problems.push(kindProblem);
  if (!isObject(raw)) {
    problems.push({ field, message: "must be an object with at least a key" });
    return null;
  }
  const { key } = raw;
  if (typeof key !== "string") {
    problems.push({ field: `${field}.key`, message: "is required and must be a string" });
    return null;
  }
  const keyProblem = contextKeyProblem(`${field}.key`, key);
  if (keyProblem) problems.push(keyProblem);
  const attributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (name !== "kind" && name !== "_meta") attributes[name] = value;
  }
  return { key, attributes };
}

/**
 * Reads a context in the reference product's JSON form: `{ kind, key, ...attributes }` (kind
 * defaults to `user`) or `{ kind: "multi", user: { key, ... }, org: { key, ... } }`.
 */
export function parseEvaluationContext(field: string, input: unknown): EvalContext {
  const problems: FieldProblem[] = [];
  const contexts = new Map<string, ContextData>();
  if (!isObject(input)) {
    throw new InvalidInputError([{ field, message: "must be a JSON object" }]);
  }
  const kind = input.kind ?? "user";
  if (typeof kind !== "string") {
    problems.push({ field: `${field}.kind`, message: "must be a string" });
  } else if (kind === "multi") {
    for (const [name, raw] of Object.entries(input)) {
      if (name === "kind") continue;
      const context = singleContext(`${field}.${name}`, name, raw, problems);
      if (context) contexts.set(name, context);
    }
    if (contexts.size === 0 && problems.length === 0) {
      problems.push({ field, message: "a multi-kind context needs at least one context" });
    }
  } else {
    const context = singleContext(field, kind, input, problems);
    if (context) contexts.set(kind, context);
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return contexts;
}

/** `name` or, starting with `/`, a path into nested objects (`/address/city`, `~1` for `/`, `~0` for `~`). */
function attributeOf(context: ContextData, reference: string): unknown {
  if (!reference.startsWith("/")) return context.attributes[reference];
  let value: unknown = context.attributes;
  for (const part of reference.slice(1).split("/")) {
    if (!isObject(value)) return undefined;
    value = value[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return value;
}

// Patterns are validated when written, so a compile failure here means data from elsewhere: no match.
const patterns = new Map<string, RegExp | null>();
function pattern(source: string): RegExp | null {
  let compiled = patterns.get(source);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(source);
    } catch {
      compiled = null;
    }
    if (patterns.size >= 1000) patterns.clear();
    patterns.set(source, compiled);
  }
  return compiled;
}

function matchesOne(op: string, actual: unknown, expected: ClauseValue): boolean {
  switch (op) {
    case "in":
      return actual === expected;
    case "startsWith":
      return typeof actual === "string" && typeof expected === "string" && actual.startsWith(expected);
    case "endsWith":
      return typeof actual === "string" && typeof expected === "string" && actual.endsWith(expected);
    case "contains":
      return typeof actual === "string" && typeof expected === "string" && actual.includes(expected);
    case "matches":
      return typeof actual === "string" && typeof expected === "string" && !!pattern(expected)?.test(actual);
    case "lessThan":
      return typeof actual === "number" && typeof expected === "number" && actual < expected;
    case "lessThanOrEqual":
      return typeof actual === "number" && typeof expected === "number" && actual <= expected;
    case "greaterThan":
      return typeof actual === "number" && typeof expected === "number" && actual > expected;
    case "greaterThanOrEqual":
      return typeof actual === "number" && typeof expected === "number" && actual >= expected;
    case "before":
    case "after": {
      const a = dateValue(actual);
      const e = dateValue(expected);
      if (a === null || e === null) return false;
      return op === "before" ? a < e : a > e;
    }
    default:
      return false;
  }
}

function matchesAny(clause: SegmentClause, actual: unknown): boolean {
  return clause.values.some((expected) => matchesOne(clause.op, actual, expected));
}

/**
 * The reference semantics: a context without the clause's kind, or without the attribute, does not
 * match, whatever `negate` says; an array attribute matches when any element does; `negate` flips
 * the result otherwise. The attribute `kind` tests the kinds present and ignores the clause's kind.
 */
export function clauseMatches(clause: SegmentClause, context: EvalContext): boolean {
  if (clause.attribute === "kind") {
    const matched = [...context.keys()].some((kind) => matchesAny(clause, kind));
    return matched !== clause.negate;
  }
  const target = context.get(clause.contextKind);
  if (!target) return false;
  const actual = attributeOf(target, clause.attribute);
  if (actual === undefined || actual === null) return false;
  const matched = Array.isArray(actual)
    ? actual.some((element) => matchesAny(clause, element))
    : matchesAny(clause, actual);
  return matched !== clause.negate;
}

/** A rule matches when every clause does. */
export function ruleMatches(rule: SegmentRule, context: EvalContext): boolean {
  return rule.clauses.every((clause) => clauseMatches(clause, context));
}

/** Index of the first matching rule, or -1. */
export function firstMatchingRule(rules: readonly SegmentRule[], context: EvalContext): number {
  return rules.findIndex((rule) => ruleMatches(rule, context));
}
