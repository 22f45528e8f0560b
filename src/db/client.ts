import { mkdirSync } from "node:fs";
import type { SQL } from "drizzle-orm";
import type { PgAsyncDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { relations } from "./relations.ts";

/** The drizzle client both drivers share; code above `src/db` only sees this type. */
export type Db = PgAsyncDatabase<PgQueryResultHKT, typeof relations>;

export type DatabaseKind = "postgres" | "pglite";

export type Unlisten = () => Promise<void>;

/**
 * One handle over either driver. The two drivers differ in how raw rows come back and how
 * LISTEN/NOTIFY is exposed; everything else goes through drizzle.
 */
export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  /** Runs raw SQL and returns its rows. */
  rows<T extends Record<string, unknown>>(query: SQL): Promise<T[]>;
  /** Subscribes to a NOTIFY channel; `onListen` runs on every (re)connection of the listener. */
  listen(channel: string, onNotify: (payload: string) => void, onListen?: () => void): Promise<Unlisten>;
  notify(channel: string, payload: string): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Rows of a raw `execute` result: postgres.js returns an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

/** Runs raw SQL on a client or transaction and returns its rows, whichever driver is underneath. */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute<T>(query));
}

/** Runs a data-changing statement and returns how many rows it changed, whichever driver is underneath. */
export async function affectedRows(db: Db, query: SQL): Promise<number> {
  const result = (await db.execute(query)) as unknown as { count?: number; affectedRows?: number };
  return result.count ?? result.affectedRows ?? 0;
}

export interface DatabaseOptions {
  url?: string | undefined;
  dataDir?: string | undefined;
  poolSize?: number | undefined;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url ? await openPostgres(options.url, options.poolSize ?? 10) : openPglite(options.dataDir);
}

/**
 * Drizzle sends every query it was not asked to `.prepare()` as an unnamed statement, which
 * PostgreSQL parses and plans on every execution: for a lookup by primary key, planning costs far
 * more than running it. The gateway's statements are a fixed set of texts with parameters, so
 * postgres.js may keep them prepared per connection (its own default), as long as the parameter
 * list is not one of the variable-length bulk ones. Transactions use their own connection handle
 * and keep drizzle's choice.
 */
function keepPrepared(client: postgres.Sql): postgres.Sql {
  const unsafe: postgres.Sql["unsafe"] = (query, parameters, options) =>
    client.unsafe(query, parameters, {
      ...options,
      prepare: options?.prepare || (parameters?.length ?? 0) <= MAX_PREPARED_PARAMETERS,
    });
  return new Proxy(client, {
    get: (target, property) => (property === "unsafe" ? unsafe : Reflect.get(target, property)),
  });
}

const MAX_PREPARED_PARAMETERS = 32;

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const client = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    // Dead connections are replaced by the pool; keep-alive notices a silently dropped socket.
    keep_alive: 30,
    // Reconnect within a second of the database coming back, not after postgres.js's growing default.
    backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 1),
    // Names each process's connections, so an operator can tell gateways apart in pg_stat_activity.
    connection: { application_name: `cohort-sync-gateway:${process.pid}` },
  });
  // postgres.js reads the server's array types on every new connection, and one killed during that
  // read leaves a rejected promise nobody handles. The types never change: read them once, with the
  // first connection, and let the connections opened later (after a restart, say) skip it.
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 0 });
    throw error;
  }
  client.options.fetch_types = false;
  const db = drizzlePostgres({ client: keepPrepared(client), relations }) as unknown as Db;
  return {
    kind: "postgres",
    db,
    async rows<T extends Record<string, unknown>>(query: SQL) {
      return (await db.execute<T>(query)) as unknown as T[];
    },
    async listen(channel, onNotify, onListen) {
      // postgres.js keeps one dedicated listener connection and re-issues LISTEN after reconnecting.
      const request = await client.listen(channel, onNotify, onListen);
      return () => request.unlisten();
    },
    async notify(channel, payload) {
      await client.notify(channel, payload);
    },
    async ping() {
      await client`select 1`;
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  // Loaded on demand: a gateway on PostgreSQL never pays for the embedded database's memory.
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle: drizzlePglite } = await import("drizzle-orm/pglite");
  // `memory://` is PGlite's own in-memory mode (used by tests); anything else is a directory.
  if (dataDir && !dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  // PGlite's drizzle typings lag its 0.5 client; the runtime object is the one drizzle expects.
  const db = drizzlePglite({ client: client as never, relations }) as unknown as Db;
  return {
    kind: "pglite",
    db,
    async rows<T extends Record<string, unknown>>(query: SQL) {
      const result = (await db.execute<T>(query)) as unknown as { rows: T[] };
      return result.rows;
    },
    async listen(channel, onNotify, onListen) {
      const unlisten = await client.listen(channel, onNotify);
      onListen?.();
      return () => unlisten();
    },
    async notify(channel, payload) {
      await client.query("select pg_notify($1, $2)", [channel, payload]);
    },
    async ping() {
      await client.query("select 1");
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}
