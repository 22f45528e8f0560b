import { fileURLToPath } from "node:url";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { Database } from "./client.ts";

const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));

/** Arbitrary but fixed: every gateway process takes this advisory lock before migrating. */
const MIGRATION_LOCK_ID = 7_305_112_019;

/**
 * Applies pending migrations. On PostgreSQL several gateways may start at once, so the work runs
 * on one dedicated connection holding a session advisory lock: the first process migrates, the
 * others wait and then find nothing left to do.
 */
export async function runMigrations(database: Database, url?: string): Promise<void> {
  if (database.kind === "pglite") {
    const { migrate: migratePglite } = await import("drizzle-orm/pglite/migrator");
    await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder });
    return;
  }
  if (!url) throw new Error("runMigrations: a PostgreSQL url is required");
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    try {
      await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
