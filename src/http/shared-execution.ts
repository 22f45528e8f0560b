import type { Plugin } from "@envelop/core";
import { execute } from "@graphql-tools/executor";
import {
  createSourceEventStream,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  getOperationAST,
} from "graphql";
import { isAsyncIterable } from "graphql-yoga";
import type { Context } from "../context.ts";
import type { Metrics } from "../metrics.ts";
import { operationKeys } from "./operation-key.ts";

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * Executes each subscription event once per distinct operation instead of once per subscriber.
 *
 * One event from the bus reaches every subscriber of a process as the same object. Subscribers
 * with the same operation key (document, operation name, variables and access token; see
 * operation-key.ts) would get identical results, so the first of them executes the selection and
 * the others reuse its result. A dashboard behind one service token shares one execution across
 * all its viewers.
 *
 * Each subscriber still runs its own source stream (the resolver's `subscribe`, with its own
 * snapshot, filtering and backpressure); only the per-event execution is shared. Snapshots are
 * objects of their own, so they are executed per subscriber as before.
 *
 * It also keeps the gauge of open subscriptions: one up when a stream starts, one down when it ends
 * for any reason (completed, client gone, socket closed). WebSocket and SSE subscriptions both come
 * through here. Counting in the stream itself spares every delivery a wrapper of envelop's.
 */
export function sharedSubscriptionExecution(metrics: Metrics): Plugin<Context> {
  const operationKey = operationKeys();
  const results = new WeakMap<object, Map<string, Result>>();
  const executed = metrics.subscriptionEvents.labels({ execution: "executed" });
  const shared = metrics.subscriptionEvents.labels({ execution: "shared" });

  const executeShared = (args: ExecutionArgs, key: string, event: unknown): Result => {
    if (typeof event !== "object" || event === null) {
      executed.inc();
      return executeEvent(args, event);
    }
    let byKey = results.get(event);
    if (!byKey) {
      byKey = new Map();
      results.set(event, byKey);
    }
    let result = byKey.get(key);
    if (result) {
      shared.inc();
    } else {
      executed.inc();
      result = executeEvent(args, event);
      byKey.set(key, result);
    }
    return result;
  };

  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const source = await createSourceEventStream(args);
        if (!isAsyncIterable(source)) return source;
        const key = operationKey(args);
        metrics.activeSubscriptions.inc();
        return mapEvents(
          source,
          args,
          (event) => executeShared(args, key, event),
          () => metrics.activeSubscriptions.dec(),
        );
      });
    },
  };
}

function executeEvent(args: ExecutionArgs, event: unknown): Result {
  // Subscriptions here never use @defer or @stream, so the result is always a single one.
  return execute({ ...args, rootValue: event }) as Result;
}

/**
 * The source stream's events mapped to results, with `return()` reaching the source (unsubscribe)
 * and `onEnd` called once however the stream ends.
 */
function mapEvents(
  source: AsyncIterable<unknown>,
  args: ExecutionArgs,
  map: (event: unknown) => Result,
  onEnd: () => void,
): AsyncGenerator<ExecutionResult, void, void> {
  const iterator = source[Symbol.asyncIterator]();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  const mapped: AsyncGenerator<ExecutionResult, void, void> = {
    async next() {
      let step: IteratorResult<unknown>;
      try {
        step = await iterator.next();
      } catch (error) {
        end();
        // A failing source stream ends the subscription with a located error, as graphql-js does.
        const original = error instanceof Error ? error : new Error(String(error));
        throw new GraphQLError(original.message, {
          originalError: original,
          nodes: getOperationAST(args.document, args.operationName) ?? undefined,
        });
      }
      if (step.done) {
        end();
        return { done: true, value: undefined };
      }
      try {
        return { done: false, value: await map(step.value) };
      } catch (error) {
        end();
        throw error;
      }
    },
    async return() {
      end();
      await iterator.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      end();
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped;
}
