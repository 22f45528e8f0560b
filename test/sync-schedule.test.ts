import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { TEST_DATABASE_URL } from "./support/database.ts";
import { createCohortWith, syncFixture, waitForRun } from "./support/sync-fixtures.ts";

const ScheduleCreate = graphql(`
  mutation ScheduleCreate($input: CreateCohortSyncInput!) {
    createCohortSync(input: $input) {
      __typename
      ... on MutationCreateCohortSyncSuccess {
        data {
          id
          nextRunAt
          activeRun {
            id
          }
        }
      }
    }
  }
`);

const ScheduleRuns = graphql(`
  query ScheduleRuns($id: ID!) {
    cohortSync(id: $id) {
      nextRunAt
      runs(first: 50) {
        nodes {
          id
          trigger
          status
        }
      }
    }
  }
`);

const HOUR = 60 * 60 * 1000;

// With PostgreSQL, two gateways share the database and both run schedulers; PGlite has one.
describe("scheduled cohort syncs", () => {
  // A minute ahead of the wall clock, so runs queued with the database's now() are already due.
  let clock = Date.now() + 60_000;
  const now = () => new Date(clock);
  const apps: TestApp[] = [];

  beforeAll(async () => {
    const env = { SYNC_POLL_MS: "25" };
    const first = await startTestApp({ env, now });
    apps.push(first);
    if (TEST_DATABASE_URL) apps.push(await startTestApp({ env, now, testDatabase: first.testDatabase }));
  });
  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
  });

  async function advance(ms: number): Promise<void> {
    clock += ms;
    for (const app of apps) app.worker?.poke();
    // Several scheduler passes in every process.
    await new Promise((resolve) => setTimeout(resolve, 400));
  }

  it("fires hourly and daily syncs once per period across every gateway process", async () => {
    const app = apps[0]!;
    const fixture = await syncFixture(app);
    const syncs: Record<"HOURLY" | "DAILY", string> = { HOURLY: "", DAILY: "" };
    for (const frequency of ["HOURLY", "DAILY"] as const) {
      const cohortId = await createCohortWith(app, `Scheduled ${frequency}`, [
        { amplitudeId: "1", userId: "u1" },
      ]);
      const created = (
        await fixture.admin.data(ScheduleCreate, {
          input: { cohortId, destinationId: fixture.destinationId, frequency },
        })
      ).createCohortSync;
      if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
      await waitForRun(app, created.data.activeRun!.id);
      syncs[frequency] = created.data.id;
    }
    const scheduled = async (id: string) => {
      const runs = (await fixture.admin.data(ScheduleRuns, { id })).cohortSync!.runs.nodes;
      for (const run of runs)
        if (run.status === "QUEUED" || run.status === "RUNNING") await waitForRun(app, run.id);
      return runs.filter((r) => r.trigger === "SCHEDULE").length;
    };

    await advance(30 * 60 * 1000);
    expect(await scheduled(syncs.HOURLY)).toBe(0);
    await advance(31 * 60 * 1000); // +61 min
    expect(await scheduled(syncs.HOURLY)).toBe(1);
    await advance(20 * 60 * 1000); // +81 min: same period
    expect(await scheduled(syncs.HOURLY)).toBe(1);
    await advance(HOUR); // +141 min
    expect(await scheduled(syncs.HOURLY)).toBe(2);
    expect(await scheduled(syncs.DAILY)).toBe(0);

    // A gateway that was away for a day and a half runs a missed hourly sync once, not 36 times.
    await advance(36 * HOUR);
    expect(await scheduled(syncs.HOURLY)).toBe(3);
    expect(await scheduled(syncs.DAILY)).toBe(1);
    const state = (await fixture.admin.data(ScheduleRuns, { id: syncs.HOURLY })).cohortSync!;
    expect(new Date(state.nextRunAt!).getTime()).toBeGreaterThan(clock);
    expect(new Date(state.nextRunAt!).getTime()).toBeLessThanOrEqual(clock + HOUR);
  });
});
