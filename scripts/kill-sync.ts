/**
 * Kills a gateway with SIGKILL in the middle of a sync and checks that another gateway process
 * finishes the run, that the segment ends equal to the cohort, and that a reader polling the segment
 * throughout only ever saw the old membership or the new one. APPLYING kills a re-sync while it
 * applies its diff; STAGING kills a first sync while it stages (re-syncs do not stage), so there the
 * old membership is the empty segment.
 *
 *   npx tsx scripts/kill-sync.ts [--members 1000000] [--phase STAGING|APPLYING|both]
 *
 * Needs PostgreSQL (KILL_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres); works
 * in a fresh database it creates and drops. test/kill-sync.test.ts runs the same scenario smaller.
 */
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { type App, startApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { queryRows } from "../src/db/client.ts";
import { type GatewayProcess, startGatewayProcess } from "../test/support/process.ts";

export type KillPhase = "STAGING" | "APPLYING";

export interface KillOptions {
  /** A PostgreSQL server URL; a database is created on it for the run and dropped afterwards. */
  serverUrl: string;
  /** Members before the churn; the churn removes the first half and adds as many new ones plus 10%. */
  members: number;
  phase: KillPhase;
  /** Batch size of the gateway that gets killed (small makes staging last longer). */
  victimBatchSize?: number;
  /** For STAGING: kill once this share of the members is staged (default 0.3). */
  stagedFraction?: number;
  log?: (line: string) => void;
}

export interface KillResult {
  phase: KillPhase;
  members: { before: number; after: number };
  /** Phase and progress of the run when the victim was killed. */
  killedAt: { phase: string; processed: number };
  run: { status: string; attempt: number; processed: number; added: number; removed: number };
  /** The segment minus the cohort and the cohort minus the segment, after the run: both 0. */
  segment: { missing: number; extra: number; includedCount: number };
  reads: { old: number; new: number; mixed: number; backToOld: number; samples: string[] };
  seconds: { firstSync: number; killToDone: number; total: number };
}

const ADMIN = `admin_${randomBytes(16).toString("hex")}`;

async function gql<T>(app: App, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(app.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`${query}\n${JSON.stringify(body)}`);
  return body.data;
}

const uuidOf = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1]!;

