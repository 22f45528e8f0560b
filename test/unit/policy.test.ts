import { describe, expect, it } from "vitest";
import {
  ACTION_DESCRIPTIONS,
  ACTIONS,
  type Action,
  BUILT_IN_ROLE_DESCRIPTIONS,
  BUILT_IN_ROLE_POLICIES,
  type BuiltInRole,
  canReadWithin,
  effectivePolicy,
  isAllowed,
  type PolicyProblem,
  type PolicyStatement,
  resource,
  validatePolicy,
} from "../../src/domain/policy.ts";

const SEG = resource.segment("default", "test", "beta-users");
const PROD_SEG = resource.segment("default", "production", "beta-users");
const OTHER_SEG = resource.segment("mobile", "test", "beta-users");
const DEST = resource.destination("default", "test", "webhook");
const ENV = resource.environment("default", "test");
const PROD = resource.environment("default", "production");
const PROJ = resource.project("default");
const COHORT = resource.cohort("c1");
const SYNC = resource.cohortSync("c1", "s1");
const TOKEN = resource.token("t1");

const allow = (actions: string[], resources: string[]): PolicyStatement => ({
  effect: "allow",
  actions,
  resources,
});
const deny = (actions: string[], resources: string[]): PolicyStatement => ({
  effect: "deny",
  actions,
  resources,
});

