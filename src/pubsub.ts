import { createPubSub, type PubSub } from "graphql-yoga";
import type { Database } from "./db/client.ts";
import { PgEventTarget } from "./db/event-target.ts";

/** A change made through the API, as seen by the live activity feed. Kept small for NOTIFY. */
export interface ActivityEvent {
  id: string;
  action: string;
  resource: string;
  actorTokenId: string;
  actorName: string;
  at: string;
}

/** Every topic on the event bus and the payload it carries. */
export type Topics = {
  activity: [ActivityEvent];
};

export type EventBus = PubSub<Topics> & { stop(): Promise<void> };

export const EVENT_CHANNEL = "cohort_sync_events";

export async function createEventBus(
  database: Database,
  onError: (error: unknown) => void,
  onListen?: () => void,
): Promise<EventBus> {
  const eventTarget = new PgEventTarget(database, EVENT_CHANNEL, onError);
  await eventTarget.start(onListen);
  const pubsub = createPubSub<Topics>({ eventTarget });
  return Object.assign(pubsub, { stop: () => eventTarget.stop() });
}
