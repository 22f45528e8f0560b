import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ExecutionArgs } from "graphql";
import { GraphQLError } from "graphql";
import type { OperationResult, Context as WsContext } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { createYoga, maskError, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import { type WebSocket, WebSocketServer } from "ws";
import type { Config } from "./config.ts";
import type { Caller, Context } from "./context.ts";
import type { Database } from "./db/client.ts";
import { AppError } from "./domain/errors.ts";
import { AUTH_FAILURE_MESSAGES, type AuthResult, authenticate } from "./domain/tokens.ts";
import { handleCohortExport } from "./http/cohort-export.ts";
import type { EventBus } from "./pubsub.ts";
import { schema } from "./schema/index.ts";

export const GRAPHQL_PATH = "/graphql";

interface ServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
  /** Set for WebSocket operations: the caller authenticated when the socket connected. */
  wsCaller?: Caller;
  connectionParams?: Record<string, unknown>;
}

export interface GatewayServer {
  server: Server;
  yoga: YogaServerInstance<ServerContext, Context>;
  listen(port: number, host: string): Promise<number>;
  close(graceMs: number): Promise<void>;
}

function refuse(result: Exclude<AuthResult, { ok: true }>): never {
  throw new GraphQLError(AUTH_FAILURE_MESSAGES[result.reason], {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

export function createGatewayServer(
  config: Config,
  database: Database,
  bus: EventBus,
  log: Logger,
): GatewayServer {
  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    graphiql: config.GRAPHIQL ? { subscriptionsProtocol: "WS", title: "Cohort sync gateway" } : false,
    landingPage: false,
    // Room for the largest CSV upload plus its multipart envelope.
    maxRequestBodySize: config.CSV_MAX_BYTES + 1024 * 1024,
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
      const requestLog = log.child({ requestId: randomUUID() });
      let caller = initial.wsCaller;
      if (!caller || initial.connectionParams) {
        // Authenticate every operation, also on an open socket, so a revoked token stops at once.
        const authorization =
          typeof initial.connectionParams?.authorization === "string"
            ? initial.connectionParams.authorization
            : initial.request.headers.get("authorization");
        const result = await authenticate(database.db, authorization);
        if (!result.ok) refuse(result);
        caller = result.caller;
      }
      return { config, database, db: database.db, caller, bus, log: requestLog };
    },
  });

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
      return;
    }
    if (path === "/readyz") {
      ready(database).then((ok) => {
        res
          .writeHead(ok ? 200 : 503, { "content-type": "application/json" })
          .end(JSON.stringify({ status: ok ? "ready" : "database unreachable" }));
      });
      return;
    }
    if (req.method === "GET" && /^\/cohorts\/[^/]+\/export\.csv$/.test(path ?? "")) {
      handleCohortExport(req, res, { config, database, log }).catch((error) => {
        log.error({ err: error }, "cohort export failed");
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy(error);
      });
      return;
    }
    yoga.handle(req, res);
  });

  const wsServer = new WebSocketServer({ server, path: GRAPHQL_PATH });
  const sockets = new SocketsByToken();
  // A revoked token's open sockets close at once, in every process (the bus carries the revocation).
  const revocations = bus.subscribe("activity");
  (async () => {
    for await (const event of revocations) {
      if (event.action === "revokeAccessToken") sockets.closeAll(event.resource.replace(/^token\//, ""));
    }
  })().catch((error) => log.error({ err: error }, "revocation listener failed"));
  useServer<Record<string, unknown>, { caller?: Caller; socket: WebSocket }>(
    {
      onConnect: async (ctx) => {
        const result = await authenticate(
          database.db,
          ctx.connectionParams?.authorization as string | undefined,
        );
        if (!result.ok) return false;
        ctx.extra.caller = result.caller;
        return true;
      },
      // Yoga's envelop hands its own execute/subscribe through rootValue.
      execute: (args: ExecutionArgs) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args: ExecutionArgs) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (
        ctx: WsContext<Record<string, unknown>, { caller?: Caller; socket: WebSocket }>,
        _id,
        params,
      ) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: (ctx.extra as { request?: IncomingMessage }).request,
          wsCaller: ctx.extra.caller,
          connectionParams: ctx.connectionParams,
          params,
        });
        let contextValue: Context;
        try {
          contextValue = await contextFactory();
        } catch (error) {
          // The token was revoked while the socket was open: end the socket like a refused connect.
          if (error instanceof GraphQLError && error.extensions.code === "UNAUTHENTICATED") {
            ctx.extra.socket.close(4403, error.message);
            return [error];
          }
          throw error;
        }
        const args = {
          schema,
          operationName: params.operationName,
          document: parse(params.query),
          variableValues: params.variables,
          contextValue,
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wsServer,
  );

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
      await revocations.return?.();
      // Stop accepting, end subscriptions with "going away", then give requests in flight some time.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of wsServer.clients) socket.close(1001, "Server shutting down");
      wsServer.close();
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await yoga.dispose();
    },
  };
}

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
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

/** Open WebSockets per access token, so revoking a token can end its live subscriptions. */
class SocketsByToken {
  private readonly byToken = new Map<string, Set<WebSocket>>();

  add(tokenId: string, socket: WebSocket): void {
    const set = this.byToken.get(tokenId) ?? new Set<WebSocket>();
    set.add(socket);
    this.byToken.set(tokenId, set);
  }

  remove(tokenId: string, socket: WebSocket): void {
    const set = this.byToken.get(tokenId);
    set?.delete(socket);
    if (set?.size === 0) this.byToken.delete(tokenId);
  }

  closeAll(tokenId: string): void {
    for (const socket of this.byToken.get(tokenId) ?? [])
      socket.close(4403, "The access token has been revoked");
    this.byToken.delete(tokenId);
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
