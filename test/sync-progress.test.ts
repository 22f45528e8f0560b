import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient, sseSubscribe, subscribe, take, wsClient } from "./support/client.ts";
import { TEST_DATABASE_URL } from "./support/database.ts";
import { type GatewayProcess, startGatewayProcess } from "./support/process.ts";
import { createCohortWith, syncFixture, waitForRun } from "./support/sync-fixtures.ts";

const ProgressCreate = graphql(`
  mutation ProgressCreate($input: CreateCohortSyncInput!) {
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

const ProgressRunNow = graphql(`
  mutation ProgressRunNow($id: ID!) {
    runCohortSync(id: $id) {
      __typename
      ... on MutationRunCohortSyncSuccess {
        data {
          id
        }
      }
    }
  }
`);

const ProgressRun = graphql(`
  query ProgressRun($id: ID!) {
    syncRun(id: $id) {
      durationMs
      status
      phase
      processed
    }
  }
`);

const RunProgress = graphql(`
  subscription RunProgress($runId: ID!) {
    syncRunProgress(runId: $runId) {
      __typename
      runId
      sequence
      status
      phase
      total
      processed
      added
      removed
      skippedMissingKey
    }
  }
`);

const AllSyncEvents = graphql(`
  subscription AllSyncEvents($cohortSyncId: ID) {
    syncEvents(cohortSyncId: $cohortSyncId) {
      __typename
      runId
      cohortSyncId
      sequence
    }
  }
`);

const ProgressToken = graphql(`
  mutation ProgressToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on MutationCreateAccessTokenSuccess {
        data {
          secret
        }
      }
    }
  }
