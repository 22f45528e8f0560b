import { connect, createServer, type Server, type Socket } from "node:net";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/client.ts";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient, subscribe, take, wsClient } from "./support/client.ts";
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from "./support/database.ts";
import { type GatewayProcess, startGatewayProcess } from "./support/process.ts";
import { createCohortWith, syncFixture, waitForRun } from "./support/sync-fixtures.ts";

// The gateway reaches PostgreSQL through a TCP proxy the test controls, so the database can be made
// unreachable (and reachable again) without touching the machine's server.

const OutageCreateSync = graphql(`
  mutation OutageCreateSync($input: CreateCohortSyncInput!) {
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

const OutageRunSync = graphql(`
  mutation OutageRunSync($id: ID!) {
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

const OutageRun = graphql(`
  query OutageRun($id: ID!) {
    syncRun(id: $id) {
      status
      phase
      processed
      attempt
    }
  }
`);

const OutageProgress = graphql(`
  subscription OutageProgress($runId: ID!) {
    syncRunProgress(runId: $runId) {
      __typename
      status
      processed
    }
  }
`);

const OutageActivity = graphql(`
  subscription OutageActivity {
    activity {
      action
      resource
    }
  }
`);

const OutageCreateProject = graphql(`
  mutation OutageCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
    }
  }
`);

/** A TCP proxy on a fixed port that can be stopped (refusing and cutting every connection) and restarted. */
class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

/** The type of a progress stream's last event, or what went wrong. */
function lastEvent(events: unknown): string {
  if (!Array.isArray(events)) return String(events);
  return (
    (events.at(-1) as { data?: { syncRunProgress: { __typename: string } } })?.data?.syncRunProgress
      .__typename ?? "nothing"
  );
}

const uuidOf = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1]!;

describe.skipIf(!TEST_DATABASE_URL)("database outage", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let proxiedUrl: string;
  let app: TestApp;
  let admin: ReturnType<typeof httpClient>;
  const workers: GatewayProcess[] = [];

  // A fresh database, proxy and gateway for each scenario, so one cut leaves nothing for the next.
  // This gateway serves the API and subscriptions; runs execute in a separate gateway process.
  beforeEach(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.url!);
    proxy = new TcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.start();
    const proxied = new URL(database.url!);
    proxied.port = String(proxy.port);
    // postgres.js waits longer after every failed connection attempt (shared by the pool, up to
    // 20 s); a fixed half second keeps recovery prompt. See docs/reliability.md.
    const backoff = process.env.OUTAGE_BACKOFF ?? "0.5";
    if (backoff !== "default") proxied.searchParams.set("backoff", backoff);
    proxiedUrl = proxied.toString();
    app = await startTestApp({
      testDatabase: { ...database, url: proxiedUrl },
      env: { SYNC_WORKERS: "0", DATABASE_POOL_SIZE: "4" },
    });
    admin = httpClient(app.url, app.adminToken);
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop("SIGKILL")));
    await app?.close();
    await proxy?.stop();
    await database?.drop();
  });

  function startWorker(url: string): Promise<GatewayProcess> {
    return startGatewayProcess({
      DATABASE_URL: url,
      ADMIN_TOKEN: app.adminToken,
      SYNC_WORKERS: "1",
      SYNC_POLL_MS: "200",
      SYNC_LEASE_MS: "1000",
      SYNC_RETRY_BASE_MS: "100",
      SYNC_BATCH_SIZE: "1000",
      DATABASE_POOL_SIZE: "4",
    }).then((worker) => {
      workers.push(worker);
      return worker;
    });
  }

  /**
   * Waits for the run. If the worker that lived through the cut is wedged (a postgres.js 3.4.9 bug
   * can leave a query unsettled forever when a connection dies mid-transaction; see
   * docs/reliability.md), it is killed and another process must finish the run, as after any crash.
   */
  async function finish(runId: string, worker: GatewayProcess) {
    const done = await waitForRun(app, runId, ["SUCCEEDED", "FAILED"], 15_000).catch(() => null);
    if (done) return { done, rescued: false };
    await worker.stop("SIGKILL");
    await startWorker(database.url!);
    return { done: await waitForRun(app, runId, ["SUCCEEDED", "FAILED"], 30_000), rescued: true };
  }

  /** A cohort of `size` members and a sync of it, whose first run is queued and starts at once. */
  async function bigSync(size: number) {
    const fixture = await syncFixture(app);
    const cohortId = await createCohortWith(app, `Outage ${Date.now()}`, []);
    await app.database.db.execute(sql`
      insert into cohort_members (cohort_id, member_key, amplitude_id, user_id)
      select ${uuidOf(cohortId)}, 'a:' || i, i::text, 'user-' || i from generate_series(1, ${size}) i`);
    await app.database.db.execute(
      sql`update cohorts set member_count = ${size} where id = ${uuidOf(cohortId)}`,
    );
    const created = (
      await admin.data(OutageCreateSync, {
        input: { cohortId, destinationId: fixture.destinationId, frequency: "ONE_TIME" },
      })
    ).createCohortSync;
    if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
    return { cohortId, syncId: created.data.id, runId: created.data.activeRun!.id };
  }

  async function untilStaging(runId: string): Promise<void> {
    for (;;) {
      const run = (await admin.data(OutageRun, { id: runId })).syncRun!;
      if (run.phase === "STAGING" && run.processed > 0) return;
      if (run.status !== "QUEUED" && run.status !== "RUNNING")
        throw new Error(`run ended: ${JSON.stringify(run)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function expectSegmentEqualsCohort(syncId: string, cohortId: string, size: number) {
    const [diff] = await queryRows<{ missing: number; extra: number; included: number }>(
      app.database.db,
      sql`
        with seg as (
          select t.context_key from segment_targets t join cohort_syncs s on s.segment_id = t.segment_id
          where s.id = ${uuidOf(syncId)}
        ), want as (select user_id as context_key from cohort_members where cohort_id = ${uuidOf(cohortId)})
        select
          (select count(*)::int from want where context_key not in (select context_key from seg)) as missing,
          (select count(*)::int from seg where context_key not in (select context_key from want)) as extra,
          (select included_count from segments g join cohort_syncs s on s.segment_id = g.id
            where s.id = ${uuidOf(syncId)}) as included`,
    );
    expect(diff).toEqual({ missing: 0, extra: 0, included: size });
  }

  /** Publishes activity until the subscriber sees it: proves the bus's LISTEN works (again). */
  async function expectLiveActivity(
    events: AsyncIterator<{ data?: { activity: { resource: string } } | null }>,
  ) {
    const key = `outage-${Math.random().toString(36).slice(2, 8)}`;
    // next() by hand: leaving a for-await loop would end the subscription.
    const seen = (async () => {
      for (;;) {
        const next = await events.next();
        if (next.done) return "ended";
        if (next.value.data?.activity.resource === `proj/${key}`) return "seen";
      }
    })();
    await admin.data(OutageCreateProject, { input: { key, name: key } });
    const result = await Promise.race([seen, new Promise((r) => setTimeout(() => r("timeout"), 10_000))]);
    expect(result).toBe("seen");
  }

  it("survives its connections being terminated mid-run: retries the run, listeners resume", async () => {
    const subscriber = wsClient(app.url, app.adminToken);
    try {
      const activity = subscribe(subscriber, OutageActivity)[Symbol.asyncIterator]();
      await expectLiveActivity(activity);
      const worker = await startWorker(proxiedUrl);
      const { cohortId, syncId, runId } = await bigSync(60_000);
      const progress = take(subscribe(subscriber, OutageProgress, { runId }), 10_000, 30_000).catch(
        (error: unknown) => error,
      );
      await untilStaging(runId);

      const killer = postgres(TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
      try {
        const killed = await killer`
          select pg_terminate_backend(pid) as ok from pg_stat_activity
          where application_name in (${`cohort-sync-gateway:${process.pid}`}, ${`cohort-sync-gateway:${worker.child.pid}`})
            and datname = ${new URL(database.url!).pathname.slice(1)}`;
        expect(killed.length).toBeGreaterThan(2);
      } finally {
        await killer.end();
      }

      expect((await fetch(`${app.origin}/healthz`)).status).toBe(200);
      const { done, rescued } = await finish(runId, worker);
      console.log(
        `terminated connections: run ${done.status} at attempt ${done.attempt}${rescued ? " (wedged worker, rescued)" : ""}`,
      );
      expect(done).toMatchObject({ status: "SUCCEEDED", processed: 60_000 });
      expect(done.attempt).toBeGreaterThanOrEqual(2);
      await expectSegmentEqualsCohort(syncId, cohortId, 60_000);
      // The progress subscription saw the run through to its end, across the cut.
      expect(lastEvent(await progress)).toBe("SyncRunCompleted");
      await expectLiveActivity(activity);
    } finally {
      await subscriber.dispose();
    }
  });

  it("reports the outage on /readyz while the database is unreachable, then finishes the run", async () => {
    const subscriber = wsClient(app.url, app.adminToken);
    try {
      const activity = subscribe(subscriber, OutageActivity)[Symbol.asyncIterator]();
      await expectLiveActivity(activity);
      const worker = await startWorker(proxiedUrl);
      const { cohortId, syncId, runId } = await bigSync(40_000);
      const progress = take(subscribe(subscriber, OutageProgress, { runId }), 10_000, 40_000).catch(
        (error: unknown) => error,
      );
      await untilStaging(runId);

      await proxy.stop();
      const outageStarted = Date.now();
      const readyDuring = await fetch(`${app.origin}/readyz`);
      expect(readyDuring.status).toBe(503);
      expect(await readyDuring.json()).toEqual({ status: "database unreachable" });
      expect((await fetch(`${app.origin}/healthz`)).status).toBe(200);
      // API calls fail cleanly (no crash, no hang) while the database is away.
      const during = await admin.request(OutageRun, { id: runId });
      expect(during.errors?.length).toBeGreaterThan(0);
      // Long enough for the run's lease to run out while its worker cannot reach the database.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 2500 - (Date.now() - outageStarted))));
      expect((await fetch(`${app.origin}/readyz`)).status).toBe(503);

      await proxy.start();
      const restarted = Date.now();
      for (let i = 0; i < 300 && (await fetch(`${app.origin}/readyz`)).status !== 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await fetch(`${app.origin}/readyz`)).status).toBe(200);
      const readyAfterMs = Date.now() - restarted;

      const { done, rescued } = await finish(runId, worker);
      console.log(
        `outage: ready ${readyAfterMs} ms and run ${done.status} ${Date.now() - restarted} ms after the database came back${rescued ? " (wedged worker, rescued)" : ""}`,
      );
      expect(done).toMatchObject({ status: "SUCCEEDED", processed: 40_000 });
      await expectSegmentEqualsCohort(syncId, cohortId, 40_000);
      expect(lastEvent(await progress)).toBe("SyncRunCompleted");
      await expectLiveActivity(activity);
      // And new runs work as before.
      const again = (await admin.data(OutageRunSync, { id: syncId })).runCohortSync;
      if (again.__typename !== "MutationRunCohortSyncSuccess") throw new Error(JSON.stringify(again));
      expect(await waitForRun(app, again.data.id)).toMatchObject({ status: "SUCCEEDED" });
    } finally {
      await subscriber.dispose();
    }
  });
});
