/**
 * A very large sync in a separate gateway process, sampling that process's resident memory.
 *
 *   npx tsx bench/big-sync.ts [--size 10000000]
 *
 * The cohort is filled inside the database (not measured); the sync runs end to end in a gateway
 * started as its own process, whose RSS is read from /proc every 100 ms. Target: it completes and
 * the peak RSS stays under 300 MB. Baseline: the same gateway's RSS when idle, in the same run.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startGatewayProcess } from "../test/support/process.ts";
import {
  ADMIN,
  createBenchDatabase,
  createSync,
  fillCohort,
  gql,
  ms,
  record,
  setUpSync,
  startGateway,
  timed,
} from "./lib.ts";

const { values } = parseArgs({ options: { size: { type: "string", default: "10000000" } } });
const size = Number(values.size);

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

const database = await createBenchDatabase();
// An API-only gateway in this process sets up the data; the measured one runs the sync.
const api = await startGateway({ DATABASE_URL: database.url, SYNC_WORKERS: "0" });
const worker = await startGatewayProcess({
  DATABASE_URL: database.url,
  ADMIN_TOKEN: ADMIN,
  SYNC_WORKERS: "1",
  SYNC_POLL_MS: "50",
});
try {
  const pid = worker.child.pid!;
  const { destinationId, cohortId, cohortUuid } = await setUpSync(api, `big ${size}`);
  const [, fillMs] = await timed(() => fillCohort(api, cohortUuid, 0, size));
  process.stdout.write(`filled ${size.toLocaleString("en")} members in ${ms(fillMs)}\n`);
  const idle = rssMb(pid);
  let peak = idle;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 100);
  const [run, took] = await timed(async () => {
    const { runId } = await createSync(api, cohortId, destinationId);
    for (;;) {
      const { syncRun } = await gql<{ syncRun: { status: string; added: number; processed: number } }>(
        api.url,
        `query($id: ID!) { syncRun(id: $id) { status added processed } }`,
        { id: runId },
      );
      if (syncRun.status === "SUCCEEDED" || syncRun.status === "FAILED") return syncRun;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });
  clearInterval(sampler);
  if (run.status !== "SUCCEEDED" || run.added !== size)
    throw new Error(`big sync ended ${JSON.stringify(run)}`);
  record({
    bench: "big sync",
    case: `${size.toLocaleString("en")} members in ${ms(took)}`,
    ours: `peak RSS ${Math.round(peak)} MB`,
    baseline: `idle RSS ${Math.round(idle)} MB`,
    ratio: peak / 300,
    target: "completes, peak RSS < 300 MB",
    met: peak < 300,
  });
} finally {
  await worker.stop();
  await api.stop();
  await database.drop();
}
