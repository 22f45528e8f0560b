import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { asAdmin, type Client, uid } from "./support/access.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient, subscribe, take, wsClient } from "./support/client.ts";
import { createCohortWith, syncFixture } from "./support/sync-fixtures.ts";

// A token scoped to one environment (default/test) against the other (default/production): the
// cases test/access*.test.ts do not already cover — targets, reads by global id and by context key,
// evaluation, destinations, live events, and syncs whose destination is elsewhere.

const SecScopeCreateSegment = graphql(`
  mutation SecScopeCreateSegment($input: CreateSegmentInput!) {
    createSegment(input: $input) {
      __typename
      ... on MutationCreateSegmentSuccess {
        data {
          id
        }
      }
      ... on Error {
        code
      }
    }
  }
`);

const SecScopeTargets = graphql(`
  mutation SecScopeTargets($environmentKey: String!, $key: String!, $input: SegmentTargetsInput!) {
    updateSegmentTargets(projectKey: "default", environmentKey: $environmentKey, key: $key, input: $input) {
      __typename
      ... on Error {
        code
      }
    }
  }
`);

const SecScopeReads = graphql(`
  query SecScopeReads($environmentKey: String!, $key: String!, $id: ID!, $contextKey: String!) {
    segment(projectKey: "default", environmentKey: $environmentKey, key: $key) {
      includedCount
      contains(contextKey: $contextKey)
    }
    node(id: $id) {
      id
    }
    contextSegments(projectKey: "default", environmentKey: $environmentKey, contextKey: $contextKey) {
      segment {
        key
      }
    }
    segments(projectKey: "default", environmentKey: $environmentKey) {
      edges {
        node {
          key
        }
      }
    }
  }
`);

const SecScopeEvaluate = graphql(`
  query SecScopeEvaluate($environmentKey: String!, $context: EvaluationContext!) {
    evaluateSegments(projectKey: "default", environmentKey: $environmentKey, context: $context) {
      __typename
      ... on QueryEvaluateSegmentsSuccess {
        data {
          segment {
            key
          }
        }
      }
      ... on Error {
        code
      }
    }
  }
`);

const SecScopeDestinations = graphql(`
  query SecScopeDestinations($id: ID!) {
    destinations {
      id
      environmentKey
    }
    destination(id: $id) {
      id
    }
  }
`);

const SecScopeCheckDestination = graphql(`
  mutation SecScopeCheckDestination($id: ID!) {
    checkDestination(id: $id) {
      __typename
      ... on Error {
        code
      }
    }
  }
`);

