import type { Logger } from "pino";
import type { Config } from "./config.ts";
import { type Database, openDatabase } from "./db/client.ts";
import { runMigrations } from "./db/migrate.ts";
import { bootstrap } from "./domain/bootstrap.ts";
import { SyncWorker } from "./domain/sync/worker.ts";
import { createLogger } from "./logger.ts";
import { createMetrics, type Metrics } from "./metrics.ts";
import { createEventBus, type EventBus } from "./pubsub.ts";
import { createGatewayServer, GRAPHQL_PATH } from "./server.ts";

export interface App {
  config: Config;
  database: Database;
  bus: EventBus;
  log: Logger;
  metrics: Metrics;
  port: number;
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** Set only on the start that created the first admin token. */
  firstAdminSecret: string | null;
  /** Null when `SYNC_WORKERS` is 0: this process serves the API but runs no syncs. */
  worker: SyncWorker | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  /** The clock the sync scheduler and leases use; tests inject one they can move. */
  now?: () => Date;
}

/** Opens the database, migrates, bootstraps, and serves HTTP, SSE and WebSocket on one port. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
  });
  try {
    await runMigrations(database, config.DATABASE_URL);
    const { firstAdminSecret } = await bootstrap(database.db, config.ADMIN_TOKEN);
    const bus = await createEventBus(
      database,
      (error) => log.error({ err: error }, "event bus error"),
      () => log.debug("event bus listening"),
    );
    const metrics = createMetrics();
    const gateway = createGatewayServer({ config, database, bus, log, metrics });
    const port = await gateway.listen(config.PORT, config.HOST);
    const worker =
      config.SYNC_WORKERS > 0
        ? new SyncWorker({
            db: database.db,
            config,
            bus,
            log,
            metrics,
            ...(options.now ? { now: options.now } : {}),
          })
        : null;
    worker?.start();
    const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "127.0.0.1" : config.HOST;
    let stopping: Promise<void> | null = null;
    return {
      config,
      database,
      bus,
      log,
      metrics,
      port,
      url: `http://${host}:${port}${GRAPHQL_PATH}`,
      firstAdminSecret,
      worker,
      stop: () => {
        stopping ??= (async () => {
          // Runs in progress are handed back at their next batch boundary, for another process to finish.
          await Promise.all([gateway.close(config.SHUTDOWN_GRACE_MS), worker?.stop()]);
          await bus.stop();
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
