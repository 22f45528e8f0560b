import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { eq } from "drizzle-orm";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import { cohorts } from "../db/schema.ts";
import { cohortCsvRows } from "../domain/cohorts/export.ts";
import { uuidFrom } from "../domain/ids.ts";
import { isAllowed, resource } from "../domain/policy.ts";
import { AUTH_FAILURE_MESSAGES, authenticate } from "../domain/tokens.ts";

export interface HttpDeps {
  config: Config;
  database: Database;
  log: Logger;
}

const EXPORT_PATH = /^\/cohorts\/([^/]+)\/export\.csv$/;

function plain(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers }).end(`${message}\n`);
}

function idFromPath(url: string | undefined): string | null {
  const match = EXPORT_PATH.exec((url ?? "/").split("?")[0] ?? "");
  if (!match?.[1]) return null;
  try {
    return uuidFrom("Cohort", decodeURIComponent(match[1]));
  } catch {
    return null; // malformed percent-encoding
  }
}

/**
 * GET /cohorts/:id/export.csv (id: the cohort's uuid or global id) with `Authorization: Bearer
 * <token>` and `read` on `cohort/<id>`: the members as Amplitude exports a cohort, every field
 * quoted, columns amplitude_id, user_id, device_id, then one per property. Streams with backpressure.
 */
export async function handleCohortExport(
  req: IncomingMessage,
  res: ServerResponse,
  deps: HttpDeps,
): Promise<void> {
  const db = deps.database.db;
  const auth = await authenticate(db, req.headers.authorization);
  if (!auth.ok) return plain(res, 401, AUTH_FAILURE_MESSAGES[auth.reason], { "www-authenticate": "Bearer" });
  const id = idFromPath(req.url);
  if (id === null) return plain(res, 404, "No such cohort");
  if (!isAllowed(auth.caller.policy, "read", resource.cohort(id))) {
    return plain(res, 403, `This token may not read ${resource.cohort(id)}`);
  }
  const [cohort] = await db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, id));
  if (!cohort) return plain(res, 404, "No such cohort");

  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="cohort-${id}.csv"`,
    "cache-control": "no-store",
  });
  try {
    await pipeline(
      Readable.from(cohortCsvRows(db, id)),
      stringify({ quoted: true, quoted_empty: true, record_delimiter: "unix" }),
      res,
    );
  } catch (error) {
    // A client that hangs up mid-download is normal; the pipeline has already stopped reading.
    if ((error as { code?: string }).code === "ERR_STREAM_PREMATURE_CLOSE") return;
    throw error;
  }
}
