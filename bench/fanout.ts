/**
 * Subscription fan-out: many graphql-ws subscribers on one run.
 *
 *   npx tsx bench/fanout.ts [--subscribers 1000] [--processes 1] [--profile-hub /tmp/prof]
 *
 * An API-only gateway runs in its own process and holds every subscriber's socket; the run executes
 * in a second gateway process, so every event crosses PostgreSQL LISTEN/NOTIFY before it is fanned
 * out; the subscribers live in further processes (`--processes`, default one: on two cores more
 * load-generating processes only add contention). Delivery latency is the time from an event's
 * publication (`at`) to its arrival at a subscriber. Baseline: the latency of a bare NOTIFY to a
 * LISTEN on the same server, same run. `--profile-hub <dir>` writes the socket-holding gateway's
 * CPU profile there.
 */

import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import postgres from "postgres";
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

const { values } = parseArgs({
  options: {
    subscribers: { type: "string", default: "1000" },
    processes: { type: "string", default: "1" },
    /** Directory for a CPU profile of the gateway holding the sockets. */
    "profile-hub": { type: "string" },
  },
});
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
const hub = await startGatewayProcess(
  { DATABASE_URL: database.url, ADMIN_TOKEN: ADMIN, SYNC_WORKERS: "0" },
  30_000,
  values["profile-hub"],
);
const runner = await startGateway({ DATABASE_URL: database.url, SYNC_WORKERS: "0", SYNC_BATCH_SIZE: "2000" });
try {
  const { destinationId, cohortId, cohortUuid } = await setUpSync(runner, "fan-out");
  await fillCohort(runner, cohortUuid, 0, 200_000);
  // No worker anywhere yet: the run waits in the queue while the subscribers connect.
  const { runId } = await createSync(runner, cohortId, destinationId);

  // Subscribers are spread over several processes, so the measured latency is the gateway's, not
  // the time one load generator needs to decode 1,000 messages per event on a shared core.
  const shares = Math.max(1, Math.min(Number(values.processes), Math.ceil(subscribers / 250)));
  const children = Array.from({ length: shares }, (_, i) => {
    const share = Math.floor(subscribers / shares) + (i < subscribers % shares ? 1 : 0);
    const args = [
      "--import",
      "tsx",
      "bench/fanout-subscribers.ts",
      hub.url.replace(/^http/, "ws"),
      ADMIN,
      runId,
    ];
    return spawn(process.execPath, [...args, String(share)]);
  });
  const outputs = children.map(
    (child) =>
      new Promise<{ latencies: number[]; finals: number[]; byKind: Record<string, number[]> }>(
        (resolve, reject) => {
          let buffer = "";
          child.stdout.on("data", (chunk: Buffer) => {
            buffer += chunk.toString();
          });
          child.once("exit", (code) => {
            const last = buffer.trim().split("\n").at(-1) ?? "";
            if (code !== 0) reject(new Error(`subscriber process exited ${code}: ${buffer.slice(-500)}`));
            else resolve(JSON.parse(last));
          });
        },
      ),
  );
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          child.stdout.on("data", (chunk: Buffer) => {
            if (chunk.toString().includes("ready")) resolve();
          });
        }),
    ),
  );
  process.stdout.write(`${subscribers} subscribers connected in ${shares} processes; running the sync\n`);
  // The run executes in a third process, so neither the hub nor the subscribers share its loop.
  const worker = await startGatewayProcess({
    DATABASE_URL: database.url,
    ADMIN_TOKEN: ADMIN,
    SYNC_WORKERS: "1",
    SYNC_BATCH_SIZE: "2000",
    SYNC_POLL_MS: "20",
  });
  const results = await Promise.all(outputs);
  await worker.stop();
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const finals = results.flatMap((r) => r.finals);
  for (const kind of [...new Set(results.flatMap((r) => Object.keys(r.byKind)))]) {
    const samples = results.flatMap((r) => r.byKind[kind] ?? []).sort((a, b) => a - b);
    process.stdout.write(
      `  ${kind}: ${samples.length} deliveries, p50 ${percentile(samples, 50)} ms, p99 ${percentile(samples, 99)} ms, max ${samples.at(-1)} ms\n`,
    );
  }
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
