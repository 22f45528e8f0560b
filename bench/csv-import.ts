/**
 * CSV import benchmark: a generated cohort file uploaded through the real GraphQL multipart endpoint.
 *
 *   npx tsx bench/csv-import.ts [--rows 1000000] [--database-url postgres://postgres@127.0.0.1:5432/postgres]
 *
 * Writes the file to a temporary directory (streamed, never held in memory), starts the gateway
 * in-process against a fresh PostgreSQL database it creates and drops, then uploads the file twice
 * through the multipart endpoint: into an empty cohort (all inserts) and again with REPLACE (every
 * row compared, none changed). For comparison it also runs the same import in-process from a file
 * stream, without HTTP. Prints elapsed time, throughput and the process's peak RSS sampled during
 * each run (the gateway is in-process, so that is the gateway's RSS, plus the small fetch client).
 */
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream, openAsBlob, rmSync, statSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { startApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { csvLimitsFrom, importCohortCsv } from "../src/domain/cohorts/import.ts";
import { uuidFrom } from "../src/domain/ids.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    "database-url": {
      type: "string",
      default: process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres",
    },
  },
});
const ROWS = Number(values.rows);
if (!Number.isSafeInteger(ROWS) || ROWS < 1)
  throw new Error(`--rows must be a positive integer, got ${values.rows}`);
const SERVER_URL = values["database-url"];

// Plain strings: codegen only reads documents under test/.
const CreateCohort = `
  mutation BenchCreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      ... on MutationCreateCohortSuccess {
        data {
          id
        }
      }
    }
  }
`;

const ImportCsv = `
  mutation BenchImportCsv($cohortId: ID!, $file: File!, $mode: CohortImportMode!) {
    importCohortCsv(cohortId: $cohortId, file: $file, mode: $mode) {
      __typename
      ... on MutationImportCohortCsvSuccess {
        data {
          rowsRead
          inserted
          updated
          unchanged
          removed
          memberCount
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/** Amplitude's export shape: quoted ids, a device id on some rows, two property columns. */
async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('"amplitude_id","user_id","device_id","user_properties.plan","user_properties.country"\r\n');
  const plans = ["free", "pro", "team", ""];
  const countries = ["FR", "US", "DE", "JP", "BR"];
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    const userId = i % 10 === 0 ? "" : `user-${i}@example.com`;
    const deviceId = i % 3 === 0 ? `device-${i.toString(36)}` : "";
    chunk += `"${100_000_000 + i}","${userId}","${deviceId}","${plans[i % 4]}","${countries[i % 5]}"\r\n`;
    if (chunk.length > 64 * 1024) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

interface Measured<T> {
  result: T;
  ms: number;
  peakRss: number;
  /** Peak of V8's used heap: live objects plus garbage not yet collected. */
  peakHeap: number;
}

/** Samples memory while `work` runs; returns its result, the elapsed time and the peaks seen. */
async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  const started = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - started;
    sample();
    return { result, ms, peakRss, peakHeap };
  } finally {
    clearInterval(timer);
  }
}

/** A fresh, uniquely named database on the server (as test/support/database.ts makes), with its drop. */
async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `csg_bench_csv_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const run = async (statement: string) => {
    const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(statement);
    } finally {
      await admin.end();
    }
  };
  await run(`create database "${name}"`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type Outcome = { ok: true; counts: unknown } | { ok: false; refusal: string };

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "csv-import-bench-"));
  const file = join(dir, "cohort.csv");
  const database = await createDatabase();
  try {
    const generated = await measure(() => writeCsv(file, ROWS));
    const size = statSync(file).size;
    console.log(`generated ${ROWS} rows, ${mb(size)} in ${(generated.ms / 1000).toFixed(1)} s`);

    const adminToken = `bench_${Date.now()}_admin_token`;
    const app = await startApp(
      loadConfig({
        PORT: "0",
        HOST: "127.0.0.1",
        DATABASE_URL: database.url,
        ADMIN_TOKEN: adminToken,
        LOG_LEVEL: "warn",
        SYNC_WORKERS: "0",
        CSV_MAX_ROWS: String(ROWS),
      }),
    );
    try {
      const post = async (body: BodyInit, json: boolean) => {
        const response = await fetch(app.url, {
          method: "POST",
          headers: {
            authorization: `Bearer ${adminToken}`,
            "x-graphql-yoga-csrf": "bench",
            ...(json ? { "content-type": "application/json" } : {}),
          },
          body,
        });
        return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
      };
      const newCohort = async (name: string) => {
        const created = await post(
          JSON.stringify({ query: CreateCohort, variables: { input: { name } } }),
          true,
        );
        const id = (created.data?.createCohort as { data?: { id: string } } | undefined)?.data?.id;
        if (!id) throw new Error(`could not create the cohort: ${JSON.stringify(created)}`);
        return id;
      };

      const upload = async (cohortId: string): Promise<Outcome> => {
        const form = new FormData();
        const variables = { cohortId, file: null, mode: "REPLACE" };
        form.append("operations", JSON.stringify({ query: ImportCsv, variables }));
        form.append("map", JSON.stringify({ 0: ["variables.file"] }));
        // A file-backed Blob: fetch streams it from disk.
        form.append("0", await openAsBlob(file, { type: "text/csv" }), "cohort.csv");
        const result = await post(form, false);
        const outcome = result.data?.importCohortCsv as { __typename: string; data?: unknown } | undefined;
        if (outcome?.__typename === "MutationImportCohortCsvSuccess")
          return { ok: true, counts: outcome.data };
        if (!outcome && result.errors?.length) return { ok: false, refusal: result.errors[0]!.message };
        throw new Error(`import failed: ${JSON.stringify(result)}`);
      };
      // The same import without HTTP: what the upload path costs once yoga has handed over the file.
      const direct = async (cohortId: string): Promise<Outcome> => {
        const id = uuidFrom("Cohort", cohortId)!;
        const source = { stream: createReadStream(file, { highWaterMark: 64 * 1024 }), size };
        const result = await importCohortCsv(
          app.database.db,
          id,
          source,
          "REPLACE",
          csvLimitsFrom(app.config),
        );
        const { cohort: _, ...counts } = result;
        return { ok: true, counts };
      };

      const baseline = process.memoryUsage().rss;
      console.log(`gateway RSS before importing: ${mb(baseline)}`);
      const uploaded = await newCohort("bench upload");
      const directId = await newCohort("bench direct");
      const runs: [string, () => Promise<Outcome>][] = [
        ["upload into an empty cohort", () => upload(uploaded)],
        ["upload again (REPLACE, all unchanged)", () => upload(uploaded)],
        ["direct importCohortCsv from disk (no HTTP)", () => direct(directId)],
      ];
      for (const [label, work] of runs) {
        const run = await measure(work);
        const seconds = run.ms / 1000;
        const memory = `peak RSS ${mb(run.peakRss)} (+${mb(run.peakRss - baseline)} over baseline), peak heap ${mb(run.peakHeap)}`;
        if (!run.result.ok) {
          console.log(`${label}: REFUSED after ${seconds.toFixed(1)} s: ${run.result.refusal}; ${memory}`);
          continue;
        }
        console.log(
          `${label}: ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds)} rows/s, ${memory} ` +
            JSON.stringify(run.result.counts),
        );
      }
    } finally {
      await app.stop();
    }
  } finally {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
