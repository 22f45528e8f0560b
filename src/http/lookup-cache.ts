import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";
import type { Metrics } from "../metrics.ts";
import type { EventBus } from "../pubsub.ts";
import { operationKeys } from "./operation-key.ts";

/** Root query fields whose answers may be cached: membership lookups, read on every flag evaluation. */
const CACHED_ROOT_FIELDS: ReadonlySet<string> = new Set(["segment", "contextSegments"]);

interface Entry {
  result: ExecutionResult;
  expires: number;
}

/**
 * A per-process cache of segment lookup answers (`segment { contains }`, `contextSegments`, ...),
 * so a hot key is answered without a database round trip.
 *
 * - Only queries whose every field belongs to a segment type (`Segment`, `SegmentTarget`, ...) under
 *   the root fields above are cached; anything reaching other data (an environment, a cohort sync's
 *   runs) is executed as usual. Results with errors are never cached.
 * - The key is the document, operation name, variables and access token (operation-key.ts): a
 *   token only ever gets answers computed under its own policy.
 * - Every change empties it: a mutation executed in this process before its response is sent (so a
 *   client reads its own writes), every API change and finished sync announced on the event bus by
 *   any process, and a reconnection of the bus (events may have been missed). An answer computed
 *   while an emptying happened is not kept. Another process's change is therefore seen as soon as
 *   its event arrives (milliseconds); `ttlMs` bounds how long an answer may live in any case.
 * - A cached answer is a whole answer computed at one moment, so a reader never sees a mix of a
 *   segment's old and new membership.
 */
export function lookupCache(options: {
  ttlMs: number;
  maxEntries: number;
  bus: EventBus;
  metrics: Metrics;
}): Plugin<Context> & { stop(): void } {
  const { ttlMs, maxEntries, bus, metrics } = options;
  const entries = new Map<string, Entry>();
  let generation = 0;
  const clear = () => {
    generation++;
    entries.clear();
  };
  const hits = metrics.lookupCache.labels({ result: "hit" });
  const misses = metrics.lookupCache.labels({ result: "miss" });

  const stops = [
    bus.listen("activity", clear),
    bus.listen("syncEvents", (event) => {
      if (event.kind === "COMPLETED" || event.kind === "FAILED" || event.kind === "CANCELED") clear();
    }),
    bus.onReconnect(clear),
  ];

  const operationKey = operationKeys();
  const cacheableDocuments = new WeakMap<DocumentNode, boolean>();
  const cacheable = (schema: GraphQLSchema, document: DocumentNode) => {
    let known = cacheableDocuments.get(document);
    if (known === undefined) {
      known = onlySegmentLookups(schema, document);
      cacheableDocuments.set(document, known);
    }
    return known;
  };

  return {
    stop: () => {
      for (const stop of stops) stop();
      entries.clear();
    },
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === "mutation") return { onExecuteDone: clear };
      if (ttlMs <= 0 || operation?.operation !== "query") return;
      if (!cacheable(args.schema, args.document)) return;
      const key = operationKey(args);
      const now = Date.now();
      const cached = entries.get(key);
      if (cached && cached.expires > now) {
        hits.inc();
        setResultAndStopExecution(cached.result);
        return;
      }
      misses.inc();
      const startedAt = generation;
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result) || result.errors || startedAt !== generation) return;
          entries.delete(key);
          if (entries.size >= maxEntries) {
            // Oldest first: Map keeps insertion order.
            const oldest = entries.keys().next();
            if (!oldest.done) entries.delete(oldest.value);
          }
          entries.set(key, { result, expires: now + ttlMs });
        },
      };
    },
  };
}

/** True when every field the operation selects is an allowed root field or a field of a segment type. */
function onlySegmentLookups(schema: GraphQLSchema, document: DocumentNode): boolean {
  const queryType = schema.getQueryType();
  const typeInfo = new TypeInfo(schema);
  let cacheable = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD](node) {
        if (node.name.value === "__typename") return;
        const parent = typeInfo.getParentType();
        if (!parent) {
          cacheable = false;
          return;
        }
        const allowed =
          parent === queryType
            ? CACHED_ROOT_FIELDS.has(node.name.value)
            : parent.name.startsWith("Segment") || parent.name === "PageInfo";
        if (!allowed) cacheable = false;
        const type = typeInfo.getType();
        if (type && getNamedType(type).name.startsWith("__")) cacheable = false;
      },
    }),
  );
  return cacheable;
}
