import { randomBytes } from "node:crypto";
import postgres from "postgres";

/** Set to a PostgreSQL server URL to run the suite against it instead of embedded PGlite. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export interface TestDatabase {
  /** A connection URL for the gateway, or undefined for PGlite. */
  url: string | undefined;
  /** For PGlite: the data directory (in memory unless a directory is given). */
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * A fresh, uniquely named PostgreSQL database per call (dropped afterwards), or an in-memory
 * PGlite when no server is configured.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) return { url: undefined, dataDir: "memory://", drop: async () => {} };
  const name = `csg_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir: "memory://",
    drop: async () => {
      const client = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
      try {
        await client.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
