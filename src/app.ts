import type { Logger } from "pino";
import type { Config } from "./config.ts";
import { type Database, openDatabase } from "./db/client.ts";
import { runMigrations } from "./db/migrate.ts";
import { bootstrap } from "./domain/bootstrap.ts";
import { createLogger } from "./logger.ts";
import { createEventBus, type EventBus } from "./pubsub.ts";
import { createGatewayServer, GRAPHQL_PATH } from "./server.ts";

export interface App {
  config: Config;
  database: Database;
  bus: EventBus;
  log: Logger;
  port: number;
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** Set only on the start that created the first admin token. */
  firstAdminSecret: string | null;
  stop(): Promise<void>;
}

/** Opens the database, migrates, bootstraps, and serves HTTP, SSE and WebSocket on one port. */
export async function startApp(config: Config, log: Logger = createLogger(config.LOG_LEVEL)): Promise<App> {
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
    const gateway = createGatewayServer(config, database, bus, log);
    const port = await gateway.listen(config.PORT, config.HOST);
    const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "127.0.0.1" : config.HOST;
    let stopping: Promise<void> | null = null;
    return {
      config,
      database,
      bus,
      log,
      port,
      url: `http://${host}:${port}${GRAPHQL_PATH}`,
      firstAdminSecret,
      stop: () => {
        stopping ??= (async () => {
          await gateway.close(config.SHUTDOWN_GRACE_MS);
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
