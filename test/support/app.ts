import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import { type App, startApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";

export interface TestApp extends App {
  adminToken: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  testDatabase: TestDatabase;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Reuse a database (e.g. to restart the gateway on the same data). */
  testDatabase?: TestDatabase;
  /** The clock for the sync scheduler and leases. */
  now?: () => Date;
  /** The gateway's logger (e.g. one writing to memory, to inspect log lines); silent by default. */
  log?: Logger;
}

/** Starts the real gateway in-process on a free port, on its own database. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const testDatabase = options.testDatabase ?? (await createTestDatabase());
  const adminToken = `admin_${randomBytes(16).toString("hex")}`;
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: testDatabase.url,
    DATA_DIR: testDatabase.dataDir,
    ADMIN_TOKEN: adminToken,
    LOG_LEVEL: "silent",
    SHUTDOWN_GRACE_MS: "1000",
    ...options.env,
  });
  const app = await startApp(config, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  return {
    ...app,
    adminToken,
    origin: `http://127.0.0.1:${app.port}`,
    testDatabase,
    close: async () => {
      await app.stop();
      if (!options.testDatabase) await testDatabase.drop();
    },
  };
}
