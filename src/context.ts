import type { Logger } from "pino";
import type { Config } from "./config.ts";
import type { Database, Db } from "./db/client.ts";
import type { BuiltInRole, PolicyStatement } from "./domain/policy.ts";
import type { TokenCache } from "./domain/token-cache.ts";
import type { EventBus } from "./pubsub.ts";

/** The authenticated token behind a request or a WebSocket connection. */
export interface Caller {
  tokenId: string;
  name: string;
  role: BuiltInRole | null;
  /** Built-in role statements followed by the token's own statements. */
  policy: PolicyStatement[];
}

/** What every resolver receives. */
export interface Context {
  config: Config;
  database: Database;
  db: Db;
  caller: Caller;
  bus: EventBus;
  log: Logger;
  /** This process's cache of authenticated tokens (a revocation evicts from it at once). */
  tokenCache: TokenCache;
}
