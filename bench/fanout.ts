/**
 * Subscription fan-out: many graphql-ws subscribers on one run.
 *
 *   npx tsx bench/fanout.ts [--subscribers 1000]
 *
 * An API-only gateway runs in its own process and holds every subscriber's socket; the run executes
 * in a second gateway process, so every event crosses PostgreSQL LISTEN/NOTIFY before it is fanned
 * out; the subscribers live in this process. Delivery latency is the time from an event's publication (`at`) to its arrival at a
 * subscriber. Baseline: the latency of a bare NOTIFY to a LISTEN on the same server, same run.
 */
import { parseArgs } from "node:util";
import { createClient } from "graphql-ws";
import postgres from "postgres";
import WebSocket from "ws";
import { startGatewayProcess } from "../test/support/process.ts";
import {
  ADMIN,
  createBenchDatabase,
  createSync,
  fillCohort,
  record,
  setUpSync,
  startGateway,
} from "./lib.ts";

const { values } = parseArgs({ options: { subscribers: { type: "string", default: "1000" } } });
const subscribers = Number(values.subscribers);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function notifyLatency(url: string, count: number): Promise<number[]> {
  const listener = postgres(url, { max: 1, onnotice: () => {} });
  const sender = postgres(url, { max: 1, onnotice: () => {} });
  const latencies: number[] = [];
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });
  await listener.listen("bench_latency", (payload) => {
    latencies.push(Date.now() - Number(payload));
    if (latencies.length === count) resolveDone();
  });
  for (let i = 0; i < count; i++) {
    await sender.notify("bench_latency", String(Date.now()));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await done;
  await listener.end();
  await sender.end();
  return latencies.sort((a, b) => a - b);
}

const database = await createBenchDatabase();
const hub = await startGatewayProcess({ DATABASE_URL: database.url, ADMIN_TOKEN: ADMIN, SYNC_WORKERS: "0" });
const runner = await startGateway({ DATABASE_URL: database.url, SYNC_WORKERS: "0", SYNC_BATCH_SIZE: "2000" });
try {
  const { destinationId, cohortId, cohortUuid } = await setUpSync(runner, "fan-out");
  await fillCohort(runner, cohortUuid, 0, 200_000);
  // No worker anywhere yet: the run waits in the queue while the subscribers connect.
  const { runId } = await createSync(runner, cohortId, destinationId);

  const latencies: number[] = [];
  const finals = new Array<number>(subscribers).fill(0);
  const clients = Array.from({ length: subscribers }, () =>
    createClient({
      url: hub.url.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${ADMIN}` },
      retryAttempts: 0,
    }),
  );
  let subscribed = 0;
  const finished = clients.map(
    (client, index) =>
      new Promise<void>((resolve, reject) => {
        client.subscribe<{ syncRunProgress: { __typename: string; at: string } }>(
          {
            query: `subscription($id: ID!) { syncRunProgress(runId: $id) { __typename at } }`,
            variables: { id: runId },
          },
          {
            next: (result) => {
              const event = result.data?.syncRunProgress;
              if (!event) return;
              if (event.__typename === "SyncRunQueued") subscribed++;
              else latencies.push(Date.now() - new Date(event.at).getTime());
              if (event.__typename === "SyncRunCompleted") finals[index]!++;
            },
            error: reject,
            complete: resolve,
          },
        );
      }),
  );
  while (subscribed < subscribers) await new Promise((resolve) => setTimeout(resolve, 50));
  process.stdout.write(`${subscribers} subscribers connected; running the sync\n`);
  // The run executes in a third process, so neither the hub nor the subscribers share its loop.
  const worker = await startGatewayProcess({
    DATABASE_URL: database.url,
    ADMIN_TOKEN: ADMIN,
    SYNC_WORKERS: "1",
    SYNC_BATCH_SIZE: "2000",
    SYNC_POLL_MS: "20",
  });
  await Promise.all(finished);
  await worker.stop();
  await Promise.all(clients.map((c) => c.dispose()));

  latencies.sort((a, b) => a - b);
  const baseline = await notifyLatency(database.url, 200);
  const p99 = percentile(latencies, 99);
  const allGotFinal = finals.every((n) => n === 1);
  record({
    bench: "fan-out",
    case: `${subscribers} graphql-ws subscribers, ${latencies.length} deliveries, every final event: ${allGotFinal}`,
    ours: `p50 ${percentile(latencies, 50)} ms, p99 ${p99} ms`,
    baseline: `bare NOTIFY p50 ${percentile(baseline, 50)} ms, p99 ${percentile(baseline, 99)} ms`,
    ratio: p99 / 100,
    target: "all final events, p99 < 100 ms",
    met: allGotFinal && p99 < 100,
  });
} finally {
  await runner.stop();
  await hub.stop();
  await database.drop();
}
