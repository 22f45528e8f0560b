import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/client.ts";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { TEST_DATABASE_URL } from "./support/database.ts";
import { type GatewayProcess, startGatewayProcess } from "./support/process.ts";
import { createCohortWith, syncFixture, waitForRun } from "./support/sync-fixtures.ts";

const WorkersCreate = graphql(`
  mutation WorkersCreate($input: CreateCohortSyncInput!) {
    createCohortSync(input: $input) {
      __typename
      ... on MutationCreateCohortSyncSuccess {
        data {
          id
          activeRun {
            id
          }
        }
      }
    }
  }
`);

const WorkersRun = graphql(`
  query WorkersRun($id: ID!) {
    syncRun(id: $id) {
      status
      attempt
      phase
      processed
      added
    }
  }
`);

async function createSync(
  app: TestApp,
  destinationId: string,
  cohortId: string,
): Promise<{ syncId: string; runId: string }> {
  const { admin } = { admin: (await import("./support/client.ts")).httpClient(app.url, app.adminToken) };
  const created = (
    await admin.data(WorkersCreate, { input: { cohortId, destinationId, frequency: "ONE_TIME" } })
  ).createCohortSync;
  if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
  return { syncId: created.data.id, runId: created.data.activeRun!.id };
}

// Real worker processes can share only a real PostgreSQL server.
describe.skipIf(!TEST_DATABASE_URL)("sync workers in several processes", () => {
  let api: TestApp;
  const processes: GatewayProcess[] = [];
  beforeAll(async () => {
    // This in-process gateway only serves the API: no workers, so runs wait for the processes below.
    api = await startTestApp({ env: { SYNC_WORKERS: "0" } });
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop("SIGKILL")));
    await api?.close();
  });

  function spawnWorker(env: Record<string, string> = {}) {
    return startGatewayProcess({
      DATABASE_URL: api.testDatabase.url!,
      ADMIN_TOKEN: api.adminToken,
      SYNC_WORKERS: "3",
      SYNC_POLL_MS: "50",
      ...env,
    }).then((p) => {
      processes.push(p);
      return p;
    });
  }

  it("runs each of 50 queued runs exactly once between two processes", async () => {
    const fixture = await syncFixture(api);
    const runs: string[] = [];
    for (let i = 0; i < 50; i++) {
      const cohortId = await createCohortWith(api, `Exactly once ${i}`, [
        { amplitudeId: String(i), userId: `user-${i}` },
        { amplitudeId: String(1000 + i), userId: `user-${1000 + i}` },
      ]);
      runs.push((await createSync(api, fixture.destinationId, cohortId)).runId);
    }
    const [a, b] = await Promise.all([spawnWorker(), spawnWorker()]);
    for (const runId of runs) {
      const run = await waitForRun(api, runId, ["SUCCEEDED", "FAILED", "CANCELED"], 60_000);
      expect(run).toMatchObject({ status: "SUCCEEDED", attempt: 1, added: 2 });
    }
    // One success notification per run: no run was applied twice.
    const counts = await queryRows<{ run_id: string; n: number }>(
      api.database.db,
      sql`select run_id, count(*)::int as n from notifications group by run_id`,
    );
    expect(counts).toHaveLength(50);
    expect(counts.every((c) => c.n === 1)).toBe(true);
    const succeededIn = (p: GatewayProcess) =>
      p.output.filter((l) => l.includes("sync run succeeded")).length;
    expect(succeededIn(a!) + succeededIn(b!)).toBe(50);
    expect(succeededIn(a!)).toBeGreaterThan(0);
    expect(succeededIn(b!)).toBeGreaterThan(0);
    await Promise.all([a!.stop(), b!.stop()]);
  });

  it("recovers a run whose worker was killed mid-run, and the segment ends equal to the cohort", async () => {
    const fixture = await syncFixture(api);
    const cohortId = await createCohortWith(api, `Killed ${randomBytes(3).toString("hex")}`, []);
    const cohortUuid = Buffer.from(cohortId, "base64").toString().split(":")[1]!;
    // 200k members, set-based, so staging takes long enough to be interrupted.
    await api.database.db.execute(sql`
      insert into cohort_members (cohort_id, member_key, amplitude_id, user_id)
      select ${cohortUuid}, 'a:' || i, i::text, case when i % 50 = 0 then null else 'user-' || i end
      from generate_series(1, 200000) i`);
    await api.database.db.execute(sql`update cohorts set member_count = 200000 where id = ${cohortUuid}`);
    const { syncId, runId } = await createSync(api, fixture.destinationId, cohortId);

    const victim = await spawnWorker({ SYNC_BATCH_SIZE: "500", SYNC_LEASE_MS: "1500", SYNC_WORKERS: "1" });
    const { httpClient } = await import("./support/client.ts");
    const admin = httpClient(api.url, api.adminToken);
    for (;;) {
      const run = (await admin.data(WorkersRun, { id: runId })).syncRun!;
      if (run.phase === "STAGING" && run.processed > 0) break;
      if (run.status !== "QUEUED" && run.status !== "RUNNING")
        throw new Error(`run ended early: ${JSON.stringify(run)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await victim.stop("SIGKILL");

    const rescuer = await spawnWorker({ SYNC_BATCH_SIZE: "20000", SYNC_LEASE_MS: "1500" });
    const done = await waitForRun(api, runId, ["SUCCEEDED", "FAILED"], 60_000);
    expect(done).toMatchObject({
      status: "SUCCEEDED",
      attempt: 2,
      processed: 200000,
      skippedMissingKey: 4000,
    });
    const [diff] = await queryRows<{ missing: number; extra: number; included: number }>(
      api.database.db,
      sql`
        with seg as (
          select t.context_key from segment_targets t join cohort_syncs s on s.segment_id = t.segment_id
          where s.id = ${Buffer.from(syncId, "base64").toString().split(":")[1]!}
        ), want as (
          select user_id as context_key from cohort_members where cohort_id = ${cohortUuid} and user_id is not null
        )
        select
          (select count(*)::int from want where context_key not in (select context_key from seg)) as missing,
          (select count(*)::int from seg where context_key not in (select context_key from want)) as extra,
          (select included_count from segments g join cohort_syncs s on s.segment_id = g.id
            where s.id = ${Buffer.from(syncId, "base64").toString().split(":")[1]!}) as included`,
    );
    expect(diff).toEqual({ missing: 0, extra: 0, included: 196000 });
    expect(rescuer.output.join("\n")).toContain("sync run succeeded");
    await rescuer.stop();
  });
});
