import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Logger } from "pino";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import type { Metrics } from "../../metrics.ts";
import type { EventBus } from "../../pubsub.ts";
import { claimRun } from "./queue.ts";
import { executeRun } from "./runner.ts";
import { queueDueSyncs } from "./schedule.ts";

export interface SyncWorkerDeps {
  db: Db;
  config: Config;
  bus: EventBus;
  log: Logger;
  metrics: Metrics;
  /** The clock used for due times and leases; tests move it forward. */
  now?: () => Date;
}

/**
 * Runs queued sync runs in this process, up to `SYNC_WORKERS` at once, and queues scheduled runs
 * when they fall due. Wakes on the bus's `syncQueue` events and otherwise polls every
 * `SYNC_POLL_MS`, so work queued by any process starts promptly everywhere.
 */
export class SyncWorker {
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly shutdown = new AbortController();
  private readonly active = new Set<Promise<void>>();
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private unsubscribe: (() => Promise<void>) | null = null;
  private readonly now: () => Date;

  constructor(private readonly deps: SyncWorkerDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  start(): void {
    const events = this.deps.bus.subscribe("syncQueue");
    this.unsubscribe = async () => {
      await events.return?.();
    };
    (async () => {
      for await (const _ of events) this.wake?.();
    })().catch(() => {});
    this.loop = this.run();
  }

  /** Wakes the loop now, e.g. after a test moved the clock. */
  poke(): void {
    this.wake?.();
  }

  private async run(): Promise<void> {
    const { config, log } = this.deps;
    while (!this.shutdown.signal.aborted) {
      try {
        const queued = await queueDueSyncs(this.deps.db, this.now(), config.SYNC_MAX_ATTEMPTS);
        if (queued > 0) this.deps.bus.publish("syncQueue", { at: this.now().toISOString() });
        while (this.active.size < config.SYNC_WORKERS && !this.shutdown.signal.aborted) {
          const run = await claimRun(this.deps.db, this.id, config.SYNC_LEASE_MS, this.now());
          if (!run) break;
          // A run claimed while RUNNING was recovered from a worker whose lease expired.
          if (run.error?.startsWith("lease expired")) this.deps.metrics.leaseRecoveries.inc();
          const task = executeRun(
            { ...this.deps, workerId: this.id, now: this.now },
            run,
            this.shutdown.signal,
          )
            .catch((error) => log.error({ err: error, runId: run.id }, "sync run crashed"))
            .finally(() => {
              this.active.delete(task);
              this.wake?.();
            });
          this.active.add(task);
        }
      } catch (error) {
        log.warn({ err: error }, "sync worker could not reach the database; retrying");
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, config.SYNC_POLL_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /** Stops claiming, hands running runs back at their next batch boundary, and waits for them. */
  async stop(): Promise<void> {
    this.shutdown.abort();
    this.wake?.();
    await this.unsubscribe?.();
    await this.loop;
    await Promise.allSettled([...this.active]);
  }
}
