// Checks on what people write into segments (context kinds and keys, targeting rules) and the rule
// shapes stored in `segments.rules`. Matching lives in match.ts so this file stays about input.
import { randomUUID } from "node:crypto";
import type { SegmentClause, SegmentRule } from "../../db/schema.ts";
import { type FieldProblem, InvalidInputError } from "../errors.ts";

export type { SegmentClause, SegmentRule };
export type ClauseValue = string | number | boolean;

export const CLAUSE_OPERATORS = [
  "in",
  "startsWith",
  "endsWith",
  "contains",
  "matches",
  "lessThan",
  "lessThanOrEqual",
  "greaterThan",
  "greaterThanOrEqual",
  "before",
  "after",
] as const;
export type ClauseOperator = (typeof CLAUSE_OPERATORS)[number];

export const MAX_RULES = 100;
export const MAX_CLAUSES_PER_RULE = 50;
export const MAX_VALUES_PER_CLAUSE = 1000;
export const MAX_ATTRIBUTE_LENGTH = 256;
export const MAX_RULE_ID_LENGTH = 100;
/** Long patterns are where catastrophic backtracking hides; real targeting regexes are short. */
export const MAX_PATTERN_LENGTH = 500;
export const MAX_CONTEXT_KIND_LENGTH = 100;
export const MAX_CONTEXT_KEY_LENGTH = 512;

const CONTEXT_KIND = /^[A-Za-z0-9._-]+$/;
/** RFC 3339 date-time with a zone, the string form the reference product accepts for dates. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export interface ClauseInput {
  contextKind?: string | null | undefined;
  attribute: string;
  op: string;
  values: readonly ClauseValue[];
  negate?: boolean | null | undefined;
}

export interface RuleInput {
  id?: string | null | undefined;
  clauses: readonly ClauseInput[];
}

export function isOperator(op: string): op is ClauseOperator {
  return (CLAUSE_OPERATORS as readonly string[]).includes(op);
}

/** A context kind as the reference product allows it; `kind` and `multi` mean something else there. */
export function contextKindProblem(field: string, kind: string): FieldProblem | null {
  if (kind.length === 0) return { field, message: "must not be empty" };
  if (kind.length > MAX_CONTEXT_KIND_LENGTH) {
    return { field, message: `must be at most ${MAX_CONTEXT_KIND_LENGTH} characters` };
  }
  if (!CONTEXT_KIND.test(kind))
    return { field, message: "may contain only letters, digits, '.', '_' and '-'" };
  if (kind === "kind" || kind === "multi") return { field, message: `"${kind}" is reserved` };
  return null;
}

export function contextKeyProblem(field: string, key: string): FieldProblem | null {
  if (key.length === 0) return { field, message: "must not be empty" };
  if (key.length > MAX_CONTEXT_KEY_LENGTH) {
    return { field, message: `must be at most ${MAX_CONTEXT_KEY_LENGTH} characters` };
  }
  return null;
}

/** Epoch milliseconds for a date value (a number of milliseconds or an RFC 3339 string), else null. */
export function dateValue(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || !RFC3339.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

function valueProblem(op: ClauseOperator, value: ClauseValue): string | null {
  switch (op) {
    case "in":
      return typeof value === "number" && !Number.isFinite(value) ? "must be a finite number" : null;
    case "startsWith":
    case "endsWith":
    case "contains":
      return typeof value === "string" ? null : `must be a string for ${op}`;
    case "matches": {
      if (typeof value !== "string") return "must be a regular expression string for matches";
      if (value.length > MAX_PATTERN_LENGTH) return `must be at most ${MAX_PATTERN_LENGTH} characters`;
      try {
        new RegExp(value);
        return null;
      } catch (error) {
        return `is not a valid regular expression (${(error as Error).message})`;
      }
    }
    case "lessThan":
    case "lessThanOrEqual":
    case "greaterThan":
    case "greaterThanOrEqual":
      return typeof value === "number" && Number.isFinite(value) ? null : `must be a number for ${op}`;
    case "before":
    case "after":
      return dateValue(value) === null
        ? `must be a date for ${op}: epoch milliseconds or an RFC 3339 string such as 2025-01-31T00:00:00Z`
        : null;
  }
}

function clauseProblems(at: string, clause: ClauseInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const kind = contextKindProblem(`${at}.contextKind`, clause.contextKind ?? "user");
  if (kind) problems.push(kind);
  if (clause.attribute.length === 0 || clause.attribute.length > MAX_ATTRIBUTE_LENGTH) {
    problems.push({
      field: `${at}.attribute`,
      message: `must be 1 to ${MAX_ATTRIBUTE_LENGTH} characters`,
    });
  }
  if (!isOperator(clause.op)) {
    problems.push({
      field: `${at}.op`,
      message: `unknown operator "${clause.op.slice(0, 64)}"; expected one of ${CLAUSE_OPERATORS.join(", ")}`,
    });
  }
  if (clause.values.length === 0) problems.push({ field: `${at}.values`, message: "must not be empty" });
  if (clause.values.length > MAX_VALUES_PER_CLAUSE) {
    problems.push({ field: `${at}.values`, message: `must have at most ${MAX_VALUES_PER_CLAUSE} values` });
  } else if (isOperator(clause.op)) {
    const op = clause.op;
    clause.values.forEach((value, i) => {
      const message = valueProblem(op, value);
      if (message) problems.push({ field: `${at}.values[${i}]`, message });
    });
  }
  return problems;
}

/**
 * Checks rules as written and returns them in stored form, with an id for every rule that has none.
 * Throws one InvalidInputError listing every problem.
 */
export function normalizeRules(field: string, input: readonly RuleInput[]): SegmentRule[] {
  const problems: FieldProblem[] = [];
  if (input.length > MAX_RULES) problems.push({ field, message: `must have at most ${MAX_RULES} rules` });
  const ids = new Set<string>();
  input.forEach((rule, r) => {
    const at = `${field}[${r}]`;
    if (rule.id != null) {
      if (rule.id.length === 0 || rule.id.length > MAX_RULE_ID_LENGTH) {
        problems.push({ field: `${at}.id`, message: `must be 1 to ${MAX_RULE_ID_LENGTH} characters` });
      } else if (ids.has(rule.id)) {
        problems.push({ field: `${at}.id`, message: `"${rule.id}" is used by another rule` });
      }
      ids.add(rule.id);
    }
    if (rule.clauses.length === 0) problems.push({ field: `${at}.clauses`, message: "must not be empty" });
    if (rule.clauses.length > MAX_CLAUSES_PER_RULE) {
      problems.push({ field: `${at}.clauses`, message: `must have at most ${MAX_CLAUSES_PER_RULE} clauses` });
    }
    rule.clauses.forEach((clause, c) => {
      problems.push(...clauseProblems(`${at}.clauses[${c}]`, clause));
    });
  });
  if (problems.length > 0) throw new InvalidInputError(problems);
  return input.map((rule) => ({
    id: rule.id ?? randomUUID(),
    clauses: rule.clauses.map((clause) => ({
      contextKind: clause.contextKind ?? "user",
      attribute: clause.attribute,
      op: clause.op,
      values: [...clause.values],
      negate: clause.negate ?? false,
    })),
  }));
}
