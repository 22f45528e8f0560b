import { startApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { isConnectionError } from "./db/retry.ts";
import { createLogger } from "./logger.ts";

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  // postgres.js leaves a promise rejected and unhandled when a connection dies while it is still
  // being set up (its array-type query): a database restart must not take the gateway down with it.
  // Any other unhandled rejection is a bug and still ends the process.
  process.on("unhandledRejection", (reason) => {
    if (!isConnectionError(reason)) throw reason;
    log.warn({ err: reason }, "a database connection was lost while it was being set up");
  });
  const app = await startApp(config, { log });
  log.info(
    {
      url: app.url,
      database: app.database.kind,
      dataDir: app.database.kind === "pglite" ? config.DATA_DIR : undefined,
    },
    `gateway listening on ${app.url}`,
  );
  if (app.firstAdminSecret) {
    // Printed once, to stdout and outside the JSON log, so it is easy to copy and never stored.
    process.stdout.write(
      `\nFirst start: created an ADMIN access token. It is shown only this once:\n\n  ${app.firstAdminSecret}\n\n` +
        `Send it as "Authorization: Bearer <token>" (GraphiQL: Headers tab).\n\n`,
    );
  }
  let signals = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) process.exit(1);
    log.info({ signal }, "shutting down");
    app.stop().then(
      () => process.exit(0),
      (error) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((error) => {
  process.stderr.write(
    `gateway failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