export async function runKillScenario(options: KillOptions): Promise<KillResult> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const name = `csg_kill_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const server = postgres(options.serverUrl, { max: 1, onnotice: () => {} });
  await server.unsafe(`create database "${name}"`);
  const url = new URL(options.serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const processes: GatewayProcess[] = [];
  let app: App | null = null;
  const worker = (env: Record<string, string>) =>
    startGatewayProcess({
      DATABASE_URL: databaseUrl,
      ADMIN_TOKEN: ADMIN,
      SYNC_WORKERS: "1",
      SYNC_POLL_MS: "50",
      SYNC_LEASE_MS: "1500",
      // info: the start-up line carries the URL the launcher waits for.
      LOG_LEVEL: "info",
      ...env,
    }).then((p) => {
      processes.push(p);
      return p;
    });

  try {
    // The API and the reader run here, with no workers: every run executes in a child process.
    app = await startApp(
      loadConfig({
        PORT: "0",
        HOST: "127.0.0.1",
        DATABASE_URL: databaseUrl,
        ADMIN_TOKEN: ADMIN,
        LOG_LEVEL: "warn",
        SYNC_WORKERS: "0",
      }),
    );
    const api = app;
    const db = app.database.db;
    const { writer, clientSideId } = await fixtureTokens(api);
    const destination = await gql<{ createDestination: { data: { id: string } } }>(
      api,
      `mutation($i: CreateDestinationInput!) { createDestination(input: $i) {
         ... on MutationCreateDestinationSuccess { data { id } } ... on Error { message } } }`,
      { i: { name: "kill destination", accessToken: writer, clientSideId, userKeyProperty: "user_id" } },
    );
    const cohort = await gql<{ createCohort: { data: { id: string } } }>(
      api,
      `mutation { createCohort(input: { name: "Kill ${name}" }) { ... on MutationCreateCohortSuccess { data { id } } } }`,
    );
    const cohortId = uuidOf(cohort.createCohort.data.id);
    const n = options.members;
    await db.execute(sql`
      insert into cohort_members (cohort_id, member_key, amplitude_id, user_id)
      select ${cohortId}, 'a:' || i, i::text, 'user-' || i from generate_series(1, ${n}::int) i`);
    await db.execute(sql`update cohorts set member_count = ${n} where id = ${cohortId}`);

    const resync = options.phase === "APPLYING";
    const firstStarted = Date.now();
    const created = await gql<{
      createCohortSync: { data: { id: string; activeRun: { id: string }; segment: { key: string } } };
    }>(
      api,
      `mutation($i: CreateCohortSyncInput!) { createCohortSync(input: $i) {
         ... on MutationCreateCohortSyncSuccess { data { id activeRun { id } segment { key } } } } }`,
      {
        i: {
          cohortId: cohort.createCohort.data.id,
          destinationId: destination.createDestination.data.id,
          frequency: "ONE_TIME",
        },
      },
    );
    const sync = created.createCohortSync.data;
    if (resync) {
      // First sync: the old membership.
      log(`first sync of ${n} members`);
      const helper = await worker({ SYNC_BATCH_SIZE: "50000" });
      await waitFor(api, sync.activeRun.id, ["SUCCEEDED"], 600_000);
      await helper.stop("SIGTERM");
    }
    const firstSync = resync ? (Date.now() - firstStarted) / 1000 : 0;

    // Churn: the first half leaves, as many plus 10% join, so old and new differ in every reading.
    const half = Math.floor(n / 2);
    const joining = half + Math.ceil(n / 10);
    await db.execute(
      sql`delete from cohort_members where cohort_id = ${cohortId} and amplitude_id::int <= ${half}::int`,
    );
    await db.execute(sql`
      insert into cohort_members (cohort_id, member_key, amplitude_id, user_id)
      select ${cohortId}, 'a:' || i, i::text, 'user-' || i from generate_series(${n + 1}::int, ${n + joining}::int) i`);
    const after = n - half + joining;
    await db.execute(sql`update cohorts set member_count = ${after} where id = ${cohortId}`);

    // Old and new answers for the two keys read: one that leaves (user-1), one that joins.
    const old = resync
      ? { count: n, leaving: true, joining: false }
      : { count: 0, leaving: false, joining: false };
    const fresh = { count: after, leaving: false, joining: true };

    // The reader: count and one key per request, which the gateway reads in one statement (two
    // `contains` in one request are separate statements, so they could straddle a commit). It
    // alternates between a key that leaves and a key that joins.
    const reads = { old: 0, new: 0, mixed: 0, backToOld: 0, samples: [] as string[] };
    let reading = true;
    const reader = (async () => {
      let sawNew = false;
      for (let i = 0; reading; i++) {
        const leavingKey = i % 2 === 0;
        const data = await gql<{ segment: { includedCount: number; contains: boolean } }>(
          api,
          `query($k: String!, $c: String!) { segment(projectKey: "default", environmentKey: "test", key: $k) {
             includedCount contains(contextKey: $c) } }`,
          { k: sync.segment.key, c: leavingKey ? "user-1" : `user-${n + 1}` },
        ).catch(() => null);
        if (!data?.segment) continue;
        const s = data.segment;
        const isOld =
          s.includedCount === old.count && s.contains === (leavingKey ? old.leaving : old.joining);
        const isNew =
          s.includedCount === fresh.count && s.contains === (leavingKey ? fresh.leaving : fresh.joining);
        if (isOld) reads.old++;
        else if (isNew) reads.new++;
        else {
          reads.mixed++;
          if (reads.samples.length < 5) reads.samples.push(JSON.stringify({ ...s, leavingKey }));
        }
        if (isNew) sawNew = true;
        if (isOld && sawNew) reads.backToOld++;
      }
    })();

    // The run to interrupt.
    const victim = await worker({ SYNC_BATCH_SIZE: String(options.victimBatchSize ?? 2000) });
    // A first sync's run is already queued (createCohortSync); a re-sync is asked for.
    const runId = resync
      ? (
          await gql<{ runCohortSync: { data: { id: string } } }>(
            api,
            `mutation($id: ID!) { runCohortSync(id: $id) { ... on MutationRunCohortSyncSuccess { data { id } } } }`,
            { id: sync.id },
          )
        ).runCohortSync.data.id
      : sync.activeRun.id;
    let killedAt = { phase: "", processed: 0 };
    for (;;) {
      const { syncRun } = await gql<{ syncRun: { status: string; phase: string; processed: number } }>(
        api,
        `query($id: ID!) { syncRun(id: $id) { status phase processed } }`,
        { id: runId },
      );
      const stagedEnough = syncRun.processed >= Math.max(1, (options.stagedFraction ?? 0.3) * after);
      const reached =
        options.phase === "APPLYING"
          ? syncRun.phase === "APPLYING"
          : syncRun.phase === "STAGING" && stagedEnough;
      if (reached) {
        victim.child.kill("SIGKILL");
        killedAt = { phase: syncRun.phase, processed: syncRun.processed };
        break;
      }
      if (syncRun.status !== "QUEUED" && syncRun.status !== "RUNNING") {
        throw new Error(`the run ended before reaching ${options.phase}: ${JSON.stringify(syncRun)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const killed = Date.now();
    log(`killed the victim in ${killedAt.phase} (processed ${killedAt.processed}); starting a rescuer`);
    await victim.stop("SIGKILL");
    await worker({ SYNC_BATCH_SIZE: "50000" });
    const run = await waitFor(api, runId, ["SUCCEEDED", "FAILED"], 600_000);
    const killToDone = (Date.now() - killed) / 1000;
    // A few more readings after the end, then stop the reader.
    await new Promise((resolve) => setTimeout(resolve, 300));
    reading = false;
    await reader;

    const [segment] = await queryRows<{ missing: number; extra: number; included_count: number }>(
      db,
      sql`
        with seg as (
          select t.context_key from segment_targets t join cohort_syncs s on s.segment_id = t.segment_id
          where s.id = ${uuidOf(sync.id)} and t.included
        ), want as (select user_id as context_key from cohort_members where cohort_id = ${cohortId})
        select
          (select count(*)::int from want w where not exists (select 1 from seg where seg.context_key = w.context_key)) as missing,
          (select count(*)::int from seg where not exists (select 1 from want w where w.context_key = seg.context_key)) as extra,
          (select g.included_count from segments g join cohort_syncs s on s.segment_id = g.id
            where s.id = ${uuidOf(sync.id)}) as included_count`,
    );
    return {
      phase: options.phase,
      members: { before: n, after },
      killedAt,
      run,
      segment: { missing: segment!.missing, extra: segment!.extra, includedCount: segment!.included_count },
      reads,
      seconds: { firstSync, killToDone, total: (Date.now() - started) / 1000 },
    };
  } finally {
    await Promise.all(processes.map((p) => p.stop("SIGKILL")));
    await app?.stop();
    await server.unsafe(`drop database if exists "${name}" with (force)`);
    await server.end();
  }
}

