import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/**
 * Prometheus metrics of one gateway process. Counters count what this process did; the queue depth
 * is read from the database when scraped, so every process reports the same shared queue.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "cohort_sync_" });
  return {
    registry,
    runsFinished: new Counter({
      name: "cohort_sync_runs_finished_total",
      help: "Sync runs this process finished, by final status (SUCCEEDED, FAILED, CANCELED) and retries (RETRYING).",
      labelNames: ["status"] as const,
      registers: [registry],
    }),
    runDuration: new Histogram({
      name: "cohort_sync_run_duration_seconds",
      help: "Duration of successful sync run attempts in this process.",
      buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600],
      registers: [registry],
    }),
    rowsProcessed: new Counter({
      name: "cohort_sync_rows_processed_total",
      help: "Cohort members staged by sync runs in this process.",
      registers: [registry],
    }),
    leaseRecoveries: new Counter({
      name: "cohort_sync_lease_recoveries_total",
      help: "Runs this process took over after another worker's lease expired.",
      registers: [registry],
    }),
    activeSubscriptions: new Gauge({
      name: "cohort_sync_active_subscriptions",
      help: "GraphQL subscriptions open on this process (WebSocket and SSE).",
      registers: [registry],
    }),
    subscriptionEvents: new Counter({
      name: "cohort_sync_subscription_events_total",
      help: "Subscription events delivered by this process, by whether the selection was executed for it (executed) or an identical subscription's result was reused (shared).",
      labelNames: ["execution"] as const,
      registers: [registry],
    }),
    lookupCache: new Counter({
      name: "cohort_sync_lookup_cache_total",
      help: "Segment lookups answered from this process's lookup cache (hit) or executed (miss).",
      labelNames: ["result"] as const,
      registers: [registry],
    }),
    databaseUp: new Gauge({
      name: "cohort_sync_database_up",
      help: "1 when the database answered the last scrape's queue query, 0 when it did not.",
      registers: [registry],
    }),
    httpRequests: new Counter({
      name: "cohort_sync_http_requests_total",
      help: "HTTP requests this process answered, by route (graphql, healthz, readyz, metrics, export, other) and status code.",
      labelNames: ["route", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "cohort_sync_http_request_duration_seconds",
      help: "Time to answer HTTP requests, by route; SSE subscriptions count until their stream ends.",
      labelNames: ["route"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    queryRefusals: new Counter({
      name: "cohort_sync_query_refusals_total",
      help: "GraphQL documents refused before execution for exceeding a limit, by error code (e.g. QUERY_TOO_DEEP).",
      labelNames: ["code"] as const,
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: "cohort_sync_rate_limited_total",
      help: "GraphQL operations refused with RATE_LIMITED by this process.",
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: "cohort_sync_queue_depth",
      help: "Sync runs waiting in the shared queue (status QUEUED), read from the database at scrape time.",
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
