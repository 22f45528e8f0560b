/**
 * The load generator of bench/lookup.ts, in a process of its own: autocannon posting one GraphQL
 * body, or with `--distinct`, a different context key (the `user-4242` in the body's variables
 * replaced by `user-1`, `user-2`, ..., members of the benchmark's segment) in every request, so no
 * two lookups are alike.
 *
 *   tsx bench/lookup-load.ts <url> <connections> <seconds> <body> [token] [--distinct]
 *
 * Prints autocannon's result as one JSON line.
 */
import autocannon from "autocannon";

const [url, connections, seconds, body, token, flag] = process.argv.slice(2);
const distinct = flag === "--distinct" || token === "--distinct";
const headers: Record<string, string> = { "content-type": "application/json" };
if (token && token !== "--distinct") headers.authorization = `Bearer ${token}`;
let next = 0;

const result = await autocannon({
  url: url!,
  connections: Number(connections),
  duration: Number(seconds),
  requests: [
    {
      method: "POST",
      headers,
      body: body!,
      setupRequest: (request) =>
        distinct
          ? { ...request, body: body!.replace("user-4242", `user-${(next++ % 1_000_000) + 1}`) }
          : request,
    },
  ],
});
process.stdout.write(`${JSON.stringify(result)}\n`);
