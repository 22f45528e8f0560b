/**
 * Sync throughput against raw SQL, in the same database and run.
 *
 *   npx tsx bench/sync.ts [--sizes 100000,1000000] [--churn 0.1] [--repeat 3]
 *
 * 1. First sync of N members, end to end through the gateway (createCohortSync until SUCCEEDED),
 *    against the raw bulk path: the same N keys sent by a client in `unnest` arrays straight into
 *    segment_targets (under a throwaway segment, so indexes and neighbours are the same).
 * 2. Re-sync of the largest N with `churn` of the members replaced, against a raw anti-join diff of
 *    the same data on the same table (delete what is gone, insert what is new, in one transaction).
 * Ours and the baseline alternate `repeat` times and the medians are compared, as load drifts.
 * Each measured step starts from vacuumed tables, so neither pays for the other's dead rows (the
 * baseline deletes a million rows after itself every round).
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import {
  createBenchDatabase,
  createSync,
  fillCohort,
  ms,
  record,
  runSync,
  setUpSync,
  startGateway,
  timed,
  waitForRun,
} from "./lib.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100000,1000000" },
    churn: { type: "string", default: "0.1" },
    repeat: { type: "string", default: "3" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const churn = Number(values.churn);
const repeat = Number(values.repeat);

/** Clears dead rows and refreshes statistics, so the next measured step starts from the same state. */
async function settle(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`vacuum analyze segment_targets, cohort_members, sync_staging`;
  } finally {
    await client.end();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * A list segment to hold baseline rows, so the baseline writes into the same table, with the same
 * indexes and the same other rows, as the gateway does.
 */
async function baselineSegment(client: postgres.Sql): Promise<string> {
  const [row] = await client`
    insert into segments (environment_id, project_key, environment_key, key, name, kind)
    select id, project_key, key, 'baseline-' || md5(random()::text), 'baseline', 'LIST'
    from environments where project_key = 'default' and key = 'production'
    returning id`;
  return row!.id as string;
}

/** The raw bulk path: a client sends the keys in batches of 50k through unnest, in one transaction. */
async function rawInsert(url: string, n: number): Promise<number> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const segment = await baselineSegment(client);
    const [, elapsed] = await timed(() =>
      client.begin(async (tx) => {
        for (let start = 0; start < n; start += 50_000) {
          const keys = Array.from({ length: Math.min(50_000, n - start) }, (_, i) => `user-${start + i}`);
          await tx`insert into segment_targets (segment_id, context_key, included)
                   select ${segment}, k, true from unnest(${keys}::text[]) k`;
        }
      }),
    );
    await client`delete from segments where id = ${segment}`;
    return elapsed;
  } finally {
    await client.end();
  }
}

/** The raw diff of the same data on the same table: anti-join delete and insert in one transaction. */
async function rawDiff(url: string, n: number, replaced: number): Promise<number> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const segment = await baselineSegment(client);
    await client`insert into segment_targets select ${segment}, 'user-' || i, true from generate_series(0, ${n - 1}::int) i`;
    await client`create unlogged table if not exists raw_staging (context_key text primary key)`;
    await client`truncate raw_staging`;
    await client`insert into raw_staging select 'user-' || i from generate_series(${replaced}::int, ${n + replaced - 1}::int) i`;
    // The same starting state as ours: no dead rows, fresh statistics.
    await client`vacuum analyze segment_targets, raw_staging`;
    const [, elapsed] = await timed(() =>
      client.begin(async (tx) => {
        await tx`delete from segment_targets t where t.segment_id = ${segment}
                 and not exists (select 1 from raw_staging s where s.context_key = t.context_key)`;
        await tx`insert into segment_targets (segment_id, context_key, included)
                 select ${segment}, s.context_key, true from raw_staging s
                 where not exists (select 1 from segment_targets t where t.segment_id = ${segment} and t.context_key = s.context_key)`;
      }),
    );
    await client`delete from segments where id = ${segment}`;
    return elapsed;
  } finally {
    await client.end();
  }
}

const database = await createBenchDatabase();
const app = await startGateway({ DATABASE_URL: database.url, SYNC_WORKERS: "1", SYNC_POLL_MS: "20" });
try {
  let last: { syncId: string; cohortUuid: string; n: number } | null = null;
  for (const n of sizes) {
    const ours: number[] = [];
    const runs: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const { destinationId, cohortId, cohortUuid } = await setUpSync(app, `bench ${n} #${i}`);
      await fillCohort(app, cohortUuid, 0, n);
      await settle(database.url);
      const [{ syncId, runId }, created] = await timed(() => createSync(app, cohortId, destinationId));
      const [run, waited] = await timed(() => waitForRun(app, runId, 20));
      ours.push(created + waited);
      runs.push(run.durationMs);
      await settle(database.url);
      baseline.push(await rawInsert(database.url, n));
      last = { syncId, cohortUuid, n };
    }
    record({
      bench: "first sync",
      case: `${n.toLocaleString("en")} members (median of ${repeat})`,
      ours: `${ms(median(ours))} (run ${ms(median(runs))})`,
      baseline: ms(median(baseline)),
      ratio: median(ours) / median(baseline),
      target: "<= 1.5x",
      met: median(ours) / median(baseline) <= 1.5,
    });
  }
  if (last) {
    const { syncId, cohortUuid, n } = last;
    const replaced = Math.round(n * churn);
    const ours: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < repeat; i++) {
      // Replace `replaced` members by as many new ones, a different slice each round.
      const from = i * replaced;
      await app.database.db.execute(sql`delete from cohort_members where cohort_id = ${cohortUuid}
        and member_key in (select 'a:' || i from generate_series(${from}::int, ${from + replaced - 1}::int) i)`);
      await fillCohort(app, cohortUuid, n + from, n + from + replaced);
      await settle(database.url);
      const [run, took] = await timed(async () => waitForRun(app, await runSync(app, syncId), 20));
      if (run.added !== replaced || run.removed !== replaced)
        throw new Error(`unexpected diff ${JSON.stringify(run)}`);
      ours.push(took);
      baseline.push(await rawDiff(database.url, n, replaced));
      await settle(database.url);
    }
    record({
      bench: "re-sync",
      case: `${n.toLocaleString("en")} members, ${churn * 100}% churn (median of ${repeat})`,
      ours: ms(median(ours)),
      baseline: ms(median(baseline)),
      ratio: median(ours) / median(baseline),
      target: "<= 1.5x",
      met: median(ours) / median(baseline) <= 1.5,
    });
  }
} finally {
  await app.stop();
  await database.drop();
}