`);

type Event = { __typename: string; sequence: number; status: string; processed: number; added: number };

/** Adds `count` members set-based (fast), so a run has enough batches to watch. */
async function bigCohort(app: TestApp, count: number): Promise<string> {
  const cohortId = await createCohortWith(app, `Progress ${randomBytes(3).toString("hex")}`, []);
  const uuid = Buffer.from(cohortId, "base64").toString().split(":")[1]!;
  await app.database.db.execute(sql`
    insert into cohort_members (cohort_id, member_key, amplitude_id, user_id)
    select ${uuid}, 'a:' || i, i::text, 'user-' || i from generate_series(1, ${count}) i`);
  await app.database.db.execute(sql`update cohorts set member_count = ${count} where id = ${uuid}`);
  return cohortId;
}

async function createSync(app: TestApp, destinationId: string, cohortId: string) {
  const created = (
    await httpClient(app.url, app.adminToken).data(ProgressCreate, {
      input: { cohortId, destinationId, frequency: "ONE_TIME" },
    })
  ).createCohortSync;
  if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
  return { syncId: created.data.id, runId: created.data.activeRun!.id };
}

function expectWellFormed(events: Event[], total: number): void {
  const sequences = events.map((e) => e.sequence);
  expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
  expect(new Set(sequences).size).toBe(sequences.length);
  const last = events.at(-1)!;
  expect(last).toMatchObject({
    __typename: "SyncRunCompleted",
    status: "SUCCEEDED",
    processed: total,
    added: total,
  });
  expect(events.filter((e) => e.__typename === "SyncRunCompleted")).toHaveLength(1);
}

async function collectAll<T>(iterator: AsyncIterable<T>, timeoutMs = 30_000): Promise<T[]> {
  const values: T[] = [];
  const timer = setTimeout(() => {
    throw new Error("subscription did not complete");
  }, timeoutMs);
  try {
    for await (const value of iterator) values.push(value);
  } finally {
    clearTimeout(timer);
  }
  return values;
}

describe("live sync progress", () => {
  let app: TestApp;
  beforeAll(async () => {
    // Small batches: runs take long enough to join midway.
    app = await startTestApp({ env: { SYNC_BATCH_SIZE: "100", SYNC_POLL_MS: "50" } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("streams a run from its current state to its completion over graphql-ws, then ends", async () => {
    const fixture = await syncFixture(app);
    const cohortId = await bigCohort(app, 10_000);
    const { runId } = await createSync(app, fixture.destinationId, cohortId);
    const client = wsClient(app.url, app.adminToken);
    try {
      const results = await collectAll(subscribe(client, RunProgress, { runId }));
      const events = results.map((r) => r.data!.syncRunProgress as Event);
      expectWellFormed(events, 10_000);
      expect(events.length).toBeGreaterThanOrEqual(2);
    } finally {
      await client.dispose();
    }
  });

  it("gives a subscriber arriving mid-run the current state, then the rest, and one arriving after the end the final state", async () => {
    const fixture = await syncFixture(app);
    const cohortId = await bigCohort(app, 20_000);
    const { runId } = await createSync(app, fixture.destinationId, cohortId);
    const admin = httpClient(app.url, app.adminToken);
    for (;;) {
      const run = (await admin.data(ProgressRun, { id: runId })).syncRun!;
      if (run.phase === "STAGING" && run.processed > 0) break;
      if (run.status === "SUCCEEDED")
        throw new Error(`run finished before the test could join mid-run ${JSON.stringify(run)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const client = wsClient(app.url, app.adminToken);
    try {
      const mid = (await collectAll(subscribe(client, RunProgress, { runId }))).map(
        (r) => r.data!.syncRunProgress as Event,
      );
      expect(mid[0]!.status).toBe("RUNNING");
      expect(mid[0]!.processed).toBeGreaterThan(0);
      expectWellFormed(mid, 20_000);

      const after = (await collectAll(subscribe(client, RunProgress, { runId }))).map(
        (r) => r.data!.syncRunProgress as Event,
      );
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({
        __typename: "SyncRunCompleted",
        status: "SUCCEEDED",
        processed: 20_000,
      });
    } finally {
      await client.dispose();
    }
  });

  it("works the same over SSE", async () => {
    const fixture = await syncFixture(app);
    const cohortId = await bigCohort(app, 20_000);
    const { runId } = await createSync(app, fixture.destinationId, cohortId);
    const results = await collectAll(sseSubscribe(app.url, app.adminToken, RunProgress, { runId }));
    expect(results.every((r) => !r.errors)).toBe(true);
    expectWellFormed(
      results.map((r) => r.data!.syncRunProgress as Event),
      20_000,
    );
  });

  it("refuses a subscription to a run the caller may not read", async () => {
    const fixture = await syncFixture(app);
    const cohortId = await createCohortWith(app, "Private", [{ amplitudeId: "1", userId: "u" }]);
    const { runId } = await createSync(app, fixture.destinationId, cohortId);
    const outsider = (
      await fixture.admin.data(ProgressToken, {
        input: {
          name: "segments only",
          policy: [{ effect: "ALLOW", actions: ["read"], resources: ["proj/*:env/*:segment/*"] }],
        },
      })
    ).createAccessToken;
    if (outsider.__typename !== "MutationCreateAccessTokenSuccess") throw new Error(JSON.stringify(outsider));
    const client = wsClient(app.url, outsider.data.secret);
    try {
      const results = await collectAll(subscribe(client, RunProgress, { runId })).catch((error: unknown) => [
        { errors: Array.isArray(error) ? error : [error], data: null },
      ]);
      expect(results).toHaveLength(1);
      expect(JSON.stringify(results[0]!.errors)).toMatch(/not authorized|NOT_ALLOWED|Not authorized/i);
      const sse = await collectAll(sseSubscribe(app.url, outsider.data.secret, RunProgress, { runId }));
      expect(sse[0]!.errors?.length).toBeGreaterThan(0);
    } finally {
      await client.dispose();
    }
    await waitForRun(app, runId);
  });

  it("filters syncEvents by cohort sync", async () => {
    const fixture = await syncFixture(app);
    const one = await createSync(
      app,
      fixture.destinationId,
      await createCohortWith(app, "One", [{ amplitudeId: "1", userId: "a" }]),
    );
    await waitForRun(app, one.runId);
    const two = await createSync(
      app,
      fixture.destinationId,
      await createCohortWith(app, "Two", [{ amplitudeId: "2", userId: "b" }]),
    );
    await waitForRun(app, two.runId);
    const client = wsClient(app.url, app.adminToken);
    try {
      const events = subscribe(client, AllSyncEvents, { cohortSyncId: one.syncId });
      const received = take(events, 3, 15_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const admin = httpClient(app.url, app.adminToken);
      await admin.data(ProgressRunNow, { id: two.syncId });
      await admin.data(ProgressRunNow, { id: one.syncId });
      const seen = await received;
      expect(seen.every((r) => r.data?.syncEvents.cohortSyncId === one.syncId)).toBe(true);
      expect(seen.map((r) => r.data!.syncEvents.__typename)).toEqual([
        "SyncRunQueued",
        "SyncRunStarted",
        expect.any(String),
      ]);
      await events.return?.();
    } finally {
      await client.dispose();
    }
  });
});

