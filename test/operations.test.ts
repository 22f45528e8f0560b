import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { sseSubscribe, subscribe, take, wsClient } from "./support/client.ts";
import { sample } from "./support/metrics.ts";
import { createCohortWith, syncFixture, waitForRun } from "./support/sync-fixtures.ts";

const OpsCreateSync = graphql(`
  mutation OpsCreateSync($input: CreateCohortSyncInput!) {
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
      ... on Error {
        message
      }
    }
  }
`);

const OpsActivity = graphql(`
  subscription OpsActivity {
    activity {
      action
    }
  }
`);

const METRICS_TOKEN = "metrics-token-0123456789";
const logLines: string[] = [];
const logs = () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({
    log: createLogger("info", { write: (line: string) => void logLines.push(line) }),
    env: { METRICS_TOKEN, ACCESS_LOG: "all", SYNC_WORKERS: "1", SYNC_POLL_MS: "50", SYNC_LEASE_MS: "1000" },
  });
});
afterAll(async () => {
  await app?.close();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${app.origin}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return response.text();
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("request ids and structured logs", () => {
  it("honours and echoes x-request-id, and logs it with the token, operation and outcome", async () => {
    const response = await fetch(app.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${app.adminToken}`,
        "x-request-id": "ops-req-0001",
      },
      body: JSON.stringify({
        query: "query OpsWho { viewer { name token { id } } }",
        operationName: "OpsWho",
      }),
    });
    expect(response.headers.get("x-request-id")).toBe("ops-req-0001");
    const tokenId = ((await response.json()) as { data: { viewer: { token: { id: string } } } }).data.viewer
      .token.id;
    const line = await until(
      async () => logs().find((l) => l.requestId === "ops-req-0001"),
      (l) => l !== undefined,
    );
    expect(line).toMatchObject({
      service: "cohort-sync-gateway",
      level: 30,
      msg: "request completed",
      method: "POST",
      path: "/graphql",
      status: 200,
      operationName: "OpsWho",
      durationMs: expect.any(Number),
    });
    expect(Buffer.from(tokenId, "base64").toString()).toContain(line?.tokenId as string);
  });

  it("by default (ACCESS_LOG=errors) logs failed requests at info and the rest at debug", async () => {
    const lines: string[] = [];
    const quiet = await startTestApp({
      log: createLogger("info", { write: (line: string) => void lines.push(line) }),
    });
    try {
      const call = (token: string, id: string) =>
        fetch(quiet.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${token}`,
            "x-request-id": id,
          },
          body: JSON.stringify({ query: "{ viewer { name } }" }),
        });
      expect((await call(quiet.adminToken, "ops-fine")).status).toBe(200);
      expect((await call("csg_not-a-token", "ops-refused")).status).toBe(401);
      const logged = async () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const refused = await until(logged, (l) => l.some((x) => x.requestId === "ops-refused"));
      expect(refused.find((l) => l.requestId === "ops-refused")).toMatchObject({ status: 401, level: 30 });
      expect(refused.some((l) => l.requestId === "ops-fine")).toBe(false);
    } finally {
      await quiet.close();
    }
  });

  it("makes up an id when there is none or it is not a sane one", async () => {
    for (const given of [undefined, "has spaces in it", "x".repeat(200)]) {
      const response = await fetch(`${app.origin}/healthz`, {
        headers: given === undefined ? {} : { "x-request-id": given },
      });
      const id = response.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(id).not.toBe(given);
    }
  });

  it("carries run ids on the sync engine's lines", async () => {
    const fixture = await syncFixture(app);
    const cohortId = await createCohortWith(app, `Ops ${Date.now()}`, [
      { amplitudeId: "1", userId: "u1" },
      { amplitudeId: "2", userId: "u2" },
      { amplitudeId: "3", userId: null },
    ]);
    const created = (
      await fixture.admin.data(OpsCreateSync, {
        input: { cohortId, destinationId: fixture.destinationId, frequency: "ONE_TIME" },
      })
    ).createCohortSync;
    if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
    const runId = created.data.activeRun!.id;
    await waitForRun(app, runId);
    const runUuid = Buffer.from(runId, "base64").toString().split(":")[1];
    const succeeded = await until(
      async () => logs().find((l) => l.msg === "sync run succeeded"),
      (l) => l !== undefined,
    );
    expect(succeeded).toMatchObject({ runId: runUuid, added: 2, attempt: 1 });
    // Every line is one JSON object, and none carries a secret.
    for (const raw of logLines) {
      expect(() => JSON.parse(raw)).not.toThrow();
      expect(raw).not.toContain(app.adminToken);
      expect(raw).not.toContain(fixture.writerSecret);
    }
  });
});