async function fixtureTokens(api: App): Promise<{ writer: string; clientSideId: string }> {
  const token = await gql<{ createAccessToken: { data: { secret: string } } }>(
    api,
    `mutation { createAccessToken(input: { name: "kill writer", role: WRITER }) {
       ... on MutationCreateAccessTokenSuccess { data { secret } } } }`,
  );
  const env = await gql<{ project: { environments: Array<{ key: string; clientSideId: string }> } }>(
    api,
    `{ project(key: "default") { environments { key clientSideId } } }`,
  );
  return {
    writer: token.createAccessToken.data.secret,
    clientSideId: env.project.environments.find((e) => e.key === "test")!.clientSideId,
  };
}

async function waitFor(app: App, runId: string, statuses: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { syncRun } = await gql<{ syncRun: KillResult["run"] }>(
      app,
      `query($id: ID!) { syncRun(id: $id) { status attempt processed added removed } }`,
      { id: runId },
    );
    if (statuses.includes(syncRun.status)) return syncRun;
    if (Date.now() > deadline) throw new Error(`run ${runId} did not finish: ${JSON.stringify(syncRun)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const members = Number(argument("members", "1000000"));
  const phases = argument("phase", "both");
  const serverUrl = process.env.KILL_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const results: KillResult[] = [];
  for (const phase of (phases === "both" ? ["STAGING", "APPLYING"] : [phases]) as KillPhase[]) {
    const result = await runKillScenario({
      serverUrl,
      members,
      phase,
      victimBatchSize: phase === "STAGING" ? 5000 : 50_000,
      log: (line) => process.stderr.write(`[${phase}] ${line}\n`),
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    results.push(result);
  }
  const ok = results.every(
    (r) =>
      r.run.status === "SUCCEEDED" &&
      r.segment.missing === 0 &&
      r.segment.extra === 0 &&
      r.reads.mixed === 0 &&
      r.reads.backToOld === 0,
  );
  process.exit(ok ? 0 : 1);
}
