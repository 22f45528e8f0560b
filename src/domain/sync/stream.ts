import type { EventBus, SyncRunEvent, SyncRunEventKind } from "../../pubsub.ts";

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

  /** A plain iterator rather than an async generator: fewer promise hops on every delivery. */
  [Symbol.asyncIterator](): AsyncIterator<SyncRunEvent> {
    return {
      next: async (): Promise<IteratorResult<SyncRunEvent>> => {
        for (;;) {
          const next = this.items.shift();
          if (next) return { done: false, value: next };
          if (this.closed) return { done: true, value: undefined };
          await new Promise<void>((resolve) => {
            this.waiter = resolve;
          });
          this.waiter = null;
        }
      },
      return: async (): Promise<IteratorResult<SyncRunEvent>> => {
        this.close();
        return { done: true, value: undefined };
      },
    };
  }
}

/**
 * Feeds the run events of this process's bus that `accept` lets through into a coalescing queue.
 * The listener is attached before this returns, so no event published afterwards is missed, and
 * it runs synchronously on delivery: a thousand subscribers cost a thousand pushes, not a thousand
 * async iterations.
 */
export function feed(
  bus: EventBus,
  accept: (e: SyncRunEvent) => boolean,
): {
  queue: CoalescingQueue;
  stop: () => void;
} {
  const queue = new CoalescingQueue();
  const unlisten = bus.listen("syncEvents", (event) => {
    if (accept(event)) queue.push(event);
  });
  return {
    queue,
    stop: () => {
      unlisten();
      queue.close();
    },
  };
}
