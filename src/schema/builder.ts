import SchemaBuilder from "@pothos/core";
import DrizzlePlugin from "@pothos/plugin-drizzle";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { getTableConfig } from "drizzle-orm/pg-core";
import type { Context } from "../context.ts";
import { relations } from "../db/relations.ts";
import { NotAllowedError } from "../domain/errors.ts";
import { type Action, canReadWithin, isAllowed } from "../domain/policy.ts";

export interface SchemaTypes {
  Context: Context;
  DrizzleRelations: typeof relations;
  DefaultFieldNullability: false;
  AuthScopes: {
    /** The caller's effective policy allows this action on this resource. */
    allowed: { action: Action; resource: string };
    /** The caller may read this resource or something inside it (for projects and environments). */
    readableWithin: string;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
  };
}

export const builder = new SchemaBuilder<SchemaTypes>({
  // Errors first so it catches the typed NotAllowedError thrown by scope-auth; relay before
  // scope-auth so authScopes see decoded global ids.
  plugins: [ErrorsPlugin, RelayPlugin, ScopeAuthPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  drizzle: {
    client: (ctx) => ctx.db,
    relations,
    getTableConfig,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodesOnConnection: true,
    idFieldOptions: { description: "Globally unique id, usable with `node(id:)`." },
    nodeTypeOptions: { description: "An object with a globally unique id." },
    nodeQueryOptions: {
      description: "Fetches any object by its global id; null when it does not exist.",
      args: { id: { description: "A global id." } },
    },
    nodesQueryOptions: {
      description: "Fetches several objects by global id, in order.",
      args: { ids: { description: "Global ids." } },
    },
  },
  errors: {
    defaultTypes: [],
  },
  scopeAuth: {
    // Refuse an unauthorised subscription when it starts, not at its first event.
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      allowed: ({ action, resource }) => isAllowed(ctx.caller.policy, action, resource),
      readableWithin: (prefix) => canReadWithin(ctx.caller.policy, prefix),
    }),
    unauthorizedError: (_parent, _ctx, _info, result) => new NotAllowedError(result.message),
  },
});

builder.scalarType("DateTime", {
  description: "An instant in time, as an ISO 8601 string in UTC.",
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new TypeError("DateTime must be an ISO 8601 string");
    return date;
  },
});

builder.queryType({ description: "Everything a token can read." });
builder.mutationType({ description: "Every change the gateway accepts." });
builder.subscriptionType({ description: "Live events, over graphql-ws (WebSocket) or SSE." });
