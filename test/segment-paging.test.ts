import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SegPagingPageQuery } from "./generated/graphql.ts";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient } from "./support/client.ts";

const CreateSegment = graphql(`
  mutation SegPagingCreate($input: CreateSegmentInput!) {
    createSegment(input: $input) {
      __typename
    }
  }
`);

const ChangeTargets = graphql(`
  mutation SegPagingTargets($projectKey: String!, $environmentKey: String!, $key: String!, $input: SegmentTargetsInput!) {
    updateSegmentTargets(projectKey: $projectKey, environmentKey: $environmentKey, key: $key, input: $input) {
      __typename
    }
  }
`);

const TargetPage = graphql(`
  query SegPagingPage(
    $projectKey: String!
    $environmentKey: String!
    $key: String!
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    segment(projectKey: $projectKey, environmentKey: $environmentKey, key: $key) {
      targets(first: $first, after: $after, last: $last, before: $before) {
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            contextKey
          }
        }
      }
    }
  }
`);

const at = { projectKey: "default", environmentKey: "test" };
const pad = (n: number) => `k-${String(n).padStart(5, "0")}`;

describe("segment target paging", () => {
  let app: TestApp;
  let client: ReturnType<typeof httpClient>;
  beforeAll(async () => {
    app = await startTestApp();
    client = httpClient(app.url, app.adminToken);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Adds and removes keys in small batches until stopped, so they land between and inside pages. */
  function churn(key: string, fresh: () => string[], stop: { done: boolean }): Promise<number> {
    return (async () => {
      let writes = 0;
      while (!stop.done) {
        const added = fresh();
        await client.data(ChangeTargets, { ...at, key, input: { addIncluded: added } });
        // Keys added during the walk may come and go; only keys present throughout are promised.
        await client.data(ChangeTargets, { ...at, key, input: { removeIncluded: added.slice(0, 3) } });
        writes++;
      }
      return writes;
    })();
  }

  it("pages forwards without repeats or gaps while keys are added and removed", async () => {
    const key = "paging-forward";
    await client.data(CreateSegment, { input: { ...at, key, name: "paging", kind: "LIST" } });
    const stable = Array.from({ length: 1000 }, (_, i) => pad(i * 4));
    await client.data(ChangeTargets, { ...at, key, input: { addIncluded: stable } });

    let next = 0;
    // Odd positions, spread over the whole key range so that new keys land before and after the cursor.
    const fresh = () => Array.from({ length: 10 }, () => pad(((next++ * 397) % 1000) * 4 + 1 + (next % 3)));
    const stop = { done: false };
    const writer = churn(key, fresh, stop);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: SegPagingPageQuery = await client.data(TargetPage, { ...at, key, first: 25, after });
      const targets = page.segment!.targets;
      seen.push(...targets.edges.map((e) => e.node.contextKey));
      pages++;
      if (!targets.pageInfo.hasNextPage) break;
      after = targets.pageInfo.endCursor ?? null;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    stop.done = true;
    const writes = await writer;

    expect(writes).toBeGreaterThan(0);
    expect(pages).toBeGreaterThan(40);
    expect(new Set(seen).size).toBe(seen.length);
    const seenSet = new Set(seen);
    expect(stable.filter((k) => !seenSet.has(k))).toEqual([]);
  });

  it("pages backwards with last and before in the same way", async () => {
    const key = "paging-backward";
    await client.data(CreateSegment, { input: { ...at, key, name: "paging", kind: "LIST" } });
    const stable = Array.from({ length: 500 }, (_, i) => pad(i * 4));
    await client.data(ChangeTargets, { ...at, key, input: { addIncluded: stable } });
    let next = 0;
    const fresh = () => Array.from({ length: 10 }, () => pad(((next++ * 211) % 500) * 4 + 2));
    const stop = { done: false };
    const writer = churn(key, fresh, stop);

    const seen: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: SegPagingPageQuery = await client.data(TargetPage, { ...at, key, last: 20, before });
      const targets = page.segment!.targets;
      seen.unshift(...targets.edges.map((e) => e.node.contextKey));
      if (!targets.pageInfo.hasPreviousPage) break;
      before = targets.pageInfo.startCursor ?? null;
    }
    stop.done = true;
    await writer;

    expect(new Set(seen).size).toBe(seen.length);
    const seenSet = new Set(seen);
    expect(stable.filter((k) => !seenSet.has(k))).toEqual([]);
    expect(seen[0]).toBe(pad(0));
  });

  it("refuses a cursor from elsewhere", async () => {
    const key = "paging-cursor";
    await client.data(CreateSegment, { input: { ...at, key, name: "paging", kind: "LIST" } });
    const result = await client.request(TargetPage, { ...at, key, first: 5, after: "bm90LWEtY3Vyc29y" });
    expect(result.errors?.[0]?.message).toBe("after/before is not a cursor of this connection");
  });
});
