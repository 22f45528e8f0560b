import { afterEach, describe, expect, it } from "vitest";
import {
  AMPLITUDE_REGIONS,
  AmplitudeClient,
  type AmplitudeConfig,
  AmplitudeError,
} from "../../src/domain/cohorts/amplitude.ts";
import type { CohortMemberRow, CsvLimits } from "../../src/domain/cohorts/csv.ts";
import { type AmplitudeServer, type FakeCohort, startAmplitudeServer } from "../support/amplitude-server.ts";

const LIMITS: CsvLimits = {
  maxBytes: 50_000_000,
  maxRows: 1_000_000,
  maxErrors: 20,
  maxFieldBytes: 1024,
  maxColumns: 50,
};

const BETA: FakeCohort = {
  id: "abc123",
  name: "Beta testers",
  description: "Opted in to beta",
  size: 3,
  lastComputed: Date.UTC(2024, 0, 2, 3, 4, 5),
  pendingPolls: 3,
  csv:
    '"amplitude_id","user_id","device_id","user_properties.plan"\n' +
    '"356896327775","alice@example.com","dev-1","pro"\n' +
    '"356893815359","","",""\n' +
    '"356893815360","carol@example.com","","free"\n',
};
const BIG: FakeCohort = { ...BETA, id: "big", name: "Big", redirect: true, pendingPolls: 0 };
const BROKEN: FakeCohort = {
  id: "broken",
  name: "Broken",
  csv: "amplitude_id,user_id\n1,ok\nnot-a-number,u\n2,ok\n,\n",
};

let server: AmplitudeServer;
afterEach(async () => {
  await server?.close();
});

async function start(cohorts: FakeCohort[] = [BETA, BIG, BROKEN]): Promise<AmplitudeServer> {
  server = await startAmplitudeServer({ cohorts });
  return server;
}

function client(overrides: Partial<AmplitudeConfig> = {}): AmplitudeClient {
  return new AmplitudeClient({
    apiKey: server.apiKey,
    secretKey: server.secretKey,
    baseUrl: server.url,
    requestTimeoutMs: 2_000,
    pollIntervalMs: 5,
    maxPollMs: 2_000,
    maxRetries: 3,
    retryBaseMs: 5,
    ...overrides,
  });
}

async function download(
  c: AmplitudeClient,
  cohortId: string,
  signal?: AbortSignal,
): Promise<CohortMemberRow[][]> {
  const batches: CohortMemberRow[][] = [];
  for await (const batch of c.downloadCohort(cohortId, LIMITS, signal)) batches.push(batch);
  return batches;
}

async function failureOf(promise: Promise<unknown>): Promise<AmplitudeError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AmplitudeError) return err;
    throw err;
  }
  throw new Error("expected an AmplitudeError");
}

