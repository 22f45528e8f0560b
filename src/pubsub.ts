import { createPubSub, type PubSub } from "graphql-yoga";
import type { Database } from "./db/client.ts";
import { PgEventTarget } from "./db/event-target.ts";
import type { SyncRunPhase, SyncRunStatus } from "./db/schema.ts";

/** A change made through the API, as seen by the live activity feed. Kept small for NOTIFY. */
export interface ActivityEvent {
  id: string;
  action: string;
  resource: string;
  actorTokenId: string;
  actorName: string;
  at: string;
}

export type SyncRunEventKind =
  | "QUEUED"
  | "STARTED"
  | "PROGRESS"
  | "RETRYING"
  | "COMPLETED"
  | "FAILED"
  | "CANCELED";

/** One step of a sync run. Counts only, so it always fits in a NOTIFY payload. */
export interface SyncRunEvent {
  kind: SyncRunEventKind;
  runId: string;
  cohortSyncId: string;
  cohortId: string;
  /** Increases with every event of this run; a snapshot carries the sequence it reflects. */
  sequence: number;
  status: SyncRunStatus;
  phase: SyncRunPhase;
  attempt: number;
  total: number;
  processed: number;
  added: number;
  removed: number;
  skippedMissingKey: number;
  error: string | null;
  at: string;
}

/** Every topic on the event bus and the payload it carries. */
export type Topics = {
  activity: [ActivityEvent];
  syncEvents: [SyncRunEvent];
  /** A notification was created for this access token. */
  notification: [recipientTokenId: string, { id: string }];
  /** Work was queued: idle workers in every process should look now rather than at their next poll. */
  syncQueue: [{ at: string }];
};

/** Topics whose events carry a single payload (no per-id routing). */
type BroadcastTopic = { [K in keyof Topics]: Topics[K] extends [unknown] ? K : never }[keyof Topics];

export type EventBus = PubSub<Topics> & {
  stop(): Promise<void>;
  /**
   * Calls `listener` synchronously with every event of `topic` that reaches this process, from the
   * moment `listen` returns; the returned function stops it. The cheap path for fan-out: no
   * per-listener queue or async iteration, unlike `subscribe`.
   */
  listen<K extends BroadcastTopic>(topic: K, listener: (payload: Topics[K][0]) => void): () => void;
  /**
   * Calls `listener` each time the bus's LISTEN connection is re-established after a drop.
   * Events published during the gap are lost, so subscribers re-read state they depend on.
   */
  onReconnect(listener: () => void): () => void;
};

export const EVENT_CHANNEL = "cohort_sync_events";

export async function createEventBus(
  database: Database,
  onError: (error: unknown) => void,
  onListen?: () => void,
): Promise<EventBus> {
  const eventTarget = new PgEventTarget(database, EVENT_CHANNEL, onError);
  const reconnectListeners = new Set<() => void>();
  let listens = 0;
  await eventTarget.start(() => {
    listens += 1;
    onListen?.();
    if (listens > 1) for (const listener of reconnectListeners) listener();
  });
  const pubsub = createPubSub<Topics>({ eventTarget });
  return Object.assign(pubsub, {
    stop: () => eventTarget.stop(),
    listen: <K extends BroadcastTopic>(topic: K, listener: (payload: Topics[K][0]) => void) => {
      const callback = (event: Event) => listener((event as CustomEvent<Topics[K][0]>).detail);
      eventTarget.addEventListener(topic, callback);
      return () => eventTarget.removeEventListener(topic, callback);
    },
    onReconnect: (listener: () => void) => {
      reconnectListeners.add(listener);
      return () => {
        reconnectListeners.delete(listener);
      };
    },
  });
}
