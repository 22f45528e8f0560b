import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { uid } from "./support/access.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient, subscribe, take, wsClient } from "./support/client.ts";
import { createCohortWith } from "./support/sync-fixtures.ts";

// Bad input of every other kind gets a clear error and changes nothing: keys, enum values, ids,
// text the database cannot store, and the same creation raced ten times.

const SecInCreateProject = graphql(`
  mutation SecInCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
      ... on InvalidInputError {
        problems {
          field
          message
        }
      }
    }
  }
`);

const SecInProjects = graphql(`
  query SecInProjects {
    projects {
      key
      name
    }
  }
`);

const SecInAddMembers = graphql(`
  mutation SecInAddMembers($cohortId: ID!, $members: [CohortMemberInput!]!) {
    addCohortMembers(cohortId: $cohortId, members: $members) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const SecInCohort = graphql(`
  query SecInCohort($id: ID!) {
    cohort(id: $id) {
      memberCount
      members(first: 50) {
        edges {
          node {
            memberKey
            userId
          }
        }
      }
    }
  }
`);

const SecInActivity = graphql(`
  subscription SecInActivity {
    activity {
      action
    }
  }
`);

let app: TestApp;
const admin = () => httpClient(app.url, app.adminToken);
const projects = async () => (await admin().data(SecInProjects)).projects;

async function raw(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(app.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      authorization: `Bearer ${app.adminToken}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, { __typename: string; code?: string }> | null;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    },
  };
}

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe("invalid keys, enum values and ids", () => {
  it("refuses invalid project keys with InvalidInputError naming the field", async () => {
    const before = await projects();
    for (const key of ["", " ", "has space", "-leading-dash", "ünïcode", "a/b", "x".repeat(101), "a\nb"]) {
      const result = (await admin().data(SecInCreateProject, { input: { key, name: "Bad" } })).createProject;
      expect(result).toMatchObject({ __typename: "InvalidInputError", code: "INVALID_INPUT" });
      if (result.__typename === "InvalidInputError") expect(result.problems[0]?.field).toBe("key");
    }
    expect(await projects()).toEqual(before);
  });

  it("refuses unknown enum values before anything runs", async () => {
    const key = `enum-${uid()}`;
    const create = `mutation M($k: SegmentKind!) { createSegment(input: { projectKey: "default",
      environmentKey: "test", key: "${key}", name: "x", kind: $k }) { __typename } }`;
    for (const [query, variables] of [
      [create, { k: "BIG" }],
      [create.replace("$k }", "BIG }").replace("($k: SegmentKind!)", ""), {}],
    ] as const) {
      const result = await raw(query, variables);
      expect(result.status).toBe(400);
      expect(result.body.data ?? null).toBeNull();
      expect(result.body.errors?.[0]?.message).toMatch(/"BIG".*"SegmentKind"|SegmentKind.*BIG/);
    }
    const found = await raw(
      `{ segment(projectKey: "default", environmentKey: "test", key: "${key}") { key } }`,
    );
    expect(found.body.data).toEqual({ segment: null });
  });

  it("answers malformed, foreign and unknown ids with a typed error", async () => {
    const cohortId = await createCohortWith(app, `ids ${uid()}`, [{ userId: "stays" }]);
    const members = [{ userId: "intruder" }];
    for (const id of [
      "not-base64-at-all!",
      "",
      Buffer.from("Segment:00000000-0000-0000-0000-000000000000").toString("base64"),
      Buffer.from(`Cohort:${randomUUID()}`).toString("base64"),
      Buffer.from("Cohort:not-a-uuid").toString("base64"),
      randomUUID(),
    ]) {
      const result = (await admin().data(SecInAddMembers, { cohortId: id, members })).addCohortMembers;
      expect(["NotFoundError", "InvalidInputError"]).toContain(result.__typename);
    }
    const cohort = (await admin().data(SecInCohort, { id: cohortId })).cohort;
    expect(cohort?.members.edges.map((e) => e.node.userId)).toEqual(["stays"]);
  });
});

describe("text the database cannot store", () => {
  it("refuses U+0000 in variables and in literals with INVALID_INPUT, for every field", async () => {
    const before = await projects();
    const viaVariables = await raw(
      "mutation($i: CreateProjectInput!) { createProject(input: $i) { __typename } }",
      { i: { key: `nul-${uid()}`, name: "a\u0000b" } },
    );
    expect(viaVariables.status).toBe(400);
    expect(viaVariables.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining("NUL character"),
      extensions: { code: "INVALID_INPUT" },
    });
    const viaLiteral = await raw(
      `{ segment(projectKey: "default", environmentKey: "test", key: "a\\u0000") { key } }`,
    );
    expect(viaLiteral.status).toBe(400);
    expect(viaLiteral.body.errors?.[0]?.extensions?.code).toBe("INVALID_INPUT");
    expect(await projects()).toEqual(before);
  });

  it("refuses it on WebSocket subscriptions too", async () => {
    const client = wsClient(app.url, app.adminToken);
    try {
      const refused = await client
        .iterate({ query: 'subscription { syncRunProgress(runId: "a\\u0000") { __typename } }' })
        .next()
        .then(
          () => "delivered",
          (errors: Array<{ extensions?: { code?: string } }>) => errors[0]?.extensions?.code,
        );
      expect(refused).toBe("INVALID_INPUT");
      // A normal subscription on the same socket still works.
      const events = take(subscribe(client, SecInActivity), 1, 10_000);
      for (let i = 0; i < 30; i++) {
        const done = await Promise.race([
          events.then(() => true),
          new Promise((r) => setTimeout(() => r(false), 100)),
        ]);
        if (done) break;
        await admin().data(SecInCreateProject, { input: { key: `ws-${uid()}`, name: "x" } });
      }
      expect((await events)[0]?.data?.activity.action).toBe("createProject");
    } finally {
      await client.dispose();
    }
  });
});

describe("duplicate concurrent mutations", () => {
  it("lets exactly one of ten concurrent createProject with the same key succeed; the others CONFLICT", async () => {
    const key = `race-${uid()}`;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        admin().data(SecInCreateProject, { input: { key, name: `racer ${i}` } }),
      ),
    );
    const kinds = results.map((r) => r.createProject.__typename).sort();
    expect(kinds.filter((k) => k === "MutationCreateProjectSuccess")).toHaveLength(1);
    expect(results.filter((r) => r.createProject.__typename === "ConflictError")).toHaveLength(9);
    for (const r of results) {
      if (r.createProject.__typename === "ConflictError") expect(r.createProject.code).toBe("CONFLICT");
    }
    expect((await projects()).filter((p) => p.key === key)).toHaveLength(1);
  });

  it("adds the same members from ten concurrent requests once", async () => {
    const cohortId = await createCohortWith(app, `race ${uid()}`, []);
    const members = Array.from({ length: 20 }, (_, i) => ({ amplitudeId: String(i), userId: `u-${i}` }));
    const results = await Promise.all(
      Array.from({ length: 10 }, () => admin().request(SecInAddMembers, { cohortId, members })),
    );
    for (const r of results) {
      expect(r.errors).toBeUndefined();
      expect(["MutationAddCohortMembersSuccess", "ConflictError"]).toContain(
        r.data?.addCohortMembers.__typename,
      );
    }
    const cohort = (await admin().data(SecInCohort, { id: cohortId })).cohort;
    expect(cohort?.memberCount).toBe(20);
    expect(cohort?.members.edges).toHaveLength(20);
  });
});
