import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";

export interface HttpDeps {
  config: Config;
  database: Database;
  log: Logger;
}

/** GET /cohorts/:id/export.csv — not built yet. */
export async function handleCohortExport(
  _req: IncomingMessage,
  res: ServerResponse,
  _deps: HttpDeps,
): Promise<void> {
  res.writeHead(501, { "content-type": "text/plain" }).end("not implemented\n");
}
