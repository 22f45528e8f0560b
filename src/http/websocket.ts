import type { IncomingMessage, Server } from "node:http";
import type { ExecutionArgs } from "graphql";
import { GraphQLError } from "graphql";
import type { OperationResult, Context as WsContext } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import type { YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import { type WebSocket, WebSocketServer } from "ws";
import type { Config } from "../config.ts";
import type { Caller, Context } from "../context.ts";
import type { Database } from "../db/client.ts";
import type { TokenCache } from "../domain/token-cache.ts";
import { AUTH_FAILURE_MESSAGES, authenticate } from "../domain/tokens.ts";
import type { EventBus } from "../pubsub.ts";
import { webSocketOriginAllowed } from "./cors.ts";

/** What yoga's context factory receives, from HTTP requests and from WebSocket operations alike. */
export interface ServerContext {
  req?: IncomingMessage;
  /** Set for WebSocket operations: the caller authenticated when the socket connected. */
  wsCaller?: Caller;
  /** Set for WebSocket operations: the graphql-ws operation id, logged next to the socket's request id. */
  wsOperationId?: string;
  connectionParams?: Record<string, unknown>;
}

type Extra = {
  caller?: Caller;
  socket: WebSocket;
  request: IncomingMessage;
};

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
}

/** Error codes that refuse one operation but leave the socket open for others. */
const OPERATION_REFUSALS = new Set(["RATE_LIMITED"]);

/**
 * graphql-ws on the HTTP server's upgrade path, executing through yoga's envelop so WebSocket
 * operations get the same parsing limits, validation, context and plugins as HTTP and SSE.
 */
export function attachWebSocket(
  server: Server,
  yoga: YogaServerInstance<ServerContext, Context>,
  deps: {
    config: Config;
    database: Database;
    bus: EventBus;
    log: Logger;
    path: string;
    tokenCache: TokenCache;
  },
): { close(): Promise<void> } {
  const { config, database, bus, log, tokenCache } = deps;
  const wsServer = new WebSocketServer({
    server,
    path: deps.path,
    // One message is one operation: the same bound as a JSON request body.
    maxPayload: config.GRAPHQL_MAX_BODY_BYTES,
    verifyClient: ({ req }, done) => {
      if (webSocketOriginAllowed(config, req)) done(true);
      else done(false, 403, "Origin not allowed");
    },
  });
  const sockets = new SocketsByToken();
  // A revoked token's open sockets close at once, in every process (the bus carries the revocation).
  const revocations = bus.subscribe("activity");
  (async () => {
    for await (const event of revocations) {
      if (event.action === "revokeAccessToken") {
        const tokenId = event.resource.replace(/^token\//, "");
        tokenCache.evict(tokenId);
        sockets.closeAll(tokenId);
      }
    }
  })().catch((error) => log.error({ err: error }, "revocation listener failed"));

  useServer<Record<string, unknown>, Extra>(
    {
      onConnect: async (ctx) => {
        const result = await authenticate(
          database.db,
          ctx.connectionParams?.authorization as string | undefined,
          tokenCache,
        );
        if (!result.ok) {
          // Same code graphql-ws uses for a refused connection, with the reason spelled out.
          ctx.extra.socket.close(4403, AUTH_FAILURE_MESSAGES[result.reason]);
          return false;
        }
        ctx.extra.caller = result.caller;
        sockets.add(result.caller.tokenId, ctx.extra.socket);
        return true;
      },
      onClose: (ctx) => {
        if (ctx.extra.caller) sockets.remove(ctx.extra.caller.tokenId, ctx.extra.socket);
      },
      // Yoga's envelop hands its own execute/subscribe through rootValue.
      execute: (args: ExecutionArgs) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args: ExecutionArgs) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (ctx: WsContext<Record<string, unknown>, Extra>, id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          wsCaller: ctx.extra.caller,
          wsOperationId: id,
          connectionParams: ctx.connectionParams,
          params,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(params.query);
        } catch (error) {
          // A syntax error or a document over the token limit: refuse this operation only.
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = validate(schema, document);
        if (errors.length) return errors;
        let contextValue: Context;
        try {
          contextValue = await contextFactory();
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          const code = String(error.extensions.code ?? "");
          if (OPERATION_REFUSALS.has(code)) return [error];
          // The token was revoked while the socket was open: end the socket like a refused connect.
          if (code === "UNAUTHENTICATED") {
            ctx.extra.socket.close(4403, error.message);
            return [error];
          }
          throw error;
        }
        return {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue,
          rootValue: { execute, subscribe },
        };
      },
    },
    wsServer,
  );

  return {
    close: async () => {
      await revocations.return?.();
      for (const socket of wsServer.clients) socket.close(1001, "Server shutting down");
      wsServer.close();
    },
  };
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
