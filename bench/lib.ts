/** Shared pieces of the benchmarks: databases, a gateway, a typed-enough client, results. */
import { randomBytes } from "node:crypto";
import { appendFileSync, mkdirSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { type App, startApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";

export const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database on the PostgreSQL server, dropped by `drop()`. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `csg_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
      await client.unsafe(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

export const ADMIN = `bench_${randomBytes(16).toString("hex")}`;

export async function startGateway(env: Record<string, string | undefined>): Promise<App> {
  return startApp(
    loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      ADMIN_TOKEN: ADMIN,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
      ...env,
    }),
  );
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token = ADMIN,
): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/** A destination on default/production plus a cohort, created through the API. */
export async function setUpSync(
  app: App,
  cohortName: string,
): Promise<{ destinationId: string; cohortId: string; cohortUuid: string }> {
  const token = await gql<{ createAccessToken: { data: { secret: string } } }>(
    app.url,
    `mutation { createAccessToken(input: { name: "bench writer", role: WRITER }) {
       ... on MutationCreateAccessTokenSuccess { data { secret } } } }`,
  );
  const env = await gql<{ project: { environments: { key: string; clientSideId: string }[] } }>(
    app.url,
    `{ project(key: "default") { environments { key clientSideId } } }`,
  );
  const production = env.project.environments.find((e) => e.key === "production")!;
  const destination = await gql<{ createDestination: { data: { id: string } } }>(
    app.url,
    `mutation($input: CreateDestinationInput!) { createDestination(input: $input) {
       ... on MutationCreateDestinationSuccess { data { id } } ... on Error { message } } }`,
    {
      input: {
        name: "bench",
        accessToken: token.createAccessToken.data.secret,
        clientSideId: production.clientSideId,
      },
    },
  );
  const cohort = await gql<{ createCohort: { data: { id: string } } }>(
    app.url,
    `mutation($name: String!) { createCohort(input: { name: $name }) {
       ... on MutationCreateCohortSuccess { data { id } } } }`,
    { name: cohortName },
  );
  const cohortId = cohort.createCohort.data.id;
  return {
    destinationId: destination.createDestination.data.id,
    cohortId,
    cohortUuid: Buffer.from(cohortId, "base64").toString().split(":")[1]!,
  };
}

/**
 * Fills a cohort with members `from..to` (user ids `user-<i>`), set-based inside the database:
 * setting up data is not what is measured.
 */
export async function fillCohort(app: App, cohortUuid: string, from: number, to: number): Promise<void> {
  const step = 1_000_000;
  for (let start = from; start < to; start += step) {
    const end = Math.min(to, start + step);
    await app.database.db.execute(sql`
      insert into cohort_members (cohort_id, member_key, amplitude_id, user_id)
      select ${cohortUuid}, 'a:' || i, i::text, 'user-' || i from generate_series(${start}::int, ${end - 1}::int) i
      on conflict do nothing`);
  }
  await app.database.db.execute(sql`
    update cohorts set member_count = (select count(*) from cohort_members where cohort_id = ${cohortUuid})
    where id = ${cohortUuid}`);
  await app.database.db.execute(sql`analyze cohort_members`);
}

export async function createSync(
  app: App,
  cohortId: string,
  destinationId: string,
): Promise<{ syncId: string; runId: string }> {
  const created = await gql<{ createCohortSync: { data: { id: string; activeRun: { id: string } } } }>(
    app.url,
    `mutation($input: CreateCohortSyncInput!) { createCohortSync(input: $input) {
       ... on MutationCreateCohortSyncSuccess { data { id activeRun { id } } } ... on Error { message } } }`,
    { input: { cohortId, destinationId, frequency: "ONE_TIME" } },
  );
  return { syncId: created.createCohortSync.data.id, runId: created.createCohortSync.data.activeRun.id };
}

export async function runSync(app: App, syncId: string): Promise<string> {
  const run = await gql<{ runCohortSync: { data: { id: string } } }>(
    app.url,
    `mutation($id: ID!) { runCohortSync(id: $id) { ... on MutationRunCohortSyncSuccess { data { id } } } }`,
    { id: syncId },
  );
  return run.runCohortSync.data.id;
}

export interface RunResult {
  status: string;
  added: number;
  removed: number;
  processed: number;
  durationMs: number;
}

export async function waitForRun(app: App, runId: string, pollMs = 50): Promise<RunResult> {
  for (;;) {
    const { syncRun } = await gql<{ syncRun: RunResult }>(
      app.url,
      `query($id: ID!) { syncRun(id: $id) { status added removed processed durationMs } }`,
      { id: runId },
    );
    if (["SUCCEEDED", "FAILED", "CANCELED"].includes(syncRun.status)) {
      if (syncRun.status !== "SUCCEEDED") throw new Error(`run ended ${JSON.stringify(syncRun)}`);
      return syncRun;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export interface BenchRecord {
  bench: string;
  case: string;
  ours: string;
  baseline: string;
  ratio: number;
  target: string;
  met: boolean;
}

/** Prints a result and appends it to bench/results.jsonl (read when bench/README.md is updated). */
export function record(entry: BenchRecord): void {
  const line = { date: new Date().toISOString(), machine: machine(), ...entry };
  mkdirSync(new URL(".", import.meta.url), { recursive: true });
  appendFileSync(new URL("results.jsonl", import.meta.url), `${JSON.stringify(line)}\n`);
  const ok = entry.met ? "met" : "MISSED";
  process.stdout.write(
    `${entry.bench} | ${entry.case}: ours ${entry.ours}, baseline ${entry.baseline}, ratio ${entry.ratio.toFixed(2)} (target ${entry.target}: ${ok})\n`,
  );
}

export function ms(n: number): string {
  return n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`;
}

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}
