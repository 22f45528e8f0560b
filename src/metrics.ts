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
    queueDepth: new Gauge({
      name: "cohort_sync_queue_depth",
      help: "Sync runs waiting in the shared queue (status QUEUED), read from the database at scrape time.",
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