describe.skipIf(!TEST_DATABASE_URL)("live sync progress across processes", () => {
  let api: TestApp;
  let worker: GatewayProcess;
  beforeAll(async () => {
    api = await startTestApp({ env: { SYNC_WORKERS: "0" } });
    worker = await startGatewayProcess({
      DATABASE_URL: api.testDatabase.url!,
      ADMIN_TOKEN: api.adminToken,
      SYNC_BATCH_SIZE: "2000",
      SYNC_POLL_MS: "50",
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  it("delivers every event of a run executed by process B to a graphql-ws subscriber on process A, in order", async () => {
    const fixture = await syncFixture(api);
    const cohortId = await bigCohort(api, 40_000);
    const { syncId, runId: firstRunId } = await createSync(api, fixture.destinationId, cohortId);
    const client = wsClient(api.url, api.adminToken);
    try {
      // The first run may already be under way: it yields its current state, then the rest.
      const first = (await collectAll(subscribe(client, RunProgress, { runId: firstRunId }))).map(
        (r) => r.data!.syncRunProgress as Event,
      );
      expectWellFormed(first, 40_000);

      // Subscribed before the next run is queued, the whole life of that run arrives, in order.
      const feed = subscribe(client, AllSyncEvents, { cohortSyncId: syncId });
      const received: Array<{ __typename: string; runId: string; sequence: number }> = [];
      const done = (async () => {
        for await (const result of feed) {
          const event = result.data!.syncEvents;
          received.push(event);
          if (event.__typename === "SyncRunCompleted") return;
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const rerun = (await httpClient(api.url, api.adminToken).data(ProgressRunNow, { id: syncId }))
        .runCohortSync;
      if (rerun.__typename !== "MutationRunCohortSyncSuccess") throw new Error(JSON.stringify(rerun));
      await done;
      await feed.return?.();
      expect(received.every((e) => e.runId === rerun.data.id)).toBe(true);
      const kinds = received.map((e) => e.__typename);
      expect(kinds[0]).toBe("SyncRunQueued");
      expect(kinds[1]).toBe("SyncRunStarted");
      expect(kinds.at(-1)).toBe("SyncRunCompleted");
      expect(kinds.slice(2, -1).every((k) => k === "SyncRunProgress")).toBe(true);
      const sequences = received.map((e) => e.sequence);
      // Consecutive numbers: nothing was lost between the worker's process and this one.
      expect(sequences).toEqual(sequences.map((_, i) => sequences[0]! + i));
    } finally {
      await client.dispose();
    }
  });

  it("still delivers the completion when the subscriber's listener connection drops mid-run", async () => {
    const fixture = await syncFixture(api);
    const cohortId = await bigCohort(api, 80_000);
    const { runId } = await createSync(api, fixture.destinationId, cohortId);
    const client = wsClient(api.url, api.adminToken);
    try {
      const stream = collectAll(subscribe(client, RunProgress, { runId }), 60_000);
      const admin = httpClient(api.url, api.adminToken);
      for (;;) {
        const run = (await admin.data(ProgressRun, { id: runId })).syncRun!;
        if (run.phase === "STAGING" && run.processed > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // Cut this process's connections (its LISTEN connection among them); the worker's stay up.
      const killer = postgres(api.testDatabase.url!, { max: 1, onnotice: () => {} });
      await killer`select pg_terminate_backend(pid) from pg_stat_activity
                   where application_name = ${`cohort-sync-gateway:${process.pid}`}`;
      await killer.end();
      const events = (await stream).map((r) => r.data!.syncRunProgress as Event);
      expect(events.at(-1)).toMatchObject({
        __typename: "SyncRunCompleted",
        status: "SUCCEEDED",
        processed: 80_000,
      });
    } finally {
      await client.dispose();
    }
  });
});
