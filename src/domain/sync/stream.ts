import type { SyncRunEvent, SyncRunEventKind } from "../../pubsub.ts";

export const TERMINAL_KINDS: ReadonlySet<SyncRunEventKind> = new Set(["COMPLETED", "FAILED", "CANCELED"]);

/**
 * A per-subscriber mailbox that never grows without bound: consecutive PROGRESS events of the same
 * run collapse into the newest, while every other event (started, retrying, completed, ...) is kept.
 * A slow client therefore sees fewer progress steps, never a missing final event, and a fast sync
 * is never held up by it.
 */
export class CoalescingQueue {
  private readonly items: SyncRunEvent[] = [];
  private waiter: (() => void) | null = null;
  private closed = false;

  push(event: SyncRunEvent): void {
    const last = this.items.at(-1);
    if (event.kind === "PROGRESS" && last?.kind === "PROGRESS" && last.runId === event.runId) {
      this.items[this.items.length - 1] = event;
    } else {
      this.items.push(event);
    }
    // Many runs on one feed: bound the backlog by dropping the oldest progress events first.
    if (this.items.length > 1000) {
      const index = this.items.findIndex((e) => e.kind === "PROGRESS");
      if (index >= 0) this.items.splice(index, 1);
    }
    this.waiter?.();
  }

  close(): void {
    this.closed = true;
    this.waiter?.();
  }

  get size(): number {
    return this.items.length;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<SyncRunEvent> {
    for (;;) {
      const next = this.items.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
      this.waiter = null;
    }
  }
}

/** Pumps a bus subscription into a coalescing queue, so reading from it never blocks the bus. */
export function pump(
  source: AsyncIterable<SyncRunEvent>,
  accept: (e: SyncRunEvent) => boolean,
): {
  queue: CoalescingQueue;
  stop: () => Promise<void>;
} {
  const queue = new CoalescingQueue();
  const iterator = source[Symbol.asyncIterator]();
  // The bus's repeater registers its listener inside the first next(), synchronously: from the
  // moment pump() returns, no event is missed.
  const first = iterator.next();
  (async () => {
    let result = await first;
    while (!result.done) {
      if (accept(result.value)) queue.push(result.value);
      result = await iterator.next();
    }
  })()
    .catch(() => {})
    .finally(() => queue.close());
  return {
    queue,
    stop: async () => {
      await iterator.return?.();
      queue.close();
    },
  };
}
