import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Runs `scripts/demo.ts` the way `npm run demo` does, on its own temporary database and a free port. */
async function runDemo(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // The demo must not pick up a database or token meant for something else.
  const { DATABASE_URL, DATA_DIR, ADMIN_TOKEN, PORT, TEST_DATABASE_URL, ...env } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/demo.ts", ...args], {
    env: { ...env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}

describe("npm run demo", () => {
  it("imports a cohort, syncs it with live progress, reports the outcome and cleans up", async () => {
    const { code, stdout, stderr } = await runDemo(["--members", "2000", "--exit"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });

    // Not a terminal: one progress line per event, ending with the completed run.
    const progress = stdout.split("\n").filter((line) => /^(QUEUED|RUNNING|SUCCEEDED)\s/.test(line));
    expect(progress.at(-1)).toMatch(/^SUCCEEDED DONE .*\] 2,000\/2,000 {2}added 1,940 {2}skipped 60$/);
    expect(stdout).toContain("Imported 2,000 CSV rows");
    expect(stdout).toMatch(/Notification \(SYNC_SUCCEEDED\): .*1940 added, 0 removed, 60 skipped/);

    // Every 33rd generated member has no user_id: 60 of 2,000.
    expect(stdout).toContain(
      [
        "Segment (default/production)",
        "  key            cohort-demo-churned-users",
        "  name           Demo churned users",
        "  includedCount  1,940",
        "  isBig          true",
        '  source         COHORT "Demo churned users"',
        "",
        "Missing user_id: 60 members are not in the segment. The first few:",
        "  amplitude_id 100000000033  device_id device-x",
      ].join("\n"),
    );
    expect(stdout).toMatch(/Every member as CSV: curl .*\/cohorts\/[0-9a-f-]{36}\/export\.csv/);

    expect(stdout).toMatch(/GraphiQL: http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(stdout).toMatch(/Headers tab: \{"Authorization": "Bearer csg_[\w-]{32}"\}/);

    const dataDir = /embedded database in (\S+)\)/.exec(stdout)?.[1];
    expect(dataDir).toBeTruthy();
    expect(existsSync(dataDir!)).toBe(false);
  });

  it("explains its flags and refuses a bad member count", async () => {
    const { code, stdout } = await runDemo(["--members", "lots"]);
    expect(code).toBe(2);
    expect(stdout).toContain("usage: npm run demo -- [--members N] [--exit]");
  });
});
