/**
 * Coalesces progress updates: at most one flush per `minIntervalMs` (about ten a second) and, while
 * counts keep moving, at least one per `maxIntervalMs`. Flushes never overlap, so events leave in
 * the order their counts were taken.
 */
export class ProgressThrottle<T> {
  private pending: T | null = null;
  private lastFlush = 0;
  private running: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly flush: (value: T) => Promise<void>,
    private readonly minIntervalMs = 100,
    maxIntervalMs = 1000,
  ) {
    this.timer = setInterval(() => this.kick(true), maxIntervalMs);
    this.timer.unref();
  }

  update(value: T): void {
    this.pending = value;
    this.kick(false);
  }

  private kick(force: boolean): void {
    if (this.pending === null) return;
    if (!force && Date.now() - this.lastFlush < this.minIntervalMs) return;
    const value = this.pending;
    this.pending = null;
    this.lastFlush = Date.now();
    this.running = this.running.then(() => this.flush(value)).catch(() => {});
  }

  /** Flushes what is pending and waits for every flush to finish. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    if (this.pending !== null) {
      const value = this.pending;
      this.pending = null;
      this.running = this.running.then(() => this.flush(value)).catch(() => {});
    }
    await this.running;
  }
}