describe("/metrics", () => {
  it("needs METRICS_TOKEN when one is set", async () => {
    expect((await fetch(`${app.origin}/metrics`)).status).toBe(401);
    const withAccessToken = await fetch(`${app.origin}/metrics`, {
      headers: { authorization: `Bearer ${app.adminToken}` },
    });
    expect(withAccessToken.status).toBe(401);
    expect(await scrape()).toContain("# TYPE cohort_sync_runs_finished_total counter");
  });

  it("reports runs by status, duration, rows, lease recoveries and the queue depth", async () => {
    const fixture = await syncFixture(app);
    const cohortId = await createCohortWith(
      app,
      `Metrics ${Date.now()}`,
      Array.from({ length: 25 }, (_, i) => ({ amplitudeId: String(i), userId: `m-${i}` })),
    );
    const before = await scrape();
    const created = (
      await fixture.admin.data(OpsCreateSync, {
        input: { cohortId, destinationId: fixture.destinationId, frequency: "ONE_TIME" },
      })
    ).createCohortSync;
    if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
    const runId = created.data.activeRun!.id;
    await waitForRun(app, runId);
    const runUuid = Buffer.from(runId, "base64").toString().split(":")[1]!;
    const syncUuid = Buffer.from(created.data.id, "base64").toString().split(":")[1]!;

    const succeeded = (t: string) => sample(t, "cohort_sync_runs_finished_total", 'status="SUCCEEDED"') ?? 0;
    const runs = (t: string) => sample(t, "cohort_sync_run_duration_seconds_count") ?? 0;
    const rows = (t: string) => sample(t, "cohort_sync_rows_processed_total") ?? 0;
    let after = await until(scrape, (t) => succeeded(t) > succeeded(before));
    expect(succeeded(after)).toBe(succeeded(before) + 1);
    expect(runs(after)).toBe(runs(before) + 1);
    expect(rows(after)).toBe(rows(before) + 25);

    // A run whose worker died (its lease ran out) is recovered and counted.
    const recoveries = (t: string) => sample(t, "cohort_sync_lease_recoveries_total") ?? 0;
    await app.database.db.execute(sql`
      update sync_runs set status = 'RUNNING', phase = 'STAGING', lease_owner = 'a-dead-worker',
        lease_until = now() - interval '1 minute', finished_at = null
      where id = ${runUuid}`);
    after = await until(scrape, (t) => recoveries(t) > recoveries(before));
    expect(recoveries(after)).toBe(recoveries(before) + 1);
    await waitForRun(app, runId);

    // Queued runs are read from the shared queue at scrape time.
    expect(sample(await scrape(), "cohort_sync_queue_depth")).toBe(0);
    await app.database.db.execute(sql`
      insert into sync_runs (cohort_sync_id, trigger, run_after)
      values (${syncUuid}, 'MANUAL', now() + interval '1 hour')`);
    const queued = await scrape();
    expect(sample(queued, "cohort_sync_queue_depth")).toBe(1);
    expect(sample(queued, "cohort_sync_database_up")).toBe(1);
    await app.database.db.execute(
      sql`delete from sync_runs where cohort_sync_id = ${syncUuid} and status = 'QUEUED'`,
    );
  });

  it("counts open WebSocket and SSE subscriptions while they last", async () => {
    const active = async () => sample(await scrape(), "cohort_sync_active_subscriptions") ?? -1;
    const base = await active();
    const client = wsClient(app.url, app.adminToken);
    const ws = subscribe(client, OpsActivity);
    const wsFirst = take(ws, 1, 5000).catch(() => []);
    expect(await until(active, (n) => n === base + 1)).toBe(base + 1);

    const controller = new AbortController();
    const sse = sseSubscribe(app.url, app.adminToken, OpsActivity, undefined, controller.signal);
    const sseFirst = take(sse, 1, 5000).catch(() => []);
    expect(await until(active, (n) => n === base + 2)).toBe(base + 2);

    await client.dispose();
    await wsFirst;
    expect(await until(active, (n) => n === base + 1)).toBe(base + 1);
    controller.abort();
    await sseFirst;
    expect(await until(active, (n) => n === base)).toBe(base);
  });

  it("counts requests by route and refused queries by code", async () => {
    const deep = `{ viewer { ${"... on Viewer { ".repeat(12)}name${" }".repeat(12)} } }`;
    await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${app.adminToken}` },
      body: JSON.stringify({ query: deep }),
    });
    const text = await scrape();
    expect(sample(text, "cohort_sync_query_refusals_total", 'code="QUERY_TOO_DEEP"')).toBeGreaterThanOrEqual(
      1,
    );
    expect(sample(text, "cohort_sync_http_requests_total", 'route="graphql",status="200"')).toBeGreaterThan(
      0,
    );
    expect(sample(text, "cohort_sync_http_requests_total", 'route="metrics",status="200"')).toBeGreaterThan(
      0,
    );
    expect(text).toContain("cohort_sync_http_request_duration_seconds_bucket");
    expect(text).toContain("cohort_sync_process_resident_memory_bytes");
  });
});
