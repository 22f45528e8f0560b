/**
 * Membership lookups through GraphQL against a segment with many targets.
 *
 *   npx tsx bench/segment-lookup.ts [--size 1000000] [--requests 2000] [--url postgres://...]
 *
 * Creates its own database on the PostgreSQL server (BENCH_DATABASE_URL, else the local default),
 * starts the gateway on it, fills one list segment with `size` targets in a single set-based insert
 * (plus 20 smaller segments sharing keys, so `contextSegments` has several answers), then times
 * sequential `segment { contains }` and `contextSegments` requests over HTTP, and a bare yoga server
 * answering a constant for comparison. The database is dropped at the end.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { createSchema, createYoga } from "graphql-yoga";
import postgres from "postgres";
import { type App, startApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "1000000" },
    requests: { type: "string", default: "2000" },
    url: {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    },
  },
});
const SIZE = Number(values.size);
const REQUESTS = Number(values.requests);
const SMALL_SEGMENTS = 20;
const SMALL_SIZE = Math.min(10_000, SIZE);

async function graphqlRequest(
  url: string,
  token: string | null,
  query: string,
  variables: object,
): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`request failed: ${JSON.stringify(body)}`);
  return body.data;
}

interface Timing {
  p50: number;
  p99: number;
  mean: number;
  perSecond: number;
}

/** Runs `once` sequentially, after a warm-up, and summarises the latencies in milliseconds. */
async function measure(count: number, once: (i: number) => Promise<void>): Promise<Timing> {
  for (let i = 0; i < Math.min(200, count); i++) await once(i);
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await once(i);
    latencies.push(performance.now() - t0);
  }
  const total = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return {
    p50: at(0.5),
    p99: at(0.99),
    mean: total / count,
    perSecond: (count / total) * 1000,
  };
}

async function fill(app: App, segmentKey: string, size: number, keyExpr: string): Promise<number> {
  const started = performance.now();
  await app.database.db.transaction(async (tx) => {
    const [segment] = (await tx.execute<{ id: string }>(
      sql`select id from segments where project_key = 'default' and environment_key = 'production' and key = ${segmentKey}`,
    )) as unknown as { id: string }[];
    // One statement for every target; the count is maintained in the same transaction.
    await tx.execute(sql`insert into segment_targets (segment_id, context_key, included)
      select ${segment!.id}, ${sql.raw(keyExpr)}, true from generate_series(1, ${size}) as g
      on conflict do nothing`);
    await tx.execute(sql`update segments set included_count = included_count + ${size}, version = version + 1,
      updated_at = now() where id = ${segment!.id}`);
  });
  return performance.now() - started;
}

async function baselineYoga(count: number): Promise<Timing> {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: "type Query { ok: Boolean! }",
      resolvers: { Query: { ok: () => true } },
    }),
    logging: false,
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  try {
    return await measure(count, async () => {
      await graphqlRequest(url, null, "{ ok }", {});
    });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const CONTAINS = `query BenchContains($key: String!, $contextKey: String!) {
  segment(projectKey: "default", environmentKey: "production", key: $key) { contains(contextKey: $contextKey) }
}`;
const CONTEXT_SEGMENTS = `query BenchContextSegments($contextKey: String!) {
  contextSegments(projectKey: "default", environmentKey: "production", contextKey: $contextKey, contextKind: "user") {
    included segment { key }
  }
}`;

async function main(): Promise<void> {
  const name = `csg_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(values.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(values.url);
  url.pathname = `/${name}`;
  const token = `bench_${randomBytes(16).toString("hex")}`;
  let app: App | undefined;
  try {
    app = await startApp(
      loadConfig({
        DATABASE_URL: url.toString(),
        PORT: "0",
        HOST: "127.0.0.1",
        ADMIN_TOKEN: token,
        LOG_LEVEL: "silent",
        GRAPHIQL: "false",
        SYNC_WORKERS: "0",
      }),
    );
    const create = (key: string) =>
      graphqlRequest(
        app!.url,
        token,
        `mutation BenchCreate($input: CreateSegmentInput!) { createSegment(input: $input) { __typename } }`,
        { input: { projectKey: "default", environmentKey: "production", key, name: key, kind: "LIST" } },
      );
    await create("big");
    const fillMs = await fill(app, "big", SIZE, "'user-' || g");
    for (let s = 0; s < SMALL_SEGMENTS; s++) {
      await create(`small-${s}`);
      // Every 50th key starting at a per-segment offset: each key is in none, one or a few of them.
      await fill(app, `small-${s}`, SMALL_SIZE, `'user-' || ((g * 50 + ${s * 7}) % ${SIZE} + 1)`);
    }
    await app.database.db.execute(sql`analyze segment_targets`);
    await app.database.db.execute(sql`analyze segments`);

    const keyFor = (i: number) => `user-${((i * 7919) % (SIZE * 2)) + 1}`;
    let hits = 0;
    const contains = await measure(REQUESTS, async (i) => {
      const data = (await graphqlRequest(app!.url, token, CONTAINS, {
        key: "big",
        contextKey: keyFor(i),
      })) as {
        segment: { contains: boolean };
      };
      if (data.segment.contains) hits++;
    });
    let memberships = 0;
    const contextSegments = await measure(REQUESTS, async (i) => {
      const data = (await graphqlRequest(app!.url, token, CONTEXT_SEGMENTS, { contextKey: keyFor(i) })) as {
        contextSegments: unknown[];
      };
      memberships += data.contextSegments.length;
    });
    const gateway = await measure(REQUESTS, async () => {
      await graphqlRequest(app!.url, token, "query BenchTypename { __typename }", {});
    });
    const bare = await baselineYoga(REQUESTS);

    const fmt = (t: Timing) =>
      `p50 ${t.p50.toFixed(2)} ms  p99 ${t.p99.toFixed(2)} ms  mean ${t.mean.toFixed(2)} ms  ${t.perSecond.toFixed(0)} req/s`;
    const lines = [
      `segment size: ${SIZE.toLocaleString("en")} targets (+${SMALL_SEGMENTS} segments of ${SMALL_SIZE.toLocaleString("en")})`,
      `fill (one set-based insert + count): ${(fillMs / 1000).toFixed(1)} s`,
      `${REQUESTS} sequential requests each (after 200 warm-up)`,
      `contains:         ${fmt(contains)}  (hits: ${hits} of ${REQUESTS + Math.min(200, REQUESTS)})`,
      `contextSegments:  ${fmt(contextSegments)}  (memberships returned: ${memberships})`,
      `gateway { __typename } (auth only): ${fmt(gateway)}`,
      `bare yoga { ok }: ${fmt(bare)}`,
      `contains req/s vs bare yoga: ${((contains.perSecond / bare.perSecond) * 100).toFixed(0)}%`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await app?.stop();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

await main();
