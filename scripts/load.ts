/**
 * Load: CLIENTS concurrent clients (default 200) for DURATION seconds (default 60) against one
 * gateway process on loopback, each mixing queries, mutations and one live subscription (half over
 * WebSocket, half over SSE, re-opened every ~15 s). Counts every request and error, latency
 * percentiles, and checks each client received the event of each of its own mutations.
 *
 *   npx tsx scripts/load.ts [--clients 200] [--duration 60] [--pglite]
 *
 * Uses a fresh database on LOAD_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * or an in-memory PGlite inside the gateway with --pglite. Stops by itself; exits 1 on any error.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import { createClient } from "graphql-ws";
import postgres from "postgres";
import WebSocket from "ws";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const CLIENTS = Number(arg("clients", "200"));
const DURATION_S = Number(arg("duration", "60"));
const PGLITE = process.argv.includes("--pglite");
const SERVER_URL = process.env.LOAD_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const ADMIN = `admin_${randomBytes(16).toString("hex")}`;
const PROJECT = "load";
const ENV = "prod";
const BIG_SEGMENT_SIZE = 10_000;
/** Hard stop, whatever happens: the run plus set-up and drain. */
const HARD_LIMIT_MS = (DURATION_S + 120) * 1000;

interface Stats {
  requests: number;
  errors: number;
  errorSamples: string[];
  latencies: Record<"query" | "mutation" | "event", number[]>;
  events: number;
  subscriptionsOpened: number;
}

const warnings = new Set<string>();
const stats: Stats = {
  requests: 0,
  errors: 0,
  errorSamples: [],
  latencies: { query: [], mutation: [], event: [] },
  events: 0,
  subscriptionsOpened: 0,
};

function error(where: string, detail: unknown): void {
  stats.errors++;
  if (stats.errorSamples.length < 10) stats.errorSamples.push(`${where}: ${String(detail).slice(0, 300)}`);
}

