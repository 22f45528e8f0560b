import { setMaxListeners } from "node:events";
import type { TypedEvent, TypedEventTarget } from "@graphql-yoga/typed-event-target";
import type { Database, Unlisten } from "./client.ts";

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7900;

type Listener = Parameters<EventTarget["addEventListener"]>[1];

/**
 * An EventTarget whose events travel through PostgreSQL LISTEN/NOTIFY, so an event dispatched in
 * one gateway process reaches listeners in every process on the same database, this one included
 * (PostgreSQL delivers a session's own notifications back to it). Local delivery only ever happens
 * on the way back from the database, so every process sees the same order.
 */
export class PgEventTarget extends EventTarget implements TypedEventTarget<TypedEvent> {
  private readonly local = new EventTarget();
  private unlisten: Unlisten | null = null;

  constructor(
    private readonly database: Database,
    private readonly channel: string,
    private readonly onError: (error: unknown) => void,
  ) {
    super();
    // Every subscription adds a listener to one topic; thousands are normal, not a leak.
    setMaxListeners(0, this.local);
  }

  async start(onListen?: () => void): Promise<void> {
    this.unlisten = await this.database.listen(
      this.channel,
      (raw) => {
        let parsed: { type: string; detail: unknown };
        try {
          parsed = JSON.parse(raw);
        } catch (error) {
          this.onError(error);
          return;
        }
        this.local.dispatchEvent(new CustomEvent(parsed.type, { detail: parsed.detail }));
      },
      onListen,
    );
  }

  async stop(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = null;
    await unlisten?.();
  }

  override addEventListener(type: string, callback: Listener, options?: AddEventListenerOptions | boolean) {
    this.local.addEventListener(type, callback, options);
  }

  override removeEventListener(type: string, callback: Listener, options?: EventListenerOptions | boolean) {
    this.local.removeEventListener(type, callback, options);
  }

  override dispatchEvent(event: Event): boolean {
    const detail = (event as CustomEvent).detail;
    const payload = JSON.stringify({ type: event.type, detail });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
      this.onError(new Error(`event ${event.type} is too large for NOTIFY (${payload.length} bytes)`));
      return false;
    }
    this.database.notify(this.channel, payload).catch(this.onError);
    return true;
  }
}
