import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cohortSyncs, cohorts, destinations, environments } from "../src/db/schema.ts";
import { isAllowed, type PolicyStatement } from "../src/domain/policy.ts";
import { insertSegment } from "../src/domain/segments/store.ts";
import { allowedSql } from "../src/domain/segments/visibility.ts";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient } from "./support/client.ts";

const CreateProject = graphql(`
  mutation SegCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
    }
  }
`);

const CreateToken = graphql(`
  mutation SegCreateToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      ... on MutationCreateAccessTokenSuccess {
        data {
          secret
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const CreateSegment = graphql(`
  mutation SegCreate($input: CreateSegmentInput!) {
    createSegment(input: $input) {
      __typename
      ... on MutationCreateSegmentSuccess {
        data {
          id
          key
          name
          description
          tags
          kind
          contextKind
          generation
          version
          includedCount
          excludedCount
          isBig
          source {
            kind
          }
        }
      }
      ... on InvalidInputError {
        problems {
          field
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const UpdateTargets = graphql(`
  mutation SegUpdateTargets($projectKey: String!, $environmentKey: String!, $key: String!, $input: SegmentTargetsInput!) {
    updateSegmentTargets(projectKey: $projectKey, environmentKey: $environmentKey, key: $key, input: $input) {
      __typename
      ... on MutationUpdateSegmentTargetsSuccess {
        data {
          includedCount
          excludedCount
          version
          isBig
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const DeleteSegment = graphql(`
  mutation SegDelete($projectKey: String!, $environmentKey: String!, $key: String!) {
    deleteSegment(projectKey: $projectKey, environmentKey: $environmentKey, key: $key) {
      __typename
      ... on MutationDeleteSegmentSuccess {
        data
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const GetSegment = graphql(`
  query SegGet($projectKey: String!, $environmentKey: String!, $key: String!, $contextKey: String!, $included: Boolean) {
    segment(projectKey: $projectKey, environmentKey: $environmentKey, key: $key) {
      key
      name
      tags
      version
      includedCount
      excludedCount
      contains(contextKey: $contextKey)
      target(contextKey: $contextKey) {
        contextKey
        included
      }
      targets(first: 100, included: $included) {
        edges {
          node {
            contextKey
            included
          }
        }
      }
    }
  }
`);

type Client = ReturnType<typeof httpClient>;
interface SegmentTestEnv {
  projectKey: string;
  environmentKey: string;
}

/** A project of its own with one environment, so listings see only this test's segments. */
async function newEnvironment(admin: Client): Promise<SegmentTestEnv> {
  const projectKey = `segp-${randomBytes(4).toString("hex")}`;
  await admin.data(CreateProject, {
    input: { key: projectKey, name: projectKey, environments: [{ key: "prod", name: "Production" }] },
  });
  return { projectKey, environmentKey: "prod" };
}

async function tokenFor(
  admin: Client,
  grant: {
    role?: "READER" | "WRITER";
    policy?: { effect: "ALLOW" | "DENY"; actions: string[]; resources: string[] }[];
  },
): Promise<string> {
  const result = await admin.data(CreateToken, { input: { name: "segments test", ...grant } });
  if (!("data" in result.createAccessToken)) throw new Error(JSON.stringify(result.createAccessToken));
  return result.createAccessToken.data.secret;
}

const UpdateSegment = graphql(`
  mutation SegUpdate($projectKey: String!, $environmentKey: String!, $key: String!, $input: UpdateSegmentInput!) {
    updateSegment(projectKey: $projectKey, environmentKey: $environmentKey, key: $key, input: $input) {
      __typename
      ... on MutationUpdateSegmentSuccess {
        data {
          name
          description
          tags
          version
          editedFields
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const UpdateRules = graphql(`
  mutation SegUpdateRules($projectKey: String!, $environmentKey: String!, $key: String!, $rules: [SegmentRuleInput!]!) {
    updateSegmentRules(projectKey: $projectKey, environmentKey: $environmentKey, key: $key, rules: $rules) {
      __typename
      ... on MutationUpdateSegmentRulesSuccess {
        data {
          version
          rules {
            id
            clauses {
              contextKind
              attribute
              op
              values
              negate
            }
          }
        }
      }
      ... on InvalidInputError {
        problems {
          field
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const ContextSegments = graphql(`
  query SegContextSegments($projectKey: String!, $environmentKey: String!, $contextKey: String!, $contextKind: String) {
    contextSegments(
      projectKey: $projectKey
      environmentKey: $environmentKey
      contextKey: $contextKey
      contextKind: $contextKind
    ) {
      included
      segment {
        key
      }
    }
  }
`);

const Evaluate = graphql(`
  query SegEvaluate($projectKey: String!, $environmentKey: String!, $context: EvaluationContext!) {
    evaluateSegments(projectKey: $projectKey, environmentKey: $environmentKey, context: $context) {
      __typename
      ... on QueryEvaluateSegmentsSuccess {
        data {
          reason
          ruleId
          ruleIndex
          segment {
            key
          }
        }
      }
      ... on InvalidInputError {
        problems {
          field
          message
        }
      }
      ... on Error {
        code
      }
    }
  }
`);

const ListSegments = graphql(`
  query SegList($projectKey: String!, $environmentKey: String!, $filter: SegmentFilterInput, $first: Int, $after: String) {
    segments(projectKey: $projectKey, environmentKey: $environmentKey, filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        key
        kind
        isBig
        source {
          kind
          cohortId
          cohortName
          cohortSyncId
          link
        }
      }
    }
  }
`);

describe("segments", () => {
  let app: TestApp;
  let admin: ReturnType<typeof httpClient>;
  let env: SegmentTestEnv;
  const key = () => `seg-${randomBytes(4).toString("hex")}`;

  beforeAll(async () => {
    app = await startTestApp({ env: { MAX_TARGETS_PER_MUTATION: "20000" } });
    admin = httpClient(app.url, app.adminToken);
    env = await newEnvironment(admin);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function create(segmentKey: string, extra: Record<string, unknown> = {}) {
    const result = await admin.data(CreateSegment, {
      input: { ...env, key: segmentKey, name: `Segment ${segmentKey}`, kind: "LIST", ...extra },
    });
    if (result.createSegment.__typename !== "MutationCreateSegmentSuccess") {
      throw new Error(JSON.stringify(result.createSegment));
    }
    return result.createSegment.data;
  }

  /** A synced segment as the sync engine makes it, with a cohort and (optionally) a cohort sync. */
  async function synced(segmentKey: string, options: { amplitude?: boolean; withSync?: boolean } = {}) {
    const db = app.database.db;
    const [environment] = await db
      .select()
      .from(environments)
      .where(and(eq(environments.projectKey, env.projectKey), eq(environments.key, env.environmentKey)));
    const [cohort] = await db
      .insert(cohorts)
      .values({
        name: `Cohort ${segmentKey}`,
        sourceKind: options.amplitude ? "AMPLITUDE" : "BUILT_IN",
        externalId: options.amplitude ? "abc123" : null,
      })
      .returning();
    let syncId: string | null = null;
    if (options.withSync) {
      const tokenId = (await app.database.rows<{ id: string }>(sql`select id from access_tokens limit 1`))[0]!
        .id;
      const [destination] = await db
        .insert(destinations)
        .values({
          name: `dest ${segmentKey}`,
          environmentId: environment!.id,
          projectKey: env.projectKey,
          environmentKey: env.environmentKey,
          tokenId,
        })
        .returning();
      const [sync] = await db
        .insert(cohortSyncs)
        .values({ cohortId: cohort!.id, destinationId: destination!.id, frequency: "HOURLY" })
        .returning();
      syncId = sync!.id;
    }
    const segment = await insertSegment(db, {
      environmentId: environment!.id,
      projectKey: env.projectKey,
      environmentKey: env.environmentKey,
      key: segmentKey,
      name: cohort!.name,
      description: "from a cohort",
      kind: "SYNCED",
      contextKind: "user",
      sourceCohortId: cohort!.id,
      sourceSyncId: syncId,
    });
    return { segment, cohort: cohort!, syncId };
  }

  it("creates list and rule segments and validates what it is given", async () => {
    const k = key();
    const created = await create(k, {
      description: "beta testers",
      tags: ["b", "a", "a"],
      contextKind: "user",
    });
    expect(created).toMatchObject({
      key: k,
      kind: "LIST",
      contextKind: "user",
      generation: 1,
      version: 1,
      includedCount: 0,
      excludedCount: 0,
      isBig: false,
      tags: ["a", "b"],
      source: null,
    });
    const duplicate = await admin.data(CreateSegment, {
      input: { ...env, key: k, name: "again", kind: "RULE" },
    });
    expect(duplicate.createSegment).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    const invalid = await admin.data(CreateSegment, {
      input: { ...env, key: "bad key", name: " ", kind: "SYNCED", contextKind: "multi" },
    });
    expect(invalid.createSegment.__typename).toBe("InvalidInputError");
    if (invalid.createSegment.__typename === "InvalidInputError") {
      expect(invalid.createSegment.problems.map((p) => p.field).sort()).toEqual([
        "input.contextKind",
        "input.key",
        "input.kind",
        "input.name",
      ]);
    }
    const missing = await admin.data(CreateSegment, {
      input: { projectKey: env.projectKey, environmentKey: "nope", key: key(), name: "x", kind: "LIST" },
    });
    expect(missing.createSegment).toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses creation to a reader and to a policy for another environment", async () => {
    const reader = httpClient(app.url, await tokenFor(admin, { role: "READER" }));
    const denied = await reader.data(CreateSegment, {
      input: { ...env, key: key(), name: "x", kind: "LIST" },
    });
    expect(denied.createSegment).toMatchObject({ code: "NOT_ALLOWED" });
    const other = httpClient(
      app.url,
      await tokenFor(admin, {
        policy: [
          {
            effect: "ALLOW",
            actions: ["createSegment"],
            resources: [`proj/${env.projectKey}:env/other:segment/*`],
          },
        ],
      }),
    );
    const elsewhere = await other.data(CreateSegment, {
      input: { ...env, key: key(), name: "x", kind: "LIST" },
    });
    expect(elsewhere.createSegment).toMatchObject({ code: "NOT_ALLOWED" });
  });

  it("updates name, description and tags, checking the action of each field given", async () => {
    const k = key();
    await create(k);
    const vars = { ...env, key: k };
    const renamed = await admin.data(UpdateSegment, { ...vars, input: { name: "Renamed", tags: ["x"] } });
    expect(renamed.updateSegment).toMatchObject({
      data: { name: "Renamed", tags: ["x"], version: 2, editedFields: [] },
    });
    const same = await admin.data(UpdateSegment, { ...vars, input: { name: "Renamed" } });
    expect(same.updateSegment).toMatchObject({ data: { version: 2 } });
    const nothing = await admin.data(UpdateSegment, { ...vars, input: {} });
    expect(nothing.updateSegment).toMatchObject({ code: "INVALID_INPUT" });

    const namer = httpClient(
      app.url,
      await tokenFor(admin, {
        policy: [
          { effect: "ALLOW", actions: ["read"], resources: ["*"] },
          { effect: "ALLOW", actions: ["updateName"], resources: ["proj/*:env/*:segment/*"] },
        ],
      }),
    );
    const nameOnly = await namer.data(UpdateSegment, { ...vars, input: { name: "By namer" } });
    expect(nameOnly.updateSegment).toMatchObject({ data: { name: "By namer", version: 3 } });
    const withTags = await namer.data(UpdateSegment, { ...vars, input: { name: "Again", tags: ["y"] } });
    expect(withTags.updateSegment).toMatchObject({ code: "NOT_ALLOWED" });
    const withDescription = await namer.data(UpdateSegment, { ...vars, input: { description: "d" } });
    expect(withDescription.updateSegment).toMatchObject({ code: "NOT_ALLOWED" });
    const after = await admin.data(GetSegment, { ...vars, contextKey: "k" });
    expect(after.segment).toMatchObject({ name: "By namer", tags: ["x"], version: 3 });
  });

  it("maintains targets and their counts, moving keys between lists", async () => {
    const k = key();
    await create(k);
    const vars = { ...env, key: k };
    const first = await admin.data(UpdateTargets, {
      ...vars,
      input: { addIncluded: ["a", "b", "c", "c"], addExcluded: ["x", "y"] },
    });
    expect(first.updateSegmentTargets).toMatchObject({
      data: { includedCount: 3, excludedCount: 2, version: 2 },
    });
    // b moves to excluded, y moves to included, a is removed, z is not there to remove.
    const second = await admin.data(UpdateTargets, {
      ...vars,
      input: { addExcluded: ["b"], addIncluded: ["y"], removeIncluded: ["a"], removeExcluded: ["z"] },
    });
    expect(second.updateSegmentTargets).toMatchObject({
      data: { includedCount: 2, excludedCount: 2, version: 3 },
    });
    const unchanged = await admin.data(UpdateTargets, { ...vars, input: { addIncluded: ["c"] } });
    expect(unchanged.updateSegmentTargets).toMatchObject({ data: { version: 3 } });
    const got = await admin.data(GetSegment, { ...vars, contextKey: "b" });
    expect(got.segment?.contains).toBe(false);
    expect(got.segment?.target).toEqual({ contextKey: "b", included: false });
    expect(got.segment?.targets.edges.map((e) => [e.node.contextKey, e.node.included])).toEqual([
      ["b", false],
      ["c", true],
      ["x", false],
      ["y", true],
    ]);
    const included = await admin.data(GetSegment, { ...vars, contextKey: "y", included: true });
    expect(included.segment?.contains).toBe(true);
    expect(included.segment?.targets.edges.map((e) => e.node.contextKey)).toEqual(["c", "y"]);
    // The stored counts equal the rows.
    const [counted] = await app.database.rows<{ included: number; excluded: number }>(sql`
      select count(*) filter (where t.included)::int as included, count(*) filter (where not t.included)::int as excluded
      from segment_targets t join segments s on s.id = t.segment_id where s.key = ${k}`);
    expect(counted).toEqual({ included: 2, excluded: 2 });
  });

  it("refuses bad target input and changes nothing", async () => {
    const k = key();
    await create(k);
    const vars = { ...env, key: k };
    await admin.data(UpdateTargets, { ...vars, input: { addIncluded: ["keep"] } });
    const cases = [
      { addIncluded: ["ok", ""] },
      { addIncluded: ["ok", "x".repeat(513)] },
      { addIncluded: ["same"], addExcluded: ["same"] },
      { addIncluded: ["same"], removeIncluded: ["same"] },
      { addIncluded: Array.from({ length: 20_001 }, (_, i) => `k${i}`) },
      {},
    ];
    for (const input of cases) {
      const result = await admin.data(UpdateTargets, { ...vars, input });
      expect(result.updateSegmentTargets).toMatchObject({ __typename: "InvalidInputError" });
    }
    const tooMany = await admin.data(UpdateTargets, {
      ...vars,
      input: { addIncluded: Array.from({ length: 20_001 }, (_, i) => `k${i}`) },
    });
    expect(tooMany.updateSegmentTargets).toMatchObject({ message: expect.stringContaining("at most 20000") });
    const after = await admin.data(GetSegment, { ...vars, contextKey: "keep" });
    expect(after.segment).toMatchObject({ includedCount: 1, excludedCount: 0, version: 2, contains: true });
  });

  it("checks updateIncluded and updateExcluded for the lists changed", async () => {
    const k = key();
    await create(k);
    const vars = { ...env, key: k };
    const includer = httpClient(
      app.url,
      await tokenFor(admin, {
        policy: [
          { effect: "ALLOW", actions: ["read"], resources: ["*"] },
          { effect: "ALLOW", actions: ["updateIncluded"], resources: ["proj/*:env/*:segment/*"] },
        ],
      }),
    );
    const ok = await includer.data(UpdateTargets, { ...vars, input: { addIncluded: ["a"] } });
    expect(ok.updateSegmentTargets).toMatchObject({ data: { includedCount: 1 } });
    const excluded = await includer.data(UpdateTargets, {
      ...vars,
      input: { addIncluded: ["b"], addExcluded: ["c"] },
    });
    expect(excluded.updateSegmentTargets).toMatchObject({ code: "NOT_ALLOWED" });
  });

  it("marks list segments with more than 15,000 targets as big", async () => {
    const k = key();
    await create(k);
    const result = await admin.data(UpdateTargets, {
      ...env,
      key: k,
      input: { addIncluded: Array.from({ length: 15_001 }, (_, i) => `user-${i}`) },
    });
    expect(result.updateSegmentTargets).toMatchObject({ data: { includedCount: 15_001, isBig: true } });
  });

  it("validates and stores rules", async () => {
    const k = key();
    await create(k, { kind: "RULE" });
    const vars = { ...env, key: k };
    const bad = await admin.data(UpdateRules, {
      ...vars,
      rules: [
        {
          clauses: [
            { attribute: "plan", op: "equals", values: ["pro"] },
            { attribute: "email", op: "endsWith", values: [] },
            { attribute: "email", op: "matches", values: ["(unclosed"] },
            { attribute: "age", op: "lessThan", values: ["ten"] },
            { attribute: "signup", op: "before", values: ["yesterday"] },
          ],
        },
      ],
    });
    expect(bad.updateSegmentRules.__typename).toBe("InvalidInputError");
    if (bad.updateSegmentRules.__typename === "InvalidInputError") {
      expect(bad.updateSegmentRules.problems.map((p) => p.field)).toEqual([
        "rules[0].clauses[0].op",
        "rules[0].clauses[1].values",
        "rules[0].clauses[2].values[0]",
        "rules[0].clauses[3].values[0]",
        "rules[0].clauses[4].values[0]",
      ]);
    }
    const good = await admin.data(UpdateRules, {
      ...vars,
      rules: [
        { id: "pro-users", clauses: [{ attribute: "plan", op: "in", values: ["pro", "enterprise"] }] },
        {
          clauses: [
            { contextKind: "org", attribute: "seats", op: "greaterThan", values: [100], negate: true },
          ],
        },
      ],
    });
    expect(good.updateSegmentRules.__typename).toBe("MutationUpdateSegmentRulesSuccess");
    if (good.updateSegmentRules.__typename === "MutationUpdateSegmentRulesSuccess") {
      const { rules, version } = good.updateSegmentRules.data;
      expect(version).toBe(2);
      expect(rules[0]).toEqual({
        id: "pro-users",
        clauses: [
          { contextKind: "user", attribute: "plan", op: "in", values: ["pro", "enterprise"], negate: false },
        ],
      });
      expect(rules[1]?.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(rules[1]?.clauses[0]).toMatchObject({ contextKind: "org", values: [100], negate: true });
    }
    const reader = httpClient(app.url, await tokenFor(admin, { role: "READER" }));
    const denied = await reader.data(UpdateRules, { ...vars, rules: [] });
    expect(denied.updateSegmentRules).toMatchObject({ code: "NOT_ALLOWED" });
    const cleared = await admin.data(UpdateRules, { ...vars, rules: [] });
    expect(cleared.updateSegmentRules).toMatchObject({ data: { version: 3, rules: [] } });
  });

  it("evaluates contexts: included wins, then excluded, then rules", async () => {
    // An environment of its own: evaluation looks at every segment of the environment.
    const env = await newEnvironment(admin);
    const create = (k: string, extra: Record<string, unknown> = {}) =>
      admin.data(CreateSegment, { input: { ...env, key: k, name: k, kind: "LIST", ...extra } });
    const [listKey, ruleKey, orgKey] = [key(), key(), key()];
    await create(listKey);
    await create(ruleKey, { kind: "RULE" });
    await create(orgKey, { kind: "RULE", contextKind: "org" });
    await admin.data(UpdateRules, {
      ...env,
      key: ruleKey,
      rules: [
        { id: "gmail", clauses: [{ attribute: "email", op: "endsWith", values: ["@gmail.com"] }] },
        { id: "pro", clauses: [{ attribute: "plan", op: "in", values: ["pro"] }] },
      ],
    });
    await admin.data(UpdateRules, {
      ...env,
      key: orgKey,
      rules: [
        {
          id: "big",
          clauses: [{ contextKind: "org", attribute: "seats", op: "greaterThanOrEqual", values: [50] }],
        },
      ],
    });
    await admin.data(UpdateTargets, { ...env, key: listKey, input: { addIncluded: ["u1"] } });
    await admin.data(UpdateTargets, {
      ...env,
      key: ruleKey,
      input: { addExcluded: ["u2"], addIncluded: ["u3"] },
    });
    const evaluate = async (context: unknown) => {
      const result = await admin.data(Evaluate, { ...env, context });
      if (result.evaluateSegments.__typename !== "QueryEvaluateSegmentsSuccess") {
        throw new Error(JSON.stringify(result.evaluateSegments));
      }
      return result.evaluateSegments.data.map((m) => [m.segment.key, m.reason, m.ruleId, m.ruleIndex]);
    };
    expect(await evaluate({ key: "u1", plan: "pro" })).toEqual(
      [
        [listKey, "INCLUDED", null, null],
        [ruleKey, "RULE_MATCH", "pro", 1],
      ].sort(),
    );
    // Excluded beats a matching rule; included wins without any rule matching.
    expect(await evaluate({ kind: "user", key: "u2", plan: "pro" })).toEqual([]);
    expect(await evaluate({ key: "u3" })).toEqual([[ruleKey, "INCLUDED", null, null]]);
    expect(await evaluate({ key: "u4", email: "a@gmail.com", plan: "pro" })).toEqual([
      [ruleKey, "RULE_MATCH", "gmail", 0],
    ]);
    expect(await evaluate({ kind: "multi", user: { key: "u1" }, org: { key: "o1", seats: 80 } })).toEqual(
      [
        [listKey, "INCLUDED", null, null],
        [orgKey, "RULE_MATCH", "big", 0],
      ].sort(),
    );
    // The list segment targets user keys; an org with key u1 is not in it.
    expect(await evaluate({ kind: "org", key: "u1", seats: 10 })).toEqual([]);
    const invalid = await admin.data(Evaluate, {
      ...env,
      context: { kind: "multi", user: { name: "no key" } },
    });
    expect(invalid.evaluateSegments).toMatchObject({ __typename: "InvalidInputError" });
    const notObject = await admin.data(Evaluate, { ...env, context: "u1" });
    expect(notObject.evaluateSegments).toMatchObject({ __typename: "InvalidInputError" });
    const missing = await admin.data(Evaluate, { ...env, environmentKey: "nope", context: { key: "u1" } });
    expect(missing.evaluateSegments).toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists a context's segments through the context key index", async () => {
    const [a, b, c] = [key(), key(), key()];
    await create(a);
    await create(b);
    await create(c, { contextKind: "device" });
    const contextKey = `ctx-${randomBytes(3).toString("hex")}`;
    await admin.data(UpdateTargets, { ...env, key: a, input: { addIncluded: [contextKey] } });
    await admin.data(UpdateTargets, { ...env, key: b, input: { addExcluded: [contextKey] } });
    await admin.data(UpdateTargets, { ...env, key: c, input: { addIncluded: [contextKey] } });
    const users = await admin.data(ContextSegments, { ...env, contextKey });
    expect(users.contextSegments.map((m) => [m.segment.key, m.included])).toEqual(
      [
        [a, true],
        [b, false],
      ].sort(),
    );
    const devices = await admin.data(ContextSegments, { ...env, contextKey, contextKind: "device" });
    expect(devices.contextSegments.map((m) => m.segment.key)).toEqual([c]);
    const hidden = httpClient(
      app.url,
      await tokenFor(admin, {
        policy: [
          { effect: "ALLOW", actions: ["read"], resources: ["*"] },
          { effect: "DENY", actions: ["read"], resources: [`proj/*:env/*:segment/${a}`] },
        ],
      }),
    );
    const visible = await hidden.data(ContextSegments, { ...env, contextKey });
    expect(visible.contextSegments.map((m) => m.segment.key)).toEqual([b]);
  });

  it("refuses target and rule edits of synced segments and keeps people's edits from syncs", async () => {
    const k = key();
    const { cohort, syncId } = await synced(k, { amplitude: true, withSync: true });
    const vars = { ...env, key: k };
    const targets = await admin.data(UpdateTargets, { ...vars, input: { addIncluded: ["u1"] } });
    expect(targets.updateSegmentTargets).toMatchObject({
      __typename: "ManagedBySourceError",
      code: "MANAGED_BY_SOURCE",
    });
    const rules = await admin.data(UpdateRules, {
      ...vars,
      rules: [{ clauses: [{ attribute: "plan", op: "in", values: ["pro"] }] }],
    });
    expect(rules.updateSegmentRules).toMatchObject({ code: "MANAGED_BY_SOURCE" });
    const edited = await admin.data(UpdateSegment, {
      ...vars,
      input: { name: "People's name", tags: ["t"] },
    });
    expect(edited.updateSegment).toMatchObject({
      data: { name: "People's name", editedFields: ["name", "tags"] },
    });
    const refused = await admin.data(DeleteSegment, vars);
    expect(refused.deleteSegment).toMatchObject({
      code: "MANAGED_BY_SOURCE",
      message: expect.stringContaining("delete the cohort sync first"),
    });

    const listed = await admin.data(ListSegments, { ...env, filter: { search: k } });
    expect(listed.segments.nodes).toEqual([
      {
        key: k,
        kind: "SYNCED",
        isBig: true,
        source: {
          kind: "AMPLITUDE_COHORT",
          cohortId: Buffer.from(`Cohort:${cohort.id}`).toString("base64"),
          cohortName: cohort.name,
          cohortSyncId: Buffer.from(`CohortSync:${syncId}`).toString("base64"),
          link: "https://app.amplitude.com/analytics/cohort/abc123",
        },
      },
    ]);
    await app.database.db.delete(cohortSyncs).where(eq(cohortSyncs.id, syncId!));
    const deleted = await admin.data(DeleteSegment, vars);
    expect(deleted.deleteSegment).toMatchObject({ data: k });
  });

  it("shows a built-in cohort as the source and deletes a synced segment without a sync", async () => {
    const k = key();
    const { cohort } = await synced(k);
    const listed = await admin.data(ListSegments, { ...env, filter: { sourceCohortId: cohort.id } });
    expect(listed.segments.nodes).toEqual([
      {
        key: k,
        kind: "SYNCED",
        isBig: true,
        source: {
          kind: "COHORT",
          cohortId: expect.any(String),
          cohortName: cohort.name,
          cohortSyncId: null,
          link: null,
        },
      },
    ]);
    const deleted = await admin.data(DeleteSegment, { ...env, key: k });
    expect(deleted.deleteSegment).toMatchObject({ data: k });
  });

  it("deletes a segment with its targets and starts a new generation when the key is created again", async () => {
    const k = key();
    await create(k);
    await admin.data(UpdateTargets, { ...env, key: k, input: { addIncluded: ["u1", "u2"] } });
    const writer = httpClient(app.url, await tokenFor(admin, { role: "WRITER" }));
    const reader = httpClient(app.url, await tokenFor(admin, { role: "READER" }));
    expect((await reader.data(DeleteSegment, { ...env, key: k })).deleteSegment).toMatchObject({
      code: "NOT_ALLOWED",
    });
    expect((await writer.data(DeleteSegment, { ...env, key: k })).deleteSegment).toMatchObject({ data: k });
    expect((await admin.data(GetSegment, { ...env, key: k, contextKey: "u1" })).segment).toBeNull();
    expect((await writer.data(DeleteSegment, { ...env, key: k })).deleteSegment).toMatchObject({
      code: "NOT_FOUND",
    });
    const again = await create(k);
    expect(again).toMatchObject({ generation: 2, includedCount: 0, version: 1 });
    await admin.data(DeleteSegment, { ...env, key: k });
    expect(await create(k)).toMatchObject({ generation: 3 });
    const fresh = await admin.data(GetSegment, { ...env, key: k, contextKey: "u1" });
    expect(fresh.segment).toMatchObject({ contains: false, targets: { edges: [] } });
  });

  it("lists segments with filters, pages and only what the caller may read", async () => {
    const listEnv = await newEnvironment(admin);
    const make = (k: string, extra: Record<string, unknown>) =>
      admin.data(CreateSegment, { input: { ...listEnv, key: k, name: `Name ${k}`, kind: "LIST", ...extra } });
    await make("alpha", { tags: ["red"] });
    await make("beta", { kind: "RULE", tags: ["red", "blue"] });
    await make("gamma", { name: "Special gamma_100%" });
    await make("delta", { kind: "RULE" });
    const keys = async (client: typeof admin, filter?: Record<string, unknown>) =>
      (await client.data(ListSegments, { ...listEnv, filter })).segments.nodes.map((n) => n.key);
    expect(await keys(admin)).toEqual(["alpha", "beta", "delta", "gamma"]);
    expect(await keys(admin, { kind: "RULE" })).toEqual(["beta", "delta"]);
    expect(await keys(admin, { tag: "red" })).toEqual(["alpha", "beta"]);
    expect(await keys(admin, { search: "GAMMA_1" })).toEqual(["gamma"]);
    expect(await keys(admin, { search: "%" })).toEqual(["gamma"]);
    expect(await keys(admin, { sourceCohortId: "not-an-id" })).toEqual([]);
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = await admin.data(ListSegments, { ...listEnv, first: 3, after });
      seen.push(...page.segments.nodes.map((n) => n.key));
      if (!page.segments.pageInfo.hasNextPage) break;
      after = page.segments.pageInfo.endCursor;
    }
    expect(seen).toEqual(["alpha", "beta", "delta", "gamma"]);
    const partial = httpClient(
      app.url,
      await tokenFor(admin, {
        policy: [
          { effect: "ALLOW", actions: ["read"], resources: [`proj/${listEnv.projectKey}:env/*:segment/*a`] },
          { effect: "DENY", actions: ["read"], resources: ["proj/*:env/*:segment/gamma"] },
        ],
      }),
    );
    expect(await keys(partial)).toEqual(["alpha", "beta", "delta"]);
    expect(
      (await partial.data(GetSegment, { ...listEnv, key: "gamma", contextKey: "x" })).segment,
    ).toBeNull();
  });

  it("translates policies to SQL exactly as isAllowed decides", async () => {
    const policies: PolicyStatement[][] = [
      [{ effect: "allow", actions: ["*"], resources: ["*"] }],
      [{ effect: "allow", actions: ["read"], resources: ["proj/p:env/e:segment/a*"] }],
      [{ effect: "allow", actions: ["update*"], resources: ["*"] }],
      [
        { effect: "allow", actions: ["read"], resources: ["proj/*"] },
        { effect: "allow", notActions: ["deleteSegment"], resources: ["proj/p:*"] },
        { effect: "deny", actions: ["read"], notResources: ["proj/p:env/e:segment/a_%"] },
      ],
      [{ effect: "allow", actions: ["read"], notResources: ["*:segment/b*"] }],
      [{ effect: "allow", actions: ["read"] }],
    ];
    const resources = ["a", "a_%", "ab", "b", "b%", "x\\y"].map((s) => `proj/p:env/e:segment/${s}`);
    for (const policy of policies) {
      for (const res of resources) {
        const [row] = await app.database.rows<{ allowed: boolean }>(
          sql`select ${allowedSql(policy, "read", sql`${res}::text`)} as allowed`,
        );
        expect([JSON.stringify(policy), res, row?.allowed]).toEqual([
          JSON.stringify(policy),
          res,
          isAllowed(policy, "read", res),
        ]);
      }
    }
  });
});
