/**
 * Reproduces a postgres.js (3.4.9) failure the gateway inherits: when connections die while
 * transactions are in flight, some queries never settle and the driver throws an uncaught
 * `TypeError: Cannot read properties of null (reading 'write')` from a timer. A gateway whose
 * scheduler or runner awaits such a query is wedged until restarted (docs/reliability.md).
 *
 *   npx tsx scripts/db-cut-repro.ts [terminate|proxy] [--no-transactions]
 *
 * Runs a pool of 4 with 6 query loops and (unless --no-transactions) 2 transaction loops against
 * REPRO_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), cuts every connection
 * five times (pg_terminate_backend, or a TCP proxy that drops them for 2.5 s), and reports queries
 * pending for more than 3 s and uncaught errors. About 40 s; stops by itself.
 */
import { connect, createServer, type Server, type Socket } from "node:net";
import postgres from "postgres";

const mode = process.argv[2] === "proxy" ? "proxy" : "terminate";
const withTransactions = !process.argv.includes("--no-transactions");
const target = new URL(process.env.REPRO_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const appName = `db-cut-repro-${process.pid}`;

let uncaught = 0;
const uncaughtSamples: string[] = [];
process.on("uncaughtException", (error) => {
  uncaught++;
  if (uncaughtSamples.length < 3) uncaughtSamples.push(String(error));
});

const sockets = new Set<Socket>();
let server: Server | null = null;
let port = 0;
async function startProxy(): Promise<void> {
  server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
  port = (server!.address() as { port: number }).port;
}
async function stopProxy(): Promise<void> {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server!.close(() => resolve()));
}

await startProxy();
const url = new URL(target);
url.hostname = "127.0.0.1";
url.port = String(port);
url.searchParams.set("backoff", "0.5");
const sql = postgres(url.toString(), {
  max: 4,
  onnotice: () => {},
  connection: { application_name: appName },
});

const pending = new Map<number, number>();
let next = 0;
let ok = 0;
let failed = 0;
let running = true;
async function loop(work: () => Promise<unknown>): Promise<void> {
  while (running) {
    const id = next++;
    pending.set(id, Date.now());
    try {
      await work();
      ok++;
    } catch {
      failed++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    pending.delete(id);
  }
}
const stuck = () => [...pending.values()].filter((t) => Date.now() - t > 3000).length;

for (let i = 0; i < 6; i++) void loop(() => sql`select pg_sleep(0.02)`);
if (withTransactions) {
  for (let i = 0; i < 2; i++) {
    void loop(() =>
      sql.begin(async (tx) => {
        await tx`select pg_sleep(0.03)`;
        await tx`select 1`;
      }),
    );
  }
}
await new Promise((resolve) => setTimeout(resolve, 1000));
for (let round = 1; round <= 5; round++) {
  if (mode === "proxy") {
    await stopProxy();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await startProxy();
  } else {
    const admin = postgres(target.toString(), { max: 1, onnotice: () => {} });
    await admin`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${appName}`;
    await admin.end();
  }
  await new Promise((resolve) => setTimeout(resolve, 4000));
  process.stdout.write(
    `${mode} cut ${round}: ok ${ok}, failed ${failed}, pending > 3 s: ${stuck()}, uncaught errors: ${uncaught}\n`,
  );
}
running = false;
await new Promise((resolve) => setTimeout(resolve, 3000));
const result = { mode, withTransactions, stuckForever: stuck(), uncaught, uncaughtSamples };
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(result.stuckForever === 0 && uncaught === 0 ? 0 : 1);
