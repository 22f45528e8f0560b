/**
 * One share of the fan-out benchmark's subscribers, in its own process so that receiving and
 * decoding thousands of messages does not queue behind the other shares on one event loop.
 *
 *   tsx bench/fanout-subscribers.ts <ws url> <token> <run id> <count>
 *
 * Prints "ready" once every subscriber has its first (snapshot) event, then one JSON line with the
 * delivery latencies (ms) and how many final events each subscriber got.
 */
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const [url, token, runId, countArg] = process.argv.slice(2);
const count = Number(countArg);
const latencies: number[] = [];
/** Latency samples per event type, for the breakdown by kind. */
const byKind: Record<string, number[]> = {};
const finals = new Array<number>(count).fill(0);
let ready = 0;

const clients = Array.from({ length: count }, () =>
  createClient({
    url: url!,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  }),
);
const done = clients.map(
  (client, index) =>
    new Promise<void>((resolve, reject) => {
      client.subscribe<{ syncRunProgress: { __typename: string; at: string } }>(
        {
          query: `subscription($id: ID!) { syncRunProgress(runId: $id) { __typename at } }`,
          variables: { id: runId },
        },
        {
          next: (result) => {
            const event = result.data?.syncRunProgress;
            if (!event) return;
            if (event.__typename === "SyncRunQueued") {
              ready++;
              if (ready === count) process.stdout.write("ready\n");
            } else {
              const latency = Date.now() - new Date(event.at).getTime();
              latencies.push(latency);
              const samples = byKind[event.__typename] ?? [];
              samples.push(latency);
              byKind[event.__typename] = samples;
            }
            if (event.__typename === "SyncRunCompleted") finals[index]!++;
          },
          error: reject,
          complete: resolve,
        },
      );
    }),
);
await Promise.all(done);
await Promise.all(clients.map((c) => c.dispose()));
process.stdout.write(`${JSON.stringify({ latencies, finals, byKind })}\n`);
