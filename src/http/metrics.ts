import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sql } from "drizzle-orm";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import type { Metrics } from "../metrics.ts";

export interface MetricsDeps {
  config: Config;
  database: Database;
  metrics: Metrics;
}

/** How long a scrape waits for the queue count before answering with the last known value. */
const QUEUE_QUERY_TIMEOUT_MS = 2_000;

/**
 * GET /metrics in Prometheus text format. Open like /healthz unless `METRICS_TOKEN` is set; then it
 * needs `Authorization: Bearer <METRICS_TOKEN>` (access tokens do not work here: a scraper should
 * not hold an API credential).
 */
export async function handleMetrics(req: IncomingMessage, res: ServerResponse, deps: MetricsDeps) {
  const { config, database, metrics } = deps;
  if (config.METRICS_TOKEN && !bearerMatches(req.headers.authorization, config.METRICS_TOKEN)) {
    res
      .writeHead(401, { "content-type": "text/plain; charset=utf-8", "www-authenticate": "Bearer" })
      .end("Send the metrics token as `Authorization: Bearer <METRICS_TOKEN>`.\n");
    return;
  }
  try {
    // Read at scrape time, so every process reports the same shared queue.
    const [row] = await withTimeout(
      database.rows<{ n: number }>(sql`select count(*)::int as n from sync_runs where status = 'QUEUED'`),
      QUEUE_QUERY_TIMEOUT_MS,
    );
    metrics.queueDepth.set(row?.n ?? 0);
    metrics.databaseUp.set(1);
  } catch {
    metrics.databaseUp.set(0);
  }
  const body = await metrics.registry.metrics();
  res.writeHead(200, { "content-type": metrics.registry.contentType }).end(body);
}

function bearerMatches(header: string | undefined, expected: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, "") ?? "");
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms).unref()),
  ]);
}