describe("resource builders", () => {
  it.each([
    ["project", resource.project("p"), "proj/p"],
    ["environment", resource.environment("p", "e"), "proj/p:env/e"],
    ["segment", resource.segment("p", "e", "s"), "proj/p:env/e:segment/s"],
    ["destination", resource.destination("p", "e", "d"), "proj/p:env/e:destination/d"],
    ["cohort", resource.cohort("c"), "cohort/c"],
    ["cohortSync", resource.cohortSync("c", "s"), "cohort/c:sync/s"],
    ["token", resource.token("t"), "token/t"],
  ])("%s", (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe("action catalogue", () => {
  it("describes every action with one sentence", () => {
    expect(Object.keys(ACTION_DESCRIPTIONS).sort()).toEqual([...ACTIONS].sort());
    for (const action of ACTIONS) expect(ACTION_DESCRIPTIONS[action]).toMatch(/^[A-Z][^.]*\.$/);
  });
});

describe("isAllowed", () => {
  it.each<[string, PolicyStatement[], Action, string, boolean]>([
    ["exact action and resource", [allow(["read"], [SEG])], "read", SEG, true],
    ["other resource", [allow(["read"], [SEG])], "read", PROD_SEG, false],
    ["other action", [allow(["read"], [SEG])], "deleteSegment", SEG, false],
    ["empty policy", [], "read", SEG, false],
    ["* matches everything", [allow(["read"], ["*"])], "read", TOKEN, true],
    ["* spans ':' and '/'", [allow(["read"], ["proj/*"])], "read", SEG, true],
    ["every segment", [allow(["read"], ["proj/*:env/*:segment/*"])], "read", OTHER_SEG, true],
    [
      "segment glob does not match destination",
      [allow(["read"], ["proj/*:env/*:segment/*"])],
      "read",
      DEST,
      false,
    ],
    ["env subtree glob matches child", [allow(["read"], ["proj/default:env/test:*"])], "read", SEG, true],
    [
      "env subtree glob excludes env itself",
      [allow(["read"], ["proj/default:env/test:*"])],
      "read",
      ENV,
      false,
    ],
    [
      "env subtree glob excludes sibling env",
      [allow(["read"], ["proj/default:env/test:*"])],
      "read",
      PROD_SEG,
      false,
    ],
    ["anchored at the start", [allow(["read"], ["env/test:*"])], "read", SEG, false],
    ["anchored at the end", [allow(["read"], ["proj/default"])], "read", ENV, false],
    ["case-sensitive", [allow(["read"], ["proj/Default:*"])], "read", SEG, false],
    ["mid-name wildcard", [allow(["read"], ["proj/default:env/*:segment/beta-*"])], "read", PROD_SEG, true],
    [
      "mid-name wildcard miss",
      [allow(["read"], ["proj/default:env/*:segment/alpha-*"])],
      "read",
      PROD_SEG,
      false,
    ],
    ["glob characters are literal", [allow(["read"], ["proj/default:env/t?st:*"])], "read", SEG, false],
    ["action *", [allow(["*"], [SEG])], "deleteSegment", SEG, true],
    ["action update*", [allow(["update*"], [SEG])], "updateRules", SEG, true],
    ["action update* miss", [allow(["update*"], [SEG])], "deleteSegment", SEG, false],
    ["action *Segment", [allow(["*Segment"], [SEG])], "createSegment", SEG, true],
    ["several actions", [allow(["read", "updateTags"], [SEG])], "updateTags", SEG, true],
    ["several resources", [allow(["read"], [DEST, SEG])], "read", SEG, true],
    [
      "notActions allows others",
      [{ effect: "allow", notActions: ["delete*"], resources: ["*"] }],
      "read",
      SEG,
      true,
    ],
    [
      "notActions excludes listed",
      [{ effect: "allow", notActions: ["delete*"], resources: ["*"] }],
      "deleteSegment",
      SEG,
      false,
    ],
    [
      "notResources allows others",
      [{ effect: "allow", actions: ["read"], notResources: ["proj/*:env/production:*"] }],
      "read",
      SEG,
      true,
    ],
    [
      "notResources excludes listed",
      [{ effect: "allow", actions: ["read"], notResources: ["proj/*:env/production:*"] }],
      "read",
      PROD_SEG,
      false,
    ],
    [
      "deny wins over allow",
      [allow(["*"], ["*"]), deny(["deleteSegment"], [SEG])],
      "deleteSegment",
      SEG,
      false,
    ],
    ["deny wins regardless of order", [deny(["*"], [SEG]), allow(["*"], ["*"])], "read", SEG, false],
    ["deny elsewhere does not matter", [allow(["*"], ["*"]), deny(["*"], [PROD_SEG])], "read", SEG, true],
    [
      "deny of other action does not matter",
      [allow(["*"], ["*"]), deny(["delete*"], ["*"])],
      "read",
      SEG,
      true,
    ],
    ["deny alone grants nothing", [deny(["deleteSegment"], [PROD_SEG])], "read", SEG, false],
    [
      "deny with notActions",
      [allow(["*"], ["*"]), { effect: "deny", notActions: ["read"], resources: ["proj/*:env/production:*"] }],
      "updateRules",
      PROD_SEG,
      false,
    ],
    [
      "deny with notActions keeps read",
      [allow(["*"], ["*"]), { effect: "deny", notActions: ["read"], resources: ["proj/*:env/production:*"] }],
      "read",
      PROD_SEG,
      true,
    ],
    [
      "deny with notResources",
      [allow(["*"], ["*"]), { effect: "deny", actions: ["*"], notResources: ["proj/default:env/test:*"] }],
      "read",
      PROD_SEG,
      false,
    ],
    [
      "deny with notResources spares listed",
      [allow(["*"], ["*"]), { effect: "deny", actions: ["*"], notResources: ["proj/default:env/test:*"] }],
      "read",
      SEG,
      true,
    ],
    [
      "several statements combine",
      [allow(["read"], ["cohort/*"]), allow(["runCohortSync"], ["cohort/*:sync/*"])],
      "runCohortSync",
      SYNC,
      true,
    ],
    [
      "statement without resources applies to nothing",
      [{ effect: "allow", actions: ["*"] }],
      "read",
      SEG,
      false,
    ],
    [
      "statement without actions applies to nothing",
      [{ effect: "allow", resources: ["*"] }],
      "read",
      SEG,
      false,
    ],
  ])("%s", (_name, policy, action, res, expected) => {
    expect(isAllowed(policy, action, res)).toBe(expected);
  });

  it("stays fast on patterns that make regexes backtrack", () => {
    const started = performance.now();
    expect(isAllowed([allow(["read"], ["*a*a*a*a*a*a*a*a*b"])], "read", "a".repeat(512))).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe("built-in roles", () => {
  const matrix: [Action, string][] = [
    ["read", PROD_SEG],
    ["read", TOKEN],
    ["createSegment", SEG],
    ["updateIncluded", PROD_SEG],
    ["updateRules", OTHER_SEG],
    ["deleteSegment", SEG],
    ["updateName", DEST],
    ["createCohort", COHORT],
    ["updateCohortMembers", COHORT],
    ["runCohortSync", SYNC],
    ["deleteCohortSync", SYNC],
    ["runCohortSync", COHORT],
    ["createDestination", DEST],
    ["deleteDestination", DEST],
    ["createDestination", SEG],
    ["createProject", PROJ],
    ["deleteEnvironment", ENV],
    ["createAccessToken", TOKEN],
    ["revokeAccessToken", TOKEN],
  ];
  // Which of the matrix rows each role may do; every other row must be refused.
  const granted: Record<BuiltInRole, string[]> = {
    READER: [`read ${PROD_SEG}`, `read ${TOKEN}`],
    WRITER: [
      `read ${PROD_SEG}`,
      `read ${TOKEN}`,
      `createSegment ${SEG}`,
      `updateIncluded ${PROD_SEG}`,
      `updateRules ${OTHER_SEG}`,
      `deleteSegment ${SEG}`,
      `createCohort ${COHORT}`,
      `updateCohortMembers ${COHORT}`,
      `runCohortSync ${SYNC}`,
      `deleteCohortSync ${SYNC}`,
    ],
    MANAGER: [],
    ADMIN: matrix.map(([a, r]) => `${a} ${r}`),
  };
  granted.MANAGER = [...granted.WRITER, `createDestination ${DEST}`, `deleteDestination ${DEST}`];

  const rows = (Object.keys(granted) as BuiltInRole[]).flatMap((role) =>
    matrix.map(([action, res]) => [role, action, res, granted[role].includes(`${action} ${res}`)] as const),
  );

  it.each(rows)("%s: %s on %s -> %s", (role, action, res, expected) => {
    expect(isAllowed(BUILT_IN_ROLE_POLICIES[role], action, res)).toBe(expected);
    expect(isAllowed(effectivePolicy([role], []), action, res)).toBe(expected);
  });

  it.each(Object.keys(BUILT_IN_ROLE_POLICIES) as BuiltInRole[])("%s passes validation", (role) => {
    expect(validatePolicy(BUILT_IN_ROLE_POLICIES[role])).toEqual({
      ok: true,
      policy: BUILT_IN_ROLE_POLICIES[role],
    });
  });

  it.each<[BuiltInRole, Action[]]>([
    ["WRITER", ["createSegment", "updateRules", "createCohort", "deleteCohort", "runCohortSync"]],
    ["MANAGER", ["createDestination", "updateDestination", "deleteDestination"]],
  ])("description of %s lists its actions", (role, actions) => {
    for (const action of actions) expect(BUILT_IN_ROLE_DESCRIPTIONS[role]).toContain(action);
  });

  it("cannot be mutated through the exported constant", () => {
    const statement = BUILT_IN_ROLE_POLICIES.READER[0]!;
    expect(() => statement.actions?.push("*")).toThrow(TypeError);
  });
});

describe("effectivePolicy", () => {
  const readOnlyTest = allow(["read"], ["proj/default:env/test:*"]);

  it.each<[string, BuiltInRole[], PolicyStatement[], Action, string, boolean]>([
    ["no roles, no statements", [], [], "read", SEG, false],
    ["custom only", [], [readOnlyTest], "read", SEG, true],
    ["custom only, outside", [], [readOnlyTest], "read", PROD_SEG, false],
    ["READER + custom grant", ["READER"], [allow(["updateTags"], [SEG])], "updateTags", SEG, true],
    ["READER + WRITER", ["READER", "WRITER"], [], "deleteSegment", SEG, true],
    ["WRITER + MANAGER", ["WRITER", "MANAGER"], [], "updateDestination", DEST, true],
    ["READER + MANAGER still no projects", ["READER", "MANAGER"], [], "createProject", PROJ, false],
    [
      "ADMIN + custom deny",
      ["ADMIN"],
      [deny(["delete*"], ["proj/*:env/production:*"])],
      "deleteSegment",
      PROD_SEG,
      false,
    ],
    [
      "ADMIN + custom deny elsewhere",
      ["ADMIN"],
      [deny(["delete*"], ["proj/*:env/production:*"])],
      "deleteSegment",
      SEG,
      true,
    ],
    ["deny in custom beats every role", ["READER", "ADMIN"], [deny(["read"], ["*"])], "read", SEG, false],
  ])("%s", (_name, roles, custom, action, res, expected) => {
    expect(isAllowed(effectivePolicy(roles, custom), action, res)).toBe(expected);
  });

  it("concatenates roles then custom statements as independent copies", () => {
    const custom = [readOnlyTest];
    const policy = effectivePolicy(["READER", "MANAGER"], custom);
    expect(policy).toEqual([
      ...BUILT_IN_ROLE_POLICIES.READER,
      ...BUILT_IN_ROLE_POLICIES.MANAGER,
      readOnlyTest,
    ]);
    policy[0]!.actions!.push("createProject");
    expect(BUILT_IN_ROLE_POLICIES.READER[0]!.actions).toEqual(["read"]);
  });
});

describe("custom role: createSegment + updateIncluded on every segment", () => {
  const policy = [allow(["createSegment", "updateIncluded"], ["proj/*:env/*:segment/*"])];

  it.each<[Action, string, boolean]>([
    ["createSegment", SEG, true],
    ["updateIncluded", SEG, true],
    ["updateIncluded", PROD_SEG, true],
    ["createSegment", OTHER_SEG, true],
    ["read", SEG, false],
    ["deleteSegment", SEG, false],
    ["updateExcluded", SEG, false],
    ["updateRules", SEG, false],
    ["createSegment", DEST, false],
    ["updateIncluded", DEST, false],
    ["createDestination", DEST, false],
    ["createSegment", ENV, false],
  ])("%s on %s -> %s", (action, res, expected) => {
    expect(isAllowed(policy, action, res)).toBe(expected);
  });

  it("allows exactly the two actions on a segment", () => {
    expect(ACTIONS.filter((a) => isAllowed(policy, a, SEG))).toEqual(["createSegment", "updateIncluded"]);
  });
});

describe("custom role: read + * on proj/default:env/test:*", () => {
  const policy = [allow(["read", "*"], ["proj/default:env/test:*"])];

  it.each<[Action, string, boolean]>([
    ["read", SEG, true],
    ["deleteSegment", SEG, true],
    ["updateDestination", DEST, true],
    ["read", PROD_SEG, false],
    ["updateRules", PROD_SEG, false],
    ["read", OTHER_SEG, false],
    ["read", PROD, false],
    ["read", ENV, false],
    ["read", PROJ, false],
    ["read", COHORT, false],
  ])("%s on %s -> %s", (action, res, expected) => {
    expect(isAllowed(policy, action, res)).toBe(expected);
  });

  it.each([
    [PROJ, true],
    [ENV, true],
    [PROD, false],
    [resource.project("mobile"), false],
  ])("canReadWithin %s -> %s", (prefix, expected) => {
    expect(canReadWithin(policy, prefix)).toBe(expected);
  });
});

describe("canReadWithin", () => {
  const testOnly = allow(["read"], ["proj/default:env/test:*"]);
  const notProd: PolicyStatement = {
    effect: "allow",
    actions: ["read"],
    notResources: ["proj/default:env/production*"],
  };

  it.each<[string, PolicyStatement[], string, boolean]>([
    ["empty policy", [], PROJ, false],
    ["READER sees everything", [...BUILT_IN_ROLE_POLICIES.READER], PROD, true],
    ["child glob makes project visible", [testOnly], PROJ, true],
    ["child glob makes environment visible", [testOnly], ENV, true],
    ["child glob hides sibling environment", [testOnly], PROD, false],
    ["child glob hides other project", [testOnly], resource.project("mobile"), false],
    ["child glob does not reach a prefix of a name", [testOnly], "proj/def", false],
    ["direct read on the prefix", [allow(["read"], [PROD])], PROD, true],
    ["direct read on the prefix denied", [allow(["read"], [PROD]), deny(["read"], [PROD])], PROD, false],
    ["read of a single segment", [allow(["read"], [PROD_SEG])], PROD, true],
    ["segment glob across projects", [allow(["read"], ["proj/*:env/*:segment/*"])], PROJ, true],
    ["segment glob across environments", [allow(["read"], ["proj/*:env/*:segment/*"])], PROD, true],
    ["segment glob does not reach cohorts", [allow(["read"], ["proj/*:env/*:segment/*"])], COHORT, false],
    ["non-read action does not count", [allow(["update*"], ["*"])], PROJ, false],
    ["action glob covering read counts", [allow(["*"], ["proj/default:env/test:*"])], PROJ, true],
    [
      "notActions allow excluding read",
      [{ effect: "allow", notActions: ["read"], resources: ["*"] }],
      PROJ,
      false,
    ],
    [
      "deny covering prefix and subtree",
      [allow(["read"], ["*"]), deny(["read"], ["proj/default:env/production*"])],
      PROD,
      false,
    ],
    [
      "that deny leaves the project visible",
      [allow(["read"], ["*"]), deny(["read"], ["proj/default:env/production*"])],
      PROJ,
      true,
    ],
    [
      "deny of the subtree only",
      [allow(["read"], ["*"]), deny(["read"], ["proj/default:env/production:*"])],
      PROD,
      true,
    ],
    [
      "deny of the subtree, no read on prefix",
      [allow(["read"], ["proj/*:env/*:*"]), deny(["read"], ["proj/default:env/production:*"])],
      PROD,
      false,
    ],
    [
      "deny split over two globs",
      [allow(["read"], ["*"]), deny(["read"], [PROD, "proj/default:env/production:*"])],
      PROD,
      false,
    ],
    ["deny of one child only", [allow(["read"], ["*"]), deny(["read"], [PROD_SEG])], PROD, true],
    ["deny of another action", [allow(["read"], ["*"]), deny(["update*"], ["*"])], PROD, true],
    ["notResources allow: prefix not excluded", [notProd], PROJ, true],
    ["notResources allow: prefix and subtree excluded", [notProd], PROD, false],
    [
      "notResources allow: only prefix excluded",
      [{ effect: "allow", actions: ["read"], notResources: [PROD] }],
      PROD,
      true,
    ],
    [
      "notResources deny covers the rest",
      [
        allow(["read"], ["*"]),
        { effect: "deny", actions: ["read"], notResources: ["proj/default:env/test:*"] },
      ],
      PROD,
      false,
    ],
    [
      "notResources deny spares a child",
      [
        allow(["read"], ["*"]),
        { effect: "deny", actions: ["read"], notResources: ["proj/default:env/test:*"] },
      ],
      ENV,
      true,
    ],
    [
      "notResources deny spares a grandchild",
      [
        allow(["read"], ["*"]),
        { effect: "deny", actions: ["read"], notResources: ["proj/default:env/test:*"] },
      ],
      PROJ,
      true,
    ],
  ])("%s", (_name, policy, prefix, expected) => {
    expect(canReadWithin(policy, prefix)).toBe(expected);
  });
});

describe("validatePolicy", () => {
  const good = { effect: "allow", actions: ["read"], resources: ["*"] };

  it.each<[string, unknown, Pick<PolicyProblem, "statement" | "field">, string]>([
    ["not an array", { effect: "allow" }, { statement: -1, field: "statement" }, "must be an array"],
    ["empty array", [], { statement: -1, field: "statement" }, "at least one statement"],
    [
      "too many statements",
      Array.from({ length: 101 }, () => good),
      { statement: -1, field: "statement" },
      "at most 100",
    ],
    [
      "statement not an object",
      [good, "allow read"],
      { statement: 1, field: "statement" },
      "statement 1: must be an object, got string",
    ],
    ["statement is an array", [[good]], { statement: 0, field: "statement" }, "got array"],
    ["statement is null", [null], { statement: 0, field: "statement" }, "got null"],
    [
      "unknown key",
      [{ ...good, condition: {} }],
      { statement: 0, field: "statement" },
      'statement 0: unknown key "condition"',
    ],
    [
      "missing effect",
      [{ actions: ["read"], resources: ["*"] }],
      { statement: 0, field: "effect" },
      "effect is required",
    ],
    [
      "bad effect",
      [good, { ...good, effect: "permit" }],
      { statement: 1, field: "effect" },
      'statement 1: effect must be "allow" or "deny", got "permit"',
    ],
    ["effect wrong case", [{ ...good, effect: "Allow" }], { statement: 0, field: "effect" }, 'got "Allow"'],
    [
      "no actions",
      [{ effect: "allow", resources: ["*"] }],
      { statement: 0, field: "actions" },
      "got neither",
    ],
    [
      "both action lists",
      [{ ...good, notActions: ["read"] }],
      { statement: 0, field: "actions" },
      "exactly one of actions or notActions is required, got both",
    ],
    [
      "no resources",
      [{ effect: "allow", actions: ["read"] }],
      { statement: 0, field: "resources" },
      "got neither",
    ],
    [
      "both resource lists",
      [{ ...good, notResources: ["*"] }],
      { statement: 0, field: "resources" },
      "got both",
    ],
    [
      "actions not an array",
      [{ ...good, actions: "read" }],
      { statement: 0, field: "actions" },
      "actions must be an array of strings, got string",
    ],
    [
      "empty actions",
      [{ ...good, actions: [] }],
      { statement: 0, field: "actions" },
      "actions must not be empty",
    ],
    [
      "empty notActions",
      [{ effect: "deny", notActions: [], resources: ["*"] }],
      { statement: 0, field: "notActions" },
      "notActions must not be empty",
    ],
    [
      "empty resources",
      [{ ...good, resources: [] }],
      { statement: 0, field: "resources" },
      "resources must not be empty",
    ],
    [
      "empty notResources",
      [{ effect: "allow", actions: ["read"], notResources: [] }],
      { statement: 0, field: "notResources" },
      "notResources must not be empty",
    ],
    [
      "non-string action",
      [{ ...good, actions: ["read", 7] }],
      { statement: 0, field: "actions" },
      "actions[1] must be a string, got number",
    ],
    [
      "non-string resource",
      [{ ...good, resources: [null] }],
      { statement: 0, field: "resources" },
      "resources[0] must be a string, got null",
    ],
    [
      "unknown action",
      [good, { ...good, actions: ["read", "updateIncluded", "updateFoo"] }],
      { statement: 1, field: "actions" },
      'statement 1: actions[2] "updateFoo" is not a known action',
    ],
    [
      "unknown notAction",
      [{ effect: "allow", notActions: ["Read"], resources: ["*"] }],
      { statement: 0, field: "notActions" },
      'notActions[0] "Read" is not a known action',
    ],
    [
      "action glob matching nothing",
      [{ ...good, actions: ["frobnicate*"] }],
      { statement: 0, field: "actions" },
      'actions[0] "frobnicate*" matches no known action',
    ],
    [
      "empty resource",
      [{ ...good, resources: [""] }],
      { statement: 0, field: "resources" },
      "resources[0] must not be empty",
    ],
    [
      "overlong resource",
      [{ ...good, resources: [`proj/${"x".repeat(510)}`] }],
      { statement: 0, field: "resources" },
      "is 515 characters long; at most 512",
    ],
    [
      "part without slash",
      [{ ...good, resources: ["proj/default:production"] }],
      { statement: 0, field: "resources" },
      'has part "production", which is not of the form type/name',
    ],
    [
      "unknown resource type",
      [{ ...good, resources: ["proj/default:flag/x"] }],
      { statement: 0, field: "resources" },
      'unknown resource type "flag"',
    ],
    [
      "empty name",
      [{ ...good, resources: ["proj/:env/test"] }],
      { statement: 0, field: "resources" },
      'has part "proj/" with an empty name',
    ],
    [
      "empty part",
      [{ ...good, resources: ["proj/default::env/test"] }],
      { statement: 0, field: "resources" },
      'has part ""',
    ],
    [
      "bad notResource",
      [{ effect: "deny", actions: ["*"], notResources: ["project/default"] }],
      { statement: 0, field: "notResources" },
      'unknown resource type "project"',
    ],
  ])("%s", (_name, input, where, message) => {
    const result = validatePolicy(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ ...where, message: expect.stringContaining(message) });
  });

  it("reports every problem of every statement", () => {
    const result = validatePolicy([
      { effect: "maybe", actions: ["nope"], resources: ["*"] },
      good,
      { effect: "deny", actions: [], notResources: ["x"], extra: 1 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.statement, p.field])).toEqual([
      [0, "effect"],
      [0, "actions"],
      [2, "statement"],
      [2, "actions"],
      [2, "notResources"],
    ]);
  });

  it.each<[string, unknown[]]>([
    ["bare *", ["*"]],
    ["environment subtree", ["proj/default:env/test:*"]],
    ["every segment", ["proj/*:env/*:segment/*"]],
    ["wildcard in type and name", ["*/x*:env/prod*"]],
    ["cohort sync", ["cohort/c1:sync/*"]],
    ["token", ["token/*"]],
    ["exactly 512 characters", [`proj/${"x".repeat(507)}`]],
  ])("accepts resources: %s", (_name, resources) => {
    expect(validatePolicy([{ ...good, resources }]).ok).toBe(true);
  });

  it.each<[string, unknown[]]>([
    ["every action name", [...ACTIONS]],
    ["action globs", ["*", "update*", "*Cohort*"]],
  ])("accepts actions: %s", (_name, actions) => {
    expect(validatePolicy([{ ...good, actions }]).ok).toBe(true);
  });

  it("accepts 100 statements", () => {
    expect(validatePolicy(Array.from({ length: 100 }, () => good)).ok).toBe(true);
  });

  it("normalises statements to known keys in a fixed order, as copies", () => {
    const actions = ["createSegment", "updateIncluded"];
    const input = [
      { resources: ["proj/*:env/*:segment/*"], actions, effect: "allow" },
      { notResources: ["proj/default:env/test:*"], effect: "deny", notActions: ["read"] },
    ];
    const result = validatePolicy(input);
    expect(result).toEqual({
      ok: true,
      policy: [
        {
          effect: "allow",
          actions: ["createSegment", "updateIncluded"],
          resources: ["proj/*:env/*:segment/*"],
        },
        { effect: "deny", notActions: ["read"], notResources: ["proj/default:env/test:*"] },
      ],
    });
    if (!result.ok) return;
    expect(Object.keys(result.policy[0]!)).toEqual(["effect", "actions", "resources"]);
    expect(Object.keys(result.policy[1]!)).toEqual(["effect", "notActions", "notResources"]);
    actions.push("deleteSegment");
    expect(result.policy[0]!.actions).toEqual(["createSegment", "updateIncluded"]);
  });
});
