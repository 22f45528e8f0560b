import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { CreateToken } from "./support/access.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient } from "./support/client.ts";
import { TEST_DATABASE_URL } from "./support/database.ts";
import { metric } from "./support/metrics.ts";
import { type GatewayProcess, startGatewayProcess } from "./support/process.ts";

const CacheCreateSegment = graphql(`
  mutation CacheCreateSegment($input: CreateSegmentInput!) {
    createSegment(input: $input) {
      __typename
    }
  }
`);

const CacheUpdateTargets = graphql(`
  mutation CacheUpdateTargets($key: String!, $input: SegmentTargetsInput!) {
    updateSegmentTargets(projectKey: "default", environmentKey: "production", key: $key, input: $input) {
      __typename
    }
  }
`);

const CacheContains = graphql(`
  query CacheContains($key: String!, $contextKey: String!) {
    segment(projectKey: "default", environmentKey: "production", key: $key) {
      includedCount
      contains(contextKey: $contextKey)
    }
  }
`);

const CacheWithEnvironment = graphql(`
  query CacheWithEnvironment($key: String!) {
    segment(projectKey: "default", environmentKey: "production", key: $key) {
      includedCount
      environment {
        key
      }
    }
  }
`);

async function cacheCounts(origin: string): Promise<{ hit: number; miss: number }> {
  return {
    hit: await metric(origin, "cohort_sync_lookup_cache_total", 'result="hit"'),
    miss: await metric(origin, "cohort_sync_lookup_cache_total", 'result="miss"'),
  };
}

async function createSegment(app: TestApp, key: string, included: string[]): Promise<void> {
  const admin = httpClient(app.url, app.adminToken);
  const created = await admin.data(CacheCreateSegment, {
    input: { projectKey: "default", environmentKey: "production", key, name: key, kind: "LIST" },
  });
  expect(created.createSegment.__typename).toBe("MutationCreateSegmentSuccess");
  const updated = await admin.data(CacheUpdateTargets, { key, input: { addIncluded: included } });
  expect(updated.updateSegmentTargets.__typename).toBe("MutationUpdateSegmentTargetsSuccess");
}

describe("segment lookup cache", () => {
  let app: TestApp;
  beforeAll(async () => {
    // A long lifetime: anything seen changing below was invalidated, not expired.
    app = await startTestApp({ env: { LOOKUP_CACHE_MS: "600000" } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("answers a repeated lookup from memory", async () => {
    await createSegment(app, "cached", ["a", "b"]);
    const admin = httpClient(app.url, app.adminToken);
    const before = await cacheCounts(app.origin);
    const first = await admin.data(CacheContains, { key: "cached", contextKey: "c" });
    const second = await admin.data(CacheContains, { key: "cached", contextKey: "c" });
    expect(second).toEqual(first);
    expect(first.segment).toEqual({ includedCount: 2, contains: false });
    const after = await cacheCounts(app.origin);
    expect(after.miss - before.miss).toBe(1);
    expect(after.hit - before.hit).toBe(1);
  });

  it("sees the caller's own change at once, even before the change's event comes back", async () => {
    const own = await startTestApp({ env: { LOOKUP_CACHE_MS: "600000" } });
    try {
      await createSegment(own, "own", ["a"]);
      const admin = httpClient(own.url, own.adminToken);
      expect((await admin.data(CacheContains, { key: "own", contextKey: "c" })).segment?.contains).toBe(
        false,
      );
      // No more events reach this process: only the mutation itself can empty the cache.
      await own.bus.stop();
      await admin.data(CacheUpdateTargets, { key: "own", input: { addIncluded: ["c"] } });
      expect((await admin.data(CacheContains, { key: "own", contextKey: "c" })).segment).toEqual({
        includedCount: 2,
        contains: true,
      });
    } finally {
      await own.close();
    }
  });

  it("keeps answers per access token, and does not cache what reaches beyond segments", async () => {
    await createSegment(app, "private", ["x"]);
    const admin = httpClient(app.url, app.adminToken);
    const created = (
      await admin.data(CreateToken, {
        input: {
          name: "no segments",
          policy: [{ effect: "ALLOW", actions: ["read"], resources: ["proj/*:env/staging:segment/*"] }],
        },
      })
    ).createAccessToken;
    if (created.__typename !== "MutationCreateAccessTokenSuccess") throw new Error(JSON.stringify(created));
    const outsider = httpClient(app.url, created.data.secret);
    // The admin's answer is cached first; the outsider asks the very same query.
    expect((await admin.data(CacheContains, { key: "private", contextKey: "x" })).segment?.contains).toBe(
      true,
    );
    expect((await outsider.data(CacheContains, { key: "private", contextKey: "x" })).segment).toBeNull();

    const before = await cacheCounts(app.origin);
    await admin.data(CacheWithEnvironment, { key: "private" });
    await admin.data(CacheWithEnvironment, { key: "private" });
    expect(await cacheCounts(app.origin)).toEqual(before);
  });
});

// Invalidation across processes travels through PostgreSQL NOTIFY.
describe.skipIf(!TEST_DATABASE_URL)("segment lookup cache across processes", () => {
  let reader: TestApp;
  let writer: GatewayProcess;
  beforeAll(async () => {
    reader = await startTestApp({ env: { LOOKUP_CACHE_MS: "600000" } });
    writer = await startGatewayProcess({
      DATABASE_URL: reader.testDatabase.url!,
      ADMIN_TOKEN: reader.adminToken,
      SYNC_WORKERS: "0",
    });
  });
  afterAll(async () => {
    await writer?.stop();
    await reader?.close();
  });

  it("forgets a cached answer when another process changes the segment", async () => {
    await createSegment(reader, "shared", ["a"]);
    const onReader = httpClient(reader.url, reader.adminToken);
    expect((await onReader.data(CacheContains, { key: "shared", contextKey: "b" })).segment?.contains).toBe(
      false,
    );
    expect((await onReader.data(CacheContains, { key: "shared", contextKey: "b" })).segment?.contains).toBe(
      false,
    );

    const onWriter = httpClient(`${writer.url}`, reader.adminToken);
    await onWriter.data(CacheUpdateTargets, { key: "shared", input: { addIncluded: ["b"] } });
    const deadline = Date.now() + 5_000;
    let contains = false;
    while (!contains && Date.now() < deadline) {
      contains =
        (await onReader.data(CacheContains, { key: "shared", contextKey: "b" })).segment?.contains ?? false;
      if (!contains) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(contains).toBe(true);
  });
});
