import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/domain/errors.ts";
import { clauseMatches, firstMatchingRule, parseEvaluationContext } from "../../src/domain/segments/match.ts";
import { type ClauseInput, normalizeRules, type SegmentClause } from "../../src/domain/segments/rules.ts";
import { globToLike } from "../../src/domain/segments/visibility.ts";

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map((p) => `${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

const clause = (
  c: Partial<SegmentClause> & Pick<SegmentClause, "attribute" | "op" | "values">,
): SegmentClause => ({
  contextKind: "user",
  negate: false,
  ...c,
});

const user = (attributes: Record<string, unknown>) =>
  parseEvaluationContext("context", { key: "u1", ...attributes });

describe("rule validation", () => {
  it("fills defaults and ids", () => {
    const [rule] = normalizeRules("rules", [{ clauses: [{ attribute: "plan", op: "in", values: ["pro"] }] }]);
    expect(rule?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rule?.clauses).toEqual([
      { contextKind: "user", attribute: "plan", op: "in", values: ["pro"], negate: false },
    ]);
  });

  it("reports every problem with its path", () => {
    const clauses: ClauseInput[] = [
      { attribute: "a", op: "between", values: [1] },
      { attribute: "a", op: "in", values: [] },
      { attribute: "a", op: "matches", values: ["[a-"] },
      { attribute: "a", op: "greaterThan", values: [1, "2"] },
      { attribute: "a", op: "after", values: ["2025-01-01", 1_700_000_000_000, "2025-01-01T00:00:00Z"] },
      { attribute: "a", op: "startsWith", values: [1] },
      { attribute: "", op: "in", values: ["x"], contextKind: "multi" },
    ];
    const problems = problemsOf(() =>
      normalizeRules("rules", [
        { id: "r", clauses },
        { id: "r", clauses: [] },
      ]),
    );
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "rules[0].clauses[0].op",
      "rules[0].clauses[1].values",
      "rules[0].clauses[2].values[0]",
      "rules[0].clauses[3].values[1]",
      "rules[0].clauses[4].values[0]",
      "rules[0].clauses[5].values[0]",
      "rules[0].clauses[6].contextKind",
      "rules[0].clauses[6].attribute",
      "rules[1].id",
      "rules[1].clauses",
    ]);
    expect(problems[0]).toContain('unknown operator "between"');
    expect(problems[2]).toContain("not a valid regular expression");
  });
});

describe("clause matching", () => {
  it("compares with the operator's types", () => {
    const ctx = user({
      plan: "pro",
      seats: 10,
      beta: true,
      email: "a@example.com",
      since: "2024-06-01T00:00:00Z",
    });
    expect(clauseMatches(clause({ attribute: "plan", op: "in", values: ["free", "pro"] }), ctx)).toBe(true);
    expect(clauseMatches(clause({ attribute: "seats", op: "in", values: ["10"] }), ctx)).toBe(false);
    expect(clauseMatches(clause({ attribute: "beta", op: "in", values: [true] }), ctx)).toBe(true);
    expect(clauseMatches(clause({ attribute: "email", op: "endsWith", values: ["@example.com"] }), ctx)).toBe(
      true,
    );
    expect(clauseMatches(clause({ attribute: "email", op: "startsWith", values: ["b"] }), ctx)).toBe(false);
    expect(clauseMatches(clause({ attribute: "email", op: "contains", values: ["@"] }), ctx)).toBe(true);
    expect(clauseMatches(clause({ attribute: "email", op: "matches", values: ["^a@.*\\.com$"] }), ctx)).toBe(
      true,
    );
    expect(clauseMatches(clause({ attribute: "seats", op: "lessThan", values: [11] }), ctx)).toBe(true);
    expect(clauseMatches(clause({ attribute: "seats", op: "greaterThan", values: [10] }), ctx)).toBe(false);
    expect(clauseMatches(clause({ attribute: "seats", op: "greaterThanOrEqual", values: [10] }), ctx)).toBe(
      true,
    );
    expect(clauseMatches(clause({ attribute: "plan", op: "lessThan", values: [1] }), ctx)).toBe(false);
    expect(
      clauseMatches(clause({ attribute: "since", op: "after", values: ["2024-01-01T00:00:00Z"] }), ctx),
    ).toBe(true);
    expect(
      clauseMatches(clause({ attribute: "since", op: "before", values: [Date.UTC(2024, 0, 1)] }), ctx),
    ).toBe(false);
    expect(clauseMatches(clause({ attribute: "key", op: "in", values: ["u1"] }), ctx)).toBe(true);
  });

  it("does not match a missing attribute or kind, even negated", () => {
    const ctx = user({ plan: "pro" });
    expect(clauseMatches(clause({ attribute: "plan", op: "in", values: ["free"], negate: true }), ctx)).toBe(
      true,
    );
    expect(clauseMatches(clause({ attribute: "missing", op: "in", values: ["x"], negate: true }), ctx)).toBe(
      false,
    );
    expect(
      clauseMatches(
        clause({ contextKind: "org", attribute: "key", op: "in", values: ["x"], negate: true }),
        ctx,
      ),
    ).toBe(false);
  });

  it("matches any element of an array attribute, nested paths and the kind attribute", () => {
    const ctx = parseEvaluationContext("context", {
      kind: "multi",
      user: { key: "u1", groups: ["a", "b"], address: { city: "Oslo" }, "a/b": 1 },
      org: { key: "o1" },
    });
    expect(clauseMatches(clause({ attribute: "groups", op: "in", values: ["b"] }), ctx)).toBe(true);
    expect(clauseMatches(clause({ attribute: "groups", op: "in", values: ["c"], negate: true }), ctx)).toBe(
      true,
    );
    expect(clauseMatches(clause({ attribute: "/address/city", op: "in", values: ["Oslo"] }), ctx)).toBe(true);
    expect(clauseMatches(clause({ attribute: "/a~1b", op: "in", values: [1] }), ctx)).toBe(true);
    expect(
      clauseMatches(clause({ contextKind: "x", attribute: "kind", op: "in", values: ["org"] }), ctx),
    ).toBe(true);
    expect(
      clauseMatches(clause({ attribute: "kind", op: "in", values: ["device"], negate: true }), ctx),
    ).toBe(true);
  });

  it("takes the first rule whose clauses all match", () => {
    const rules = normalizeRules("rules", [
      {
        clauses: [
          { attribute: "plan", op: "in", values: ["pro"] },
          { attribute: "seats", op: "greaterThan", values: [5] },
        ],
      },
      { clauses: [{ attribute: "plan", op: "in", values: ["pro"] }] },
    ]);
    expect(firstMatchingRule(rules, user({ plan: "pro", seats: 3 }))).toBe(1);
    expect(firstMatchingRule(rules, user({ plan: "pro", seats: 9 }))).toBe(0);
    expect(firstMatchingRule(rules, user({ plan: "free" }))).toBe(-1);
  });
});

describe("evaluation contexts", () => {
  it("reads single- and multi-kind contexts", () => {
    expect([...user({}).keys()]).toEqual(["user"]);
    const multi = parseEvaluationContext("c", {
      kind: "multi",
      user: { key: "u" },
      org: { key: "o", name: "Org" },
    });
    expect(multi.get("org")).toEqual({ key: "o", attributes: { key: "o", name: "Org" } });
    expect(
      parseEvaluationContext("c", { kind: "device", key: "d", _meta: {} }).get("device")?.attributes,
    ).toEqual({
      key: "d",
    });
  });

  it("refuses contexts without keys or with bad kinds", () => {
    expect(problemsOf(() => parseEvaluationContext("c", "u1"))).toEqual(["c: must be a JSON object"]);
    expect(problemsOf(() => parseEvaluationContext("c", { key: "" }))).toEqual(["c.key: must not be empty"]);
    expect(problemsOf(() => parseEvaluationContext("c", { kind: "multi" }))).toHaveLength(1);
    expect(
      problemsOf(() =>
        parseEvaluationContext("c", { kind: "multi", user: { name: "x" }, "bad kind": { key: "k" } }),
      ),
    ).toEqual([
      "c.user.key: is required and must be a string",
      "c.bad kind.kind: may contain only letters, digits, '.', '_' and '-'",
    ]);
    expect(problemsOf(() => parseEvaluationContext("c", { key: "x".repeat(513) }))).toHaveLength(1);
  });
});

describe("policy globs as LIKE patterns", () => {
  it("escapes LIKE's own wildcards", () => {
    expect(globToLike("proj/*:env/a_b%c\\d")).toBe("proj/%:env/a\\_b\\%c\\\\d");
  });
});
