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

export type EventBus = PubSub<Topics> & {
  stop(): Promise<void>;
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
    onReconnect: (listener: () => void) => {
      reconnectListeners.add(listener);
      return () => {
        reconnectListeners.delete(listener);
      };
    },
  });
}
