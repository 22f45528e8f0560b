/**
 * `npm run demo [-- --members 100000] [-- --exit]`: the whole product in about a minute.
 *
 * Starts the gateway in this process on a fresh embedded database, then uses the public API exactly
 * as any client would (HTTP for queries and mutations, a multipart upload for the CSV, graphql-ws
 * for subscriptions): a writer token for a destination, a destination on default/production, a cohort
 * imported from an Amplitude-format CSV, an hourly cohort sync, and its run's live progress. Read it
 * as a worked example of the API: apart from starting the gateway, it uses nothing but the API.
 */
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, openAsBlob } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { startApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";

const USAGE = `usage: npm run demo -- [--members N] [--exit]
  --members N  cohort size (default 100000, at most 2000000); about 3% have no user_id
  --exit       stop when done instead of serving until Ctrl-C
Environment: DATA_DIR (default: a new temporary directory, deleted on exit), PORT (default 4000, or
a free port when 4000 is taken), ADMIN_TOKEN (needed when DATA_DIR already holds a database),
LOG_LEVEL (default warn), and every other gateway variable. DATABASE_URL is ignored.
`;

const { values: flags } = parseArgs({
  options: {
    members: { type: "string", default: "100000" },
    exit: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
const memberCount = Number(flags.members);
if (flags.help || !Number.isInteger(memberCount) || memberCount < 1 || memberCount > 2_000_000) {
  process.stdout.write(USAGE);
  process.exit(flags.help ? 0 : 2);
}

// The gateway, on its own data: never the user's ./.data or DATABASE_URL.
const ownDataDir = process.env.DATA_DIR ? null : await mkdtemp(join(tmpdir(), "cohort-sync-demo-"));
const dataDir = process.env.DATA_DIR ?? ownDataDir!;
const { DATABASE_URL: _notUsed, ...env } = process.env;
const host = env.HOST ?? "127.0.0.1";
const config = loadConfig({
  ...env,
  DATA_DIR: dataDir,
  HOST: host,
  PORT: env.PORT ?? ((await isPortFree(host, 4000)) ? "4000" : "0"),
  // The gateway logs JSON to stdout; only problems, so the progress bar stays readable.
  LOG_LEVEL: env.LOG_LEVEL ?? "warn",
  // Smaller batches than the default 50,000 give the progress bar more steps to show.
  SYNC_BATCH_SIZE: env.SYNC_BATCH_SIZE ?? "5000",
});
const app = await startApp(config);
const adminToken = config.ADMIN_TOKEN ?? app.firstAdminSecret ?? "";
const ws = createClient({
  url: app.url.replace(/^http/, "ws"),
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${adminToken}` },
});

// Ctrl-C at any point stops the gateway and deletes the temporary database.
let stopping = false;
process.once("SIGINT", () => void shutdown(0));
process.once("SIGTERM", () => void shutdown(0));
main().then(
  () =>
    flags.exit
      ? shutdown(0)
      : say(`\nServing until Ctrl-C.${ownDataDir ? " The temporary database is deleted then." : ""}`),
  (error: unknown) => shutdown(1, error instanceof Error ? error.message : String(error)),
);

async function main(): Promise<void> {
  if (!adminToken)
    throw new Error(`${dataDir} already holds a database: set ADMIN_TOKEN to its admin token.`);
  say(`Gateway on ${app.url} (embedded database in ${dataDir})\n`);

  // The token that creates a cohort sync is notified when its runs end: listen from the start.
  const notification = firstEvent<{ notifications: { kind: string; message: string } }>(
    "subscription DemoNotifications { notifications { kind message } }",
  ).catch(() => null);

  const clientSideId = await productionClientSideId();
  const writerSecret = await createWriterToken();
  const destinationId = await createDestination(writerSecret, clientSideId);
  say(`Destination ${destinationId} on default/production, keyed by user_id`);

  const { id: cohortId, exportPath } = await createCohort();
  const csvPath = join(ownDataDir ?? tmpdir(), `demo-cohort-${randomBytes(3).toString("hex")}.csv`);
  await writeDemoCsv(csvPath, memberCount);
  const started = Date.now();
  const imported = await importCsv(cohortId, csvPath).finally(() => rm(csvPath, { force: true }));
  say(`Imported ${n(imported.rowsRead)} CSV rows in ${Date.now() - started} ms`);

  const sync = await createHourlySync(cohortId, destinationId);
  say(`Cohort sync ${sync.id} (HOURLY), segment ${sync.segment.key}; first run ${sync.activeRun.id}\n`);

  const final = await watchRun(sync.activeRun.id);
  if (final?.status !== "SUCCEEDED") throw new Error(`The run ended ${final?.status}: ${final?.error}`);
  const notice = await Promise.race([notification, sleep(5000).then(() => null)]);
  if (notice) say(`Notification (${notice.notifications.kind}): ${notice.notifications.message}`);

  const { segment, missing } = await outcome(sync.id, cohortId, destinationId);
  say("\nSegment (default/production)");
  say(`  key            ${segment.key}`);
  say(`  name           ${segment.name}`);
  say(`  includedCount  ${n(segment.includedCount)}`);
  say(`  isBig          ${segment.isBig}`);
  say(`  source         ${segment.source.kind} "${segment.source.cohortName}"`);
  say(`\nMissing user_id: ${n(missing.missingCount)} members are not in the segment. The first few:`);
  for (const m of missing.sample) say(`  amplitude_id ${m.amplitudeId}  device_id ${m.deviceId}`);
  say(
    `  Every member as CSV: curl -H 'authorization: Bearer ${adminToken}' ${app.url.replace(/\/graphql$/, exportPath)}`,
  );

  say(`\nGraphiQL: ${app.url}`);
  say(`  Headers tab: {"Authorization": "Bearer ${adminToken}"}`);
  say("  Subscribe: subscription { syncEvents { __typename status phase processed total } }");
  say(`  and in a second tab: mutation { runCohortSync(id: "${sync.id}") { __typename } }`);
}

// ---------------------------------------------------------------------------------------------------
// The API calls. Each is plain GraphQL that works as written in GraphiQL.

interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string }>;
}
/** A mutation's typed result: the success type has `data`; every expected error has a `code`. */
type Result<T> = { __typename: string; data?: T; code?: string; message?: string };

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(app.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  return dataOf((await response.json()) as GraphQLResponse<T>);
}

function dataOf<T>(body: GraphQLResponse<T>): T {
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Expected failures (NOT_ALLOWED, INVALID_INPUT, ...) are results, not errors; the demo stops on them. */
function success<T>(field: string, result: Result<T>): T {
  if (result.data === undefined) throw new Error(`${field}: ${result.__typename} ${result.message}`);
  return result.data;
}

async function productionClientSideId(): Promise<string> {
  const { project } = await graphql<{
    project: { environments: Array<{ key: string; clientSideId: string }> };
  }>(`query DemoEnvironments { project(key: "default") { environments { key clientSideId } } }`);
  return project.environments.find((e) => e.key === "production")!.clientSideId;
}

/** A destination writes with a token of its own, here the built-in WRITER role. */
async function createWriterToken(): Promise<string> {
  const result = await graphql<{ createAccessToken: Result<{ secret: string }> }>(`
    mutation DemoWriterToken {
      createAccessToken(input: { name: "demo destination writer", role: WRITER }) {
        __typename
        ... on MutationCreateAccessTokenSuccess { data { secret } }
        ... on Error { code message }
      }
    }`);
  return success("createAccessToken", result.createAccessToken).secret;
}

async function createDestination(accessToken: string, clientSideId: string): Promise<string> {
  const result = await graphql<{ createDestination: Result<{ id: string }> }>(
    `mutation DemoDestination($input: CreateDestinationInput!) {
      createDestination(input: $input) {
        __typename
        ... on MutationCreateDestinationSuccess { data { id status } }
        ... on Error { code message }
      }
    }`,
    { input: { name: "Demo: production", accessToken, clientSideId, userKeyProperty: "user_id" } },
  );
  return success("createDestination", result.createDestination).id;
}

async function createCohort() {
  const result = await graphql<{ createCohort: Result<{ id: string; exportPath: string }> }>(`
    mutation DemoCohort {
      createCohort(input: { name: "Demo churned users", description: "Generated by npm run demo" }) {
        __typename
        ... on MutationCreateCohortSuccess { data { id exportPath } }
        ... on Error { code message }
      }
    }`);
  return success("createCohort", result.createCohort);
}

/**
 * A GraphQL multipart request (github.com/jaydenseric/graphql-multipart-request-spec): the operation
 * with `file: null`, a map saying where the file goes, then the file, streamed from disk.
 */
async function importCsv(cohortId: string, path: string) {
  const query = `mutation DemoImport($cohortId: ID!, $file: File!) {
    importCohortCsv(cohortId: $cohortId, file: $file, mode: REPLACE) {
      __typename
      ... on MutationImportCohortCsvSuccess { data { rowsRead memberCount } }
      ... on CsvImportError { errors { line message } }
      ... on Error { code message }
    }
  }`;
  const form = new FormData();
  form.append("operations", JSON.stringify({ query, variables: { cohortId, file: null } }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", await openAsBlob(path, { type: "text/csv" }), "cohort.csv");
  const response = await fetch(app.url, {
    method: "POST",
    // A header a browser form cannot set, so CSRF protection knows this is not a cross-site post.
    headers: { authorization: `Bearer ${adminToken}`, "x-graphql-yoga-csrf": "upload" },
    body: form,
  });
  type Imported = { importCohortCsv: Result<{ rowsRead: number; memberCount: number }> };
  const body = (await response.json()) as GraphQLResponse<Imported>;
  return success("importCohortCsv", dataOf(body).importCohortCsv);
}

/** Creates the synced segment and queues the first run at once; later runs come every hour. */
async function createHourlySync(cohortId: string, destinationId: string) {
  type Sync = { id: string; activeRun: { id: string }; segment: { key: string } };
  const result = await graphql<{ createCohortSync: Result<Sync> }>(
    `mutation DemoSync($input: CreateCohortSyncInput!) {
      createCohortSync(input: $input) {
        __typename
        ... on MutationCreateCohortSyncSuccess { data { id activeRun { id } segment { key } } }
        ... on Error { code message }
      }
    }`,
    { input: { cohortId, destinationId, frequency: "HOURLY" } },
  );
  return success("createCohortSync", result.createCohortSync);
}

interface RunEvent {
  __typename: string;
  status: string;
  phase: string;
  total: number;
  processed: number;
  added: number;
  skippedMissingKey: number;
  error: string | null;
}

/** syncRunProgress yields the run's current state, every later event, and ends after the last. */
async function watchRun(runId: string): Promise<RunEvent | undefined> {
  let last: RunEvent | undefined;
  const events = ws.iterate<{ syncRunProgress: RunEvent }>({
    query: `subscription DemoProgress($runId: ID!) {
      syncRunProgress(runId: $runId) {
        __typename status phase total processed added skippedMissingKey error
      }
    }`,
    variables: { runId },
  });
  for await (const result of events) {
    last = dataOf(result as GraphQLResponse<{ syncRunProgress: RunEvent }>).syncRunProgress;
    drawProgress(last);
  }
  if (process.stdout.isTTY) say("");
  return last;
}

async function outcome(syncId: string, cohortId: string, destinationId: string) {
  type Segment = {
    key: string;
    name: string;
    includedCount: number;
    isBig: boolean;
    source: { kind: string; cohortName: string };
  };
  type Missing = { missingCount: number; sample: Array<{ amplitudeId: string; deviceId: string }> };
  const result = await graphql<{
    cohortSync: { segment: Segment };
    cohort: { missingKeyReport: Result<Missing> };
  }>(
    `query DemoOutcome($syncId: ID!, $cohortId: ID!, $destinationId: ID!) {
      cohortSync(id: $syncId) {
        segment { key name includedCount isBig source { kind cohortName } }
      }
      cohort(id: $cohortId) {
        missingKeyReport(destinationId: $destinationId, sampleSize: 5) {
          __typename
          ... on CohortMissingKeyReportSuccess { data { missingCount sample { amplitudeId deviceId } } }
          ... on Error { code message }
        }
      }
    }`,
    { syncId, cohortId, destinationId },
  );
  return {
    segment: result.cohortSync.segment,
    missing: success("missingKeyReport", result.cohort.missingKeyReport),
  };
}

/** Resolves with the first event of a subscription, then unsubscribes. */
async function firstEvent<T>(query: string): Promise<T> {
  for await (const result of ws.iterate<T>({ query })) return dataOf(result as GraphQLResponse<T>);
  throw new Error("the subscription ended without an event");
}

// ---------------------------------------------------------------------------------------------------
// Terminal, files and process.

/**
 * Amplitude's cohort export: quoted fields, ids first, then user properties. Every 33rd member is
 * anonymous (no user_id), so about 3% cannot be keyed by user_id and are left out of the segment.
 */
async function writeDemoCsv(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  const plans = ["free", "pro", "team"];
  const countries = ["US", "FR", "DE", "BR", "JP"];
  out.write('"amplitude_id","user_id","device_id","user_properties.plan","country"\n');
  for (let i = 1; i <= count; i++) {
    const userId = i % 33 === 0 ? "" : `user-${String(i).padStart(7, "0")}`;
    const row = [100_000_000_000 + i, userId, `device-${i.toString(36)}`, plans[i % 3], countries[i % 5]];
    if (!out.write(`"${row.join('","')}"\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** One line per event; on a terminal, one line redrawn in place. */
function drawProgress(event: RunEvent): void {
  const width = 30;
  const done = event.status === "SUCCEEDED" ? 1 : 0;
  const ratio = event.total > 0 ? Math.min(1, event.processed / event.total) : done;
  const bar = "#".repeat(Math.round(ratio * width)).padEnd(width, "-");
  const line =
    `${event.status.padEnd(9)} ${event.phase.padEnd(20)} [${bar}] ${n(event.processed)}/${n(event.total)}` +
    `  added ${n(event.added)}  skipped ${n(event.skippedMissingKey)}`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}\x1b[K`);
  else say(line);
}

function n(value: number): string {
  return value.toLocaleString("en");
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function isPortFree(hostname: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, hostname, () => probe.close(() => resolve(true)));
  });
}

async function shutdown(code: number, message = ""): Promise<void> {
  // An interrupted step fails too, and would report that; the first reason to stop is the one.
  if (stopping) return;
  stopping = true;
  if (message) process.stderr.write(`${message}\n`);
  await ws.dispose();
  await app.stop();
  if (ownDataDir) await rm(ownDataDir, { recursive: true, force: true });
  process.exit(code);
}
