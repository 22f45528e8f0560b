/**
 * Membership lookups through GraphQL under concurrent load from a separate process, against a bare
 * yoga server answering a constant, in the same run.
 *
 *   npx tsx bench/lookup.ts [--size 1000000] [--connections 20] [--seconds 10]
 *
 * The segment is filled inside the database (not measured). Load comes from autocannon in a child
 * process, so the load generator does not share the gateway's event loop. Target: the gateway's
 * `segment { contains }` reaches at least 70% of the bare server's requests per second.
 *
 * Two cases: one hot key asked again and again (what a flag evaluation loop does; answered from the
 * lookup cache after the first request), and a distinct member key in every request
 * (`bench/lookup-load.ts --distinct`), so every lookup misses the cache and reads the database.
 */
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs, promisify } from "node:util";
import { sql } from "drizzle-orm";
import { createSchema, createYoga } from "graphql-yoga";
import { ADMIN, createBenchDatabase, gql, record, startGateway } from "./lib.ts";

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    size: { type: "string", default: "1000000" },
    connections: { type: "string", default: "20" },
    seconds: { type: "string", default: "10" },
  },
});

interface Load {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, body: string, token: string | null, distinct = false): Promise<Load> {
  const args = [
    "--import",
    "tsx",
    new URL("./lookup-load.ts", import.meta.url).pathname,
    url,
    values.connections,
    values.seconds,
    body,
    ...(token ? [token] : []),
    ...(distinct ? ["--distinct"] : []),
  ];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout.trim().split("\n").at(-1)!) as {
    requests: { average: number };
    latency: { p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

const database = await createBenchDatabase();
const app = await startGateway({ DATABASE_URL: database.url, SYNC_WORKERS: "0" });
const bare = createServer(
  createYoga({
    schema: createSchema({
      typeDefs: "type Query { contains: Boolean! }",
      resolvers: { Query: { contains: () => true } },
    }),
    logging: false,
  }),
);
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
try {
  const size = Number(values.size);
  await gql(
    app.url,
    `mutation { createSegment(input: { projectKey: "default", environmentKey: "production", key: "big", name: "Big", kind: LIST }) { __typename } }`,
  );
  await app.database.db.execute(sql`
    insert into segment_targets (segment_id, context_key, included)
    select s.id, 'user-' || i, true from segments s, generate_series(1, ${size}::int) i
    where s.key = 'big'`);
  await app.database.db.execute(sql`update segments set included_count = ${size} where key = 'big'`);
  await app.database.db.execute(sql`analyze segment_targets`);
  // As a generated client sends it: one document, the key as a variable.
  const lookup = `query Lookup($contextKey: String!) { segment(projectKey: "default", environmentKey: "production", key: "big") { contains(contextKey: $contextKey) } }`;
  const query = JSON.stringify({ query: lookup, variables: { contextKey: "user-4242" } });
  const check = await gql<{ segment: { contains: boolean } }>(app.url, lookup, { contextKey: "user-4242" });
  if (!check.segment.contains) throw new Error("lookup answered false");

  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql`;
  // Alternate, and keep the better of two rounds each, as load on a shared machine drifts.
  const hot: Load[] = [];
  const distinct: Load[] = [];
  const baseline: Load[] = [];
  for (let i = 0; i < 2; i++) {
    baseline.push(await load(bareUrl, JSON.stringify({ query: "{ contains }" }), null));
    hot.push(await load(app.url, query, ADMIN));
    distinct.push(await load(app.url, query, ADMIN, true));
  }
  const best = (xs: Load[]) => xs.reduce((a, b) => (b.rps > a.rps ? b : a));
  const b = best(baseline);
  for (const [name, o] of [
    ["one hot key", best(hot)],
    ["a distinct key per request (no cache hits)", best(distinct)],
  ] as const) {
    if (o.errors || o.non2xx) throw new Error(`gateway answered errors: ${JSON.stringify(o)}`);
    record({
      bench: "membership lookup",
      case: `segment { contains } on ${size.toLocaleString("en")} targets, ${values.connections} connections, ${name}`,
      ours: `${Math.round(o.rps)} req/s, p99 ${o.p99} ms`,
      baseline: `bare yoga ${Math.round(b.rps)} req/s, p99 ${b.p99} ms`,
      ratio: o.rps / b.rps,
      target: ">= 0.70x",
      met: o.rps / b.rps >= 0.7,
    });
  }
} finally {
  bare.close();
  await app.stop();
  await database.drop();
}
