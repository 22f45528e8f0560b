/**
 * The same sync on the embedded database (PGlite) and on PostgreSQL, in the same run.
 *
 *   npx tsx bench/embedded.ts [--size 100000]
 *
 * No target: the figure tells people what the embedded mode costs, so they know when to move to
 * PostgreSQL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { App } from "../src/app.ts";
import {
  createBenchDatabase,
  createSync,
  fillCohort,
  ms,
  record,
  setUpSync,
  startGateway,
  timed,
  waitForRun,
} from "./lib.ts";

const { values } = parseArgs({ options: { size: { type: "string", default: "100000" } } });
const size = Number(values.size);

async function syncOnce(app: App): Promise<number> {
  const { destinationId, cohortId, cohortUuid } = await setUpSync(app, "embedded");
  await fillCohort(app, cohortUuid, 0, size);
  const [, took] = await timed(async () => {
    const { runId } = await createSync(app, cohortId, destinationId);
    return waitForRun(app, runId, 20);
  });
  return took;
}

const dir = mkdtempSync(join(tmpdir(), "csg-bench-pglite-"));
const database = await createBenchDatabase();
try {
  const pglite = await startGateway({ DATA_DIR: dir, SYNC_WORKERS: "1", SYNC_POLL_MS: "20" });
  const embedded = await syncOnce(pglite).finally(() => pglite.stop());
  const server = await startGateway({ DATABASE_URL: database.url, SYNC_WORKERS: "1", SYNC_POLL_MS: "20" });
  const postgres = await syncOnce(server).finally(() => server.stop());
  record({
    bench: "embedded vs server",
    case: `first sync of ${size.toLocaleString("en")} members`,
    ours: `PGlite ${ms(embedded)}`,
    baseline: `PostgreSQL ${ms(postgres)}`,
    ratio: embedded / postgres,
    target: "none (informational)",
    met: true,
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
  await database.drop();
}
