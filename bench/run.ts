/**
 * Runs every benchmark at its default size, one after another, each in its own process so memory
 * and event loops do not mix. Results are appended to bench/results.jsonl and printed.
 *
 *   npm run bench                # everything (about 15 minutes on 2 cores)
 *   npm run bench -- sync fanout # only these
 */
import { spawnSync } from "node:child_process";

const BENCHES: Record<string, string[]> = {
  sync: ["bench/sync.ts"],
  "big-sync": ["bench/big-sync.ts"],
  lookup: ["bench/lookup.ts"],
  fanout: ["bench/fanout.ts"],
  embedded: ["bench/embedded.ts"],
  "csv-import": ["bench/csv-import.ts"],
};

const chosen = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = chosen.length ? chosen : Object.keys(BENCHES);
let failed = 0;
for (const name of names) {
  const args = BENCHES[name];
  if (!args) {
    process.stderr.write(`unknown benchmark "${name}"; known: ${Object.keys(BENCHES).join(", ")}\n`);
    process.exit(2);
  }
  process.stdout.write(`\n== ${name} ==\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], { stdio: "inherit" });
  process.stdout.write(`(${name}: ${Math.round((Date.now() - started) / 1000)} s, exit ${result.status})\n`);
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
