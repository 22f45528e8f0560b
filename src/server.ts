import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { GraphQLError } from "graphql";
import { createYoga, maskError, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import type { Config } from "./config.ts";
import type { Context } from "./context.ts";
import type { Database } from "./db/client.ts";
import { AppError } from "./domain/errors.ts";
import { TokenCache } from "./domain/token-cache.ts";
import { AUTH_FAILURE_MESSAGES, type AuthResult, authenticate } from "./domain/tokens.ts";
import { armorPlugins } from "./http/armor.ts";
import { bodyLimit } from "./http/body-limit.ts";
import { handleCohortExport } from "./http/cohort-export.ts";
import { corsOptions } from "./http/cors.ts";
import { refuseNulCharacters } from "./http/input-guard.ts";
import { lookupCache } from "./http/lookup-cache.ts";
import { handleMetrics } from "./http/metrics.ts";
import { RateLimiter, rateLimitedError } from "./http/rate-limit.ts";
import { type Route, requestInfo, trackRequest } from "./http/request-log.ts";
import { sharedSubscriptionExecution } from "./http/shared-execution.ts";
import { attachWebSocket, type ServerContext } from "./http/websocket.ts";
import type { Metrics } from "./metrics.ts";
import type { EventBus } from "./pubsub.ts";
import { schema } from "./schema/index.ts";

export const GRAPHQL_PATH = "/graphql";

/** Headers that prove a request was not a plain cross-site form post or link (CSRF prevention). */
export const CSRF_HEADERS = ["x-graphql-yoga-csrf", "apollo-require-preflight"];

export interface GatewayServer {
  server: Server;
  yoga: YogaServerInstance<ServerContext, Context>;
  listen(port: number, host: string): Promise<number>;
  close(graceMs: number): Promise<void>;
}

export interface GatewayDeps {
  config: Config;
  database: Database;
  bus: EventBus;
  log: Logger;
  metrics: Metrics;
}

function refuse(result: Exclude<AuthResult, { ok: true }>): never {
  throw new GraphQLError(AUTH_FAILURE_MESSAGES[result.reason], {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

const GRAPHIQL_QUERY = `# Add your access token under Headers, e.g. {"Authorization": "Bearer csg_..."}
query Me {
  viewer {
    name
    role
  }
}
`;

export function createGatewayServer(deps: GatewayDeps): GatewayServer {
  const { config, database, bus, log, metrics } = deps;
  const limiter = new RateLimiter(config.RATE_LIMIT_PER_MINUTE);
  // Valid tokens are remembered for a few seconds; revocations evict them in every process.
  const tokenCache = new TokenCache();
  bus.onReconnect(() => tokenCache.clear());
  const lookups = lookupCache({
    ttlMs: config.LOOKUP_CACHE_MS,
    maxEntries: config.LOOKUP_CACHE_ENTRIES,
    bus,
    metrics,
  });
  // The bundled GraphiQL page is ~9 MB and never changes: render it once.
  let graphiqlPage: string | undefined;

  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    graphiql: config.GRAPHIQL
      ? {
          // GraphiQL's Headers tab is not sent on a WebSocket, so its subscriptions use SSE (a plain
          // POST carrying the headers, and the CSRF header GraphiQL itself cannot add).
          subscriptionsProtocol: "SSE",
          additionalHeaders: { "x-graphql-yoga-csrf": "graphiql" },
          title: "Cohort sync gateway",
          defaultQuery: GRAPHIQL_QUERY,
        }
      : false,
    // Assets inlined in the page, so GraphiQL works with no internet access.
    renderGraphiQL: (options) => {
      graphiqlPage ??= renderGraphiQL(options);
      return graphiqlPage;
    },
    landingPage: false,
    cors: corsOptions(config),
    batching: config.GRAPHQL_BATCH_LIMIT > 0 ? { limit: config.GRAPHQL_BATCH_LIMIT } : false,
    // Replaced by bodyLimit below, which knows uploads from JSON operations.
    maxRequestBodySize: false,
    plugins: [
      useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
      bodyLimit({
        jsonLimit: config.GRAPHQL_MAX_BODY_BYTES,
        // Room for the largest CSV upload plus its multipart envelope (the operation and boundaries).
        uploadLimit: config.CSV_MAX_BYTES + 64 * 1024,
      }),
      ...armorPlugins(config, (code) => metrics.queryRefusals.inc({ code })),
      refuseNulCharacters(),
      sharedSubscriptionExecution(metrics),
      lookups,
    ],
    maskedErrors: {
      // Expected failures outside typed results (a refused subscription or query field) keep their
      // message and code; anything else is a bug and stays masked.
      maskError: (error, message, isDev) => {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof AppError && error instanceof GraphQLError) {
          return new GraphQLError(original.message, {
            nodes: error.nodes,
            path: error.path,
            extensions: { code: original.code },
          });
        }
        return maskError(error, message, isDev);
      },
    },
    logging: {
      debug: (...args) => logYoga(log, "debug", args),
      info: (...args) => logYoga(log, "info", args),
      warn: (...args) => logYoga(log, "warn", args),
      error: (...args) => logYoga(log, "error", args),
    },
    context: async (initial): Promise<Context> => {
      const info = requestInfo(initial.req);
      let caller = initial.wsCaller;
      if (!caller || initial.connectionParams) {
        // Authenticate every operation, also on an open socket, so a revoked token stops at once.
        const authorization =
          typeof initial.connectionParams?.authorization === "string"
            ? initial.connectionParams.authorization
            : initial.request.headers.get("authorization");
        const result = await authenticate(database.db, authorization, tokenCache);
        if (!result.ok) refuse(result);
        caller = result.caller;
      }
      if (!initial.wsOperationId) {
        info.tokenId = caller.tokenId;
        if (initial.params?.operationName) info.operationName = initial.params.operationName;
      }
      const decision = limiter.take(caller.tokenId);
      if (!decision.ok) {
        metrics.rateLimited.inc();
        throw rateLimitedError(decision.retryAfterSeconds, config.RATE_LIMIT_PER_MINUTE);
      }
      const requestLog = log.child({
        requestId: info.requestId,
        ...(initial.wsOperationId ? { operationId: initial.wsOperationId } : {}),
        tokenId: caller.tokenId,
      });
      return { config, database, db: database.db, caller, bus, log: requestLog, tokenCache };
    },
  });

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const route = routeOf(req.method, path);
    const info = trackRequest(req, res, route, { log, metrics, accessLog: config.ACCESS_LOG });
    switch (route) {
      case "healthz":
        res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
        return;
      case "readyz":
        ready(database).then((ok) => {
          res
            .writeHead(ok ? 200 : 503, { "content-type": "application/json" })
            .end(JSON.stringify({ status: ok ? "ready" : "database unreachable" }));
        });
        return;
      case "metrics":
        handleMetrics(req, res, { config, database, metrics }).catch((error) => {
          log.error({ err: error, requestId: info.requestId }, "metrics scrape failed");
          if (!res.headersSent) res.writeHead(500).end();
        });
        return;
      case "export": {
        const requestLog = log.child({ requestId: info.requestId });
        handleCohortExport(req, res, { config, database, log: requestLog }).catch((error) => {
          requestLog.error({ err: error }, "cohort export failed");
          if (!res.headersSent) res.writeHead(500).end();
          else res.destroy(error);
        });
        return;
      }
      default:
        yoga.handle(req, res);
    }
  });

  const webSocket = attachWebSocket(server, yoga, {
    config,
    database,
    bus,
    log,
    path: GRAPHQL_PATH,
    tokenCache,
  });

  return {
    server,
    yoga,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    close: async (graceMs) => {
      // Stop accepting, end subscriptions with "going away", then give requests in flight some time.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await webSocket.close();
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await yoga.dispose();
      lookups.stop();
    },
  };
}

function routeOf(method: string | undefined, path: string): Route {
  if (path === "/healthz") return "healthz";
  if (path === "/readyz") return "readyz";
  if (path === "/metrics") return "metrics";
  if (method === "GET" && /^\/cohorts\/[^/]+\/export\.csv$/.test(path)) return "export";
  return path === GRAPHQL_PATH || path === `${GRAPHQL_PATH}/` ? "graphql" : "other";
}

async function ready(database: Database): Promise<boolean> {
  try {
    await Promise.race([
      database.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** Yoga logs a message and maybe details; pino wants the details first and the message as `msg`. */
function logYoga(log: Logger, level: "debug" | "info" | "warn" | "error", args: unknown[]): void {
  const [first, ...rest] = args;
  const details =
    rest.length === 1 && rest[0] instanceof Error ? { err: rest[0] } : rest.length ? { details: rest } : {};
  if (first instanceof Error) log[level]({ err: first, ...details }, first.message);
  else log[level](details, String(first));
}