describe("AmplitudeClient", () => {
  it("knows the US and EU endpoints", () => {
    expect(AMPLITUDE_REGIONS).toEqual({
      US: "https://amplitude.com",
      EU: "https://analytics.eu.amplitude.com",
    });
  });

  it("lists cohorts with Basic auth", async () => {
    await start([BETA, { id: "bare", name: "Bare" }]);
    expect(await client().listCohorts()).toEqual([
      {
        id: "abc123",
        name: "Beta testers",
        description: "Opted in to beta",
        size: 3,
        lastComputed: new Date("2024-01-02T03:04:05Z"),
      },
      { id: "bare", name: "Bare", description: null, size: null, lastComputed: null },
    ]);
    const expected = `Basic ${Buffer.from("test-api-key:test-secret-key").toString("base64")}`;
    expect(server.requests).toEqual([
      { method: "GET", path: "/api/3/cohorts", endpoint: "list", authorization: expected },
    ]);
  });

  it("runs the whole download protocol, polling through a slow export", async () => {
    await start();
    const batches = await download(client(), "abc123");
    expect(batches.flat()).toEqual([
      {
        line: 2,
        amplitudeId: "356896327775",
        userId: "alice@example.com",
        deviceId: "dev-1",
        properties: { "user_properties.plan": "pro" },
      },
      { line: 3, amplitudeId: "356893815359", userId: null, deviceId: null, properties: {} },
      {
        line: 4,
        amplitudeId: "356893815360",
        userId: "carol@example.com",
        deviceId: null,
        properties: { "user_properties.plan": "free" },
      },
    ]);
    expect(server.requests.map((r) => r.path)).toEqual([
      "/api/5/cohorts/request/abc123?props=1",
      "/api/5/cohorts/request-status/req-1",
      "/api/5/cohorts/request-status/req-1",
      "/api/5/cohorts/request-status/req-1",
      "/api/5/cohorts/request-status/req-1",
      "/api/5/cohorts/request/req-1/file",
    ]);
    expect(server.requests.every((r) => r.authorization?.startsWith("Basic "))).toBe(true);
  });

  it("asks for just the listed user properties, or none", async () => {
    await start();
    await download(client({ properties: ["plan", "country"] }), "abc123");
    await download(client({ properties: false }), "abc123");
    expect(server.requestsTo("request").map((r) => r.path)).toEqual([
      "/api/5/cohorts/request/abc123?propKeys=plan,country",
      "/api/5/cohorts/request/abc123",
    ]);
  });

  it("follows the file redirect without sending credentials to the presigned link", async () => {
    await start();
    const rows = (await download(client(), "big")).flat();
    expect(rows.map((r) => r.amplitudeId)).toEqual(["356896327775", "356893815359", "356893815360"]);
    const [file] = server.requestsTo("file");
    const [presigned] = server.requestsTo("presigned");
    expect(file?.authorization).toMatch(/^Basic /);
    expect(presigned).toMatchObject({ path: "/presigned/req-1?X-Amz-Signature=test", authorization: null });
  });

  it("streams a big file in batches", async () => {
    const lines = function* () {
      yield "amplitude_id,user_id";
      for (let i = 0; i < 60_000; i++) yield `${i},user-${i}`;
    };
    await start([{ id: "huge", name: "Huge", lines, redirect: true }]);
    const sizes = (await download(client(), "huge")).map((b) => b.length);
    expect(sizes).toEqual(Array(12).fill(5_000));
  });

  it("does not time out a download because the consumer is slow", async () => {
    const lines = function* () {
      yield "amplitude_id,user_id";
      for (let i = 0; i < 12_000; i++) yield `${i},user-${i}`;
    };
    await start([{ id: "slow", name: "Slow", lines }]);
    let rows = 0;
    for await (const batch of client({ requestTimeoutMs: 100 }).downloadCohort("slow", LIMITS)) {
      rows += batch.length;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(rows).toBe(12_000);
  });

  it("asks for a fresh file link when the presigned one is refused", async () => {
    await start();
    server.fail("presigned", { times: 1, status: 403 });
    expect((await download(client(), "big")).flat()).toHaveLength(3);
    expect(server.requestsTo("file")).toHaveLength(2);
  });

  it("waits as long as Retry-After says on 429, then succeeds", async () => {
    await start();
    server.fail("request", { times: 1, status: 429, retryAfter: "1" });
    const started = Date.now();
    expect((await download(client(), "abc123")).flat()).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requestsTo("request")).toHaveLength(2);
  });

  it("accepts Retry-After as an HTTP date", async () => {
    await start();
    server.fail("list", { times: 1, status: 429, retryAfter: new Date(Date.now() - 1_000).toUTCString() });
    expect(await client().listCohorts()).toHaveLength(3);
  });

  it("retries 5xx answers anywhere in the protocol", async () => {
    await start();
    server.fail("request", { times: 1, status: 500 });
    server.fail("status", { times: 2, status: 503 });
    server.fail("file", { times: 1, status: 502 });
    server.fail("presigned", { times: 1, status: 500 });
    expect((await download(client(), "big")).flat()).toHaveLength(3);
    expect(server.requestsTo("file")).toHaveLength(3);
  });

  it("gives up after maxRetries with UPSTREAM or RATE_LIMITED", async () => {
    await start();
    server.fail("list", { times: 10, status: 503 });
    const upstream = await failureOf(client({ maxRetries: 2 }).listCohorts());
    expect(upstream).toMatchObject({ code: "UPSTREAM", status: 503 });
    expect(upstream.message).toContain("gave up after 3 attempts");
    expect(server.requestsTo("list")).toHaveLength(3);

    server.fail("request", { times: 10, status: 429, retryAfter: "0" });
    const limited = await failureOf(download(client({ maxRetries: 1 }), "abc123"));
    expect(limited).toMatchObject({ code: "RATE_LIMITED", status: 429, retryAfterMs: 0 });
  });

  it("fails fast when Retry-After asks for longer than maxRetryDelayMs", async () => {
    await start();
    server.fail("list", { times: 1, status: 429, retryAfter: "120" });
    const error = await failureOf(client({ maxRetryDelayMs: 10_000 }).listCohorts());
    expect(error).toMatchObject({ code: "RATE_LIMITED", retryAfterMs: 120_000 });
    expect(server.requestsTo("list")).toHaveLength(1);
  });

  it("reports bad credentials as AUTH without leaking the secret key", async () => {
    await start();
    const error = await failureOf(client({ secretKey: "wrong-secret-value" }).listCohorts());
    expect(error).toMatchObject({ code: "AUTH", status: 401 });
    expect(`${error.message} ${error.stack}`).not.toContain("wrong-secret-value");
    expect(server.requests).toHaveLength(1);
  });

  it("reports an unknown cohort as NOT_FOUND", async () => {
    await start();
    const error = await failureOf(download(client(), "nope"));
    expect(error).toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect(error.message).toContain('"nope"');
  });

  it("times out when the export never finishes", async () => {
    await start([{ ...BETA, pendingPolls: 1_000 }]);
    const error = await failureOf(download(client({ pollIntervalMs: 10, maxPollMs: 100 }), "abc123"));
    expect(error.code).toBe("TIMEOUT");
    expect(server.requestsTo("status").length).toBeGreaterThanOrEqual(5);
    expect(server.requestsTo("file")).toHaveLength(0);
  });

  it("times out a request that hangs, retrying it first", async () => {
    await start();
    server.fail("list", { times: 5, delayMs: 300 });
    const error = await failureOf(client({ requestTimeoutMs: 50, maxRetries: 1 }).listCohorts());
    expect(error.code).toBe("TIMEOUT");
    expect(server.requestsTo("list")).toHaveLength(2);
  });

  it("retries network errors, then reports UPSTREAM", async () => {
    await start();
    const url = server.url;
    await server.close();
    const error = await failureOf(client({ baseUrl: url, maxRetries: 1 }).listCohorts());
    expect(error.code).toBe("UPSTREAM");
    expect(error.message).toMatch(/network error listing cohorts: ECONNREFUSED/);
  });

  it("turns a malformed file into BAD_FILE with its row errors, yielding no rows", async () => {
    await start();
    const batches: CohortMemberRow[][] = [];
    const error = await failureOf(
      (async () => {
        for await (const batch of client().downloadCohort("broken", LIMITS)) batches.push(batch);
      })(),
    );
    expect(error.code).toBe("BAD_FILE");
    expect(error.formatError?.errors).toEqual([
      { line: 3, message: 'amplitude_id "not-a-number" is not a non-negative integer' },
      { line: 5, message: "row has no amplitude_id, user_id or device_id" },
    ]);
    expect(batches).toEqual([]);
  });

  it("stops promptly when the caller aborts", async () => {
    await start([{ ...BETA, pendingPolls: 1_000 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("sync cancelled")), 50);
    await expect(
      download(client({ pollIntervalMs: 20, maxPollMs: 60_000 }), "abc123", controller.signal),
    ).rejects.toThrow("sync cancelled");
  });
});