const SecScopeCreateSync = graphql(`
  mutation SecScopeCreateSync($input: CreateCohortSyncInput!) {
    createCohortSync(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const SecScopeActivity = graphql(`
  subscription SecScopeActivity {
    activity {
      action
      resource
    }
  }
`);

const TEST_ONLY = [{ effect: "ALLOW" as const, actions: ["*"], resources: ["proj/default:env/test:*"] }];

let app: TestApp;
let fx: ReturnType<typeof asAdmin>;
let scoped: Client;
const key = `scope-${uid()}`;
const ids: Record<"production" | "test", string> = { production: "", test: "" };

beforeAll(async () => {
  app = await startTestApp();
  fx = asAdmin(app);
  for (const environmentKey of ["production", "test"] as const) {
    const created = (
      await fx.admin.data(SecScopeCreateSegment, {
        input: { projectKey: "default", environmentKey, key, name: key, kind: "LIST" },
      })
    ).createSegment;
    if (created.__typename !== "MutationCreateSegmentSuccess") throw new Error(JSON.stringify(created));
    ids[environmentKey] = created.data.id;
    await fx.admin.data(SecScopeTargets, { environmentKey, key, input: { addIncluded: ["member-1"] } });
  }
  scoped = httpClient(app.url, (await fx.mint({ policy: TEST_ONLY })).secret);
});
afterAll(async () => {
  await app?.close();
});

describe("a token scoped to one environment", () => {
  it("cannot change the other environment's targets, and can change its own", async () => {
    const input = { addIncluded: ["intruder"], removeIncluded: ["member-1"] };
    const refused = await scoped.data(SecScopeTargets, { environmentKey: "production", key, input });
    expect(refused.updateSegmentTargets).toMatchObject({
      __typename: "NotAllowedError",
      code: "NOT_ALLOWED",
    });
    const production = await fx.admin.data(SecScopeReads, {
      environmentKey: "production",
      key,
      id: ids.production,
      contextKey: "member-1",
    });
    expect(production.segment).toEqual({ includedCount: 1, contains: true });

    const own = await scoped.data(SecScopeTargets, { environmentKey: "test", key, input });
    expect(own.updateSegmentTargets.__typename).toBe("MutationUpdateSegmentTargetsSuccess");
  });

  it("cannot read the other environment's segments by key, global id, context key or listing", async () => {
    const reads = await scoped.request(SecScopeReads, {
      environmentKey: "production",
      key,
      id: ids.production,
      contextKey: "member-1",
    });
    expect(reads.data).toEqual({ segment: null, node: null, contextSegments: [], segments: { edges: [] } });
    // `node` refuses the type's fields rather than answering null as for an unknown id.
    expect(reads.errors).toEqual([
      expect.objectContaining({ path: ["node", "id"], extensions: { code: "NOT_ALLOWED" } }),
    ]);
    const own = await scoped.data(SecScopeReads, {
      environmentKey: "test",
      key,
      id: ids.test,
      contextKey: "x",
    });
    expect(own.segment).not.toBeNull();
    expect(own.node).toEqual({ id: ids.test });
  });

  it("evaluates only segments it may read", async () => {
    const context = { kind: "user", key: "member-1" };
    const production = (await scoped.data(SecScopeEvaluate, { environmentKey: "production", context }))
      .evaluateSegments;
    const admin = (await fx.admin.data(SecScopeEvaluate, { environmentKey: "production", context }))
      .evaluateSegments;
    expect(admin).toMatchObject({ data: expect.arrayContaining([{ segment: { key } }]) });
    if (production.__typename === "QueryEvaluateSegmentsSuccess") expect(production.data).toEqual([]);
    else expect(production.__typename).toMatch(/NotFoundError|NotAllowedError/);
  });

  it("cannot see, check or use the other environment's destinations", async () => {
    const production = await syncFixture(app, { environment: "production" });
    const own = await syncFixture(app, { environment: "test" });
    const seen = await scoped.data(SecScopeDestinations, { id: production.destinationId });
    expect(seen.destination).toBeNull();
    expect(seen.destinations.map((d) => d.environmentKey)).not.toContain("production");
    expect(seen.destinations.map((d) => d.id)).toContain(own.destinationId);
    const check = await scoped.data(SecScopeCheckDestination, { id: production.destinationId });
    expect(check.checkDestination).toMatchObject({ __typename: "NotAllowedError" });
  });

  it("receives no live events about the other environment", async () => {
    const token = await fx.mint({
      policy: [{ effect: "ALLOW", actions: ["read"], resources: ["proj/default:env/test:*"] }],
    });
    const client = wsClient(app.url, token.secret);
    try {
      const events = subscribe(client, SecScopeActivity);
      const first = take(events, 1, 10_000);
      // Changes in production first, then in test: the first event seen must be the test one.
      for (let i = 0; i < 20; i++) {
        const settled = await Promise.race([
          first.then(() => true),
          new Promise((r) => setTimeout(() => r(false), 100)),
        ]);
        if (settled) break;
        await fx.admin.data(SecScopeTargets, {
          environmentKey: "production",
          key,
          input: { addIncluded: [`p-${i}`] },
        });
        await fx.admin.data(SecScopeTargets, {
          environmentKey: "test",
          key,
          input: { addIncluded: [`t-${i}`] },
        });
      }
      const [event] = await first;
      expect(event?.data?.activity.resource).toBe(`proj/default:env/test:segment/${key}`);
    } finally {
      await client.dispose();
    }
  });

  // The sync would create and fill a segment in the destination's environment, so creating it needs
  // the segment actions there too, not only `createCohortSync` on the cohort.
  it("cannot sync a cohort into the other environment's destination", async () => {
    const cohortWriter = httpClient(
      app.url,
      (
        await fx.mint({
          policy: [...TEST_ONLY, { effect: "ALLOW", actions: ["*"], resources: ["cohort/*"] }],
        })
      ).secret,
    );
    const production = await syncFixture(app, { environment: "production" });
    const cohortId = await createCohortWith(app, `scope ${uid()}`, [{ amplitudeId: "1", userId: "u" }]);
    const result = await cohortWriter.data(SecScopeCreateSync, {
      input: { cohortId, destinationId: production.destinationId, frequency: "ONE_TIME" },
    });
    expect(result.createCohortSync.__typename).toBe("NotAllowedError");
  });
});