async function gql<T>(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (response.status !== 200 || body.errors || !body.data) {
    throw new Error(`HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  }
  return body.data;
}

/** Starts `src/main.ts` as its own process and resolves with its GraphQL URL. */
function startGateway(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("gateway did not start")), 60_000);
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const match = /"url":"([^"]+)"/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
      // Warnings and errors of the gateway count as errors of the run.
      if (/"level":(40|50|60)/.test(line)) error("gateway log", line);
    });
    createInterface({ input: child.stderr! }).on("line", (line) => {
      // Node's process warnings are reported, not counted as errors; anything else on stderr is one.
      if (/Warning|--trace-warnings/.test(line)) warnings.add(line.replace(/^\(node:\d+\) /, ""));
      else error("gateway stderr", line);
    });
    child.once("exit", (code) => reject(new Error(`gateway exited with ${code}`)));
  });
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

async function setUp(url: string) {
  await gql(url, ADMIN, `mutation($i: CreateProjectInput!) { createProject(input: $i) { __typename } }`, {
    i: { key: PROJECT, name: "Load", environments: [{ key: ENV, name: "Production" }] },
  });
  const createSegment = `mutation($i: CreateSegmentInput!) { createSegment(input: $i) { __typename } }`;
  const addTargets = `mutation($k: String!, $t: [String!]!) { updateSegmentTargets(projectKey: "${PROJECT}",
    environmentKey: "${ENV}", key: $k, input: { addIncluded: $t }) { __typename } }`;
  const segment = (key: string) => ({
    projectKey: PROJECT,
    environmentKey: ENV,
    key,
    name: key,
    kind: "LIST",
  });
  await gql(url, ADMIN, createSegment, { i: segment("big") });
  for (let i = 0; i < BIG_SEGMENT_SIZE; i += 5000) {
    const keys = Array.from({ length: 5000 }, (_, j) => `member-${i + j}`);
    await gql(url, ADMIN, addTargets, { k: "big", t: keys });
  }
  const tokens: string[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    await gql(url, ADMIN, createSegment, { i: segment(`seg-${i}`) });
    // Each client may read the shared segment and read and change its own: its activity feed then
    // carries only its own changes, as for one tenant of many.
    const created = await gql<{ createAccessToken: { data: { secret: string } } }>(
      url,
      ADMIN,
      `mutation($i: CreateAccessTokenInput!) { createAccessToken(input: $i) {
         ... on MutationCreateAccessTokenSuccess { data { secret } } } }`,
      {
        i: {
          name: `load client ${i}`,
          policy: [
            { effect: "ALLOW", actions: ["read"], resources: [`proj/${PROJECT}:env/${ENV}:segment/big`] },
            {
              effect: "ALLOW",
              actions: ["read", "updateIncluded", "updateExcluded"],
              resources: [`proj/${PROJECT}:env/${ENV}:segment/seg-${i}`],
            },
          ],
        },
      },
    );
    tokens.push(created.createAccessToken.data.secret);
  }
  return tokens;
}

const ACTIVITY = "subscription { activity { action resource } }";

/** One client: a loop of requests plus one subscription it re-opens now and then. */
async function client(url: string, token: string, index: number, until: number): Promise<void> {
  const own = `seg-${index}`;
  const resource = `proj/${PROJECT}:env/${ENV}:segment/${own}`;
  const useWs = index % 2 === 0;
  const pending: number[] = []; // start times of mutations whose event has not arrived yet
  let missed = 0;
  const onEvent = (data: { activity?: { resource: string } } | undefined) => {
    if (data?.activity?.resource !== resource)
      return error("subscription", `foreign event ${JSON.stringify(data)}`);
    stats.events++;
    const sent = pending.shift();
    if (sent !== undefined) stats.latencies.event.push(performance.now() - sent);
  };

  const ws = useWs
    ? createClient({
        url: url.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: true,
        onNonLazyError: (e) => error("ws", e),
      })
    : null;

  /** Opens a subscription; resolves a function that closes it. Waits until it is live. */
  async function open(): Promise<() => Promise<void>> {
    stats.subscriptionsOpened++;
    if (ws) {
      let live: () => void = () => {};
      const ready = new Promise<void>((resolve) => {
        live = resolve;
      });
      const stop = ws.subscribe<{ activity: { resource: string } }>(
        { query: ACTIVITY },
        {
          next: (result) =>
            result.errors
              ? error("ws next", JSON.stringify(result.errors))
              : onEvent(result.data ?? undefined),
          error: (e) => error("ws subscription", e instanceof Error ? e.message : JSON.stringify(e)),
          complete: () => {},
        },
      );
      // graphql-ws gives no "subscribed" signal; the server registers it within one round trip.
      setTimeout(live, 200);
      await ready;
      return async () => stop();
    }
    const controller = new AbortController();
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: ACTIVITY }),
      signal: controller.signal,
    });
    if (response.status !== 200 || !response.body) throw new Error(`SSE HTTP ${response.status}`);
    const reading = (async () => {
      const decoder = new TextDecoder();
      let buffer = "";
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        for (let at = buffer.indexOf("\n\n"); at >= 0; at = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const data = block
            .split("\n")
            .filter((l) => l.startsWith("data:"))
            .map((l) => l.slice(5).trim())
            .join("");
          if (!data) continue;
          const parsed = JSON.parse(data) as { data?: { activity: { resource: string } }; errors?: unknown };
          if (parsed.errors) error("sse next", JSON.stringify(parsed.errors));
          else onEvent(parsed.data);
        }
      }
    })().catch((e: unknown) => {
      if (!controller.signal.aborted) error("sse stream", e);
    });
    // Yoga sends headers once the subscription is set up.
    return async () => {
      controller.abort();
      await reading;
    };
  }

  let close = await open();
  let reopenAt = performance.now() + 10_000 + Math.random() * 10_000;
  let step = 0;
  while (Date.now() < until) {
    const roll = Math.random();
    const started = performance.now();
    try {
      if (roll < 0.6) {
        await gql(
          url,
          token,
          `query($c: String!) { segment(projectKey: "${PROJECT}", environmentKey: "${ENV}", key: "big") {
          includedCount contains(contextKey: $c) } }`,
          { c: `member-${Math.floor(Math.random() * BIG_SEGMENT_SIZE * 1.2)}` },
        );
        stats.latencies.query.push(performance.now() - started);
      } else if (roll < 0.8) {
        await gql(
          url,
          token,
          `query($k: String!) { viewer { name } segment(projectKey: "${PROJECT}", environmentKey: "${ENV}", key: $k) {
          includedCount targets(first: 20) { edges { node { contextKey } } } } }`,
          { k: own },
        );
        stats.latencies.query.push(performance.now() - started);
      } else {
        // Add a key, then remove it: every call changes the segment (so publishes an event) and the
        // segment stays small.
        const key = `k-${Math.floor(step / 2)}`;
        const input = step % 2 === 0 ? { addIncluded: [key] } : { removeIncluded: [key] };
        step++;
        pending.push(started);
        const result = await gql<{ updateSegmentTargets: { __typename: string } }>(
          url,
          token,
          `mutation($k: String!, $i: SegmentTargetsInput!) { updateSegmentTargets(projectKey: "${PROJECT}",
            environmentKey: "${ENV}", key: $k, input: $i) { __typename ... on Error { message } } }`,
          { k: own, i: input },
        );
        if (result.updateSegmentTargets.__typename !== "MutationUpdateSegmentTargetsSuccess") {
          throw new Error(JSON.stringify(result));
        }
        stats.latencies.mutation.push(performance.now() - started);
      }
      stats.requests++;
    } catch (e) {
      stats.requests++;
      error("request", e instanceof Error ? e.message : e);
    }
    if (performance.now() > reopenAt && pending.length === 0) {
      await close();
      close = await open();
      reopenAt = performance.now() + 10_000 + Math.random() * 10_000;
    }
  }
  // Give the last events a moment, then count what never arrived.
  for (let i = 0; i < 300 && pending.length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  missed = pending.length;
  if (missed > 0) error("subscription", `${missed} events never arrived for ${own}`);
  await close();
  await ws?.dispose();
}

async function main(): Promise<void> {
  const hardStop = setTimeout(() => {
    process.stderr.write("load: hard time limit reached\n");
    process.exit(2);
  }, HARD_LIMIT_MS);
  hardStop.unref();
  let databaseName: string | null = null;
  const server = PGLITE ? null : postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  const env: Record<string, string> = { ADMIN_TOKEN: ADMIN, SYNC_WORKERS: "1", DATABASE_POOL_SIZE: "20" };
  if (server) {
    databaseName = `csg_load_${Date.now().toString(36)}`;
    await server.unsafe(`create database "${databaseName}"`);
    const url = new URL(SERVER_URL);
    url.pathname = `/${databaseName}`;
    env.DATABASE_URL = url.toString();
  } else {
    env.DATA_DIR = "memory://";
  }
  const gateway = await startGateway(env);
  try {
    process.stderr.write(
      `load: gateway at ${gateway.url} (${PGLITE ? "PGlite" : "PostgreSQL"}); setting up\n`,
    );
    const tokens = await setUp(gateway.url);
    const setupErrors = stats.errors;
    process.stderr.write(`load: ${CLIENTS} clients for ${DURATION_S} s\n`);
    const started = Date.now();
    const until = started + DURATION_S * 1000;
    await Promise.all(tokens.map((token, i) => client(gateway.url, token, i, until)));
    const seconds = (Date.now() - started) / 1000;
    const metrics = await (await fetch(gateway.url.replace("/graphql", "/metrics"))).text();
    const metric = (name: string) =>
      Number(
        /^(\S+) (\S+)$/m.exec(metrics.split("\n").find((l) => l.startsWith(`${name} `)) ?? "")?.[2] ?? NaN,
      );
    const summary = {
      database: PGLITE ? "pglite" : "postgres",
      clients: CLIENTS,
      seconds: Math.round(seconds),
      requests: stats.requests,
      requestsPerSecond: Math.round(stats.requests / seconds),
      queries: stats.latencies.query.length,
      mutations: stats.latencies.mutation.length,
      subscriptionsOpened: stats.subscriptionsOpened,
      eventsReceived: stats.events,
      errors: stats.errors,
      setupErrors,
      errorSamples: stats.errorSamples,
      gatewayWarnings: [...warnings],
      latencyMs: Object.fromEntries(
        Object.entries(stats.latencies).map(([kind, values]) => [
          kind,
          { p50: percentile(values, 50), p99: percentile(values, 99), max: percentile(values, 100) },
        ]),
      ),
      gateway: {
        residentMemoryMb: Math.round(metric("cohort_sync_process_resident_memory_bytes") / 1e6),
        activeSubscriptionsAfter: metric("cohort_sync_active_subscriptions"),
      },
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    process.exitCode = stats.errors === 0 ? 0 : 1;
  } finally {
    gateway.child.kill("SIGTERM");
    await new Promise((resolve) => gateway.child.once("exit", resolve));
    if (server && databaseName) {
      await server.unsafe(`drop database if exists "${databaseName}" with (force)`);
      await server.end();
    }
    clearTimeout(hardStop);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`load failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
