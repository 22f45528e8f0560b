import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, print } from "graphql";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";

export interface GraphQLResponse<R> {
  status: number;
  data?: R | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A typed GraphQL client over HTTP for one token, the way an API user calls the gateway. */
export function httpClient(url: string, token?: string) {
  async function request<R, V>(
    document: TypedDocumentNode<R, V>,
    ...[variables]: V extends Record<string, never> ? [] | [V] : [V]
  ): Promise<GraphQLResponse<R>> {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as ExecutionResult<R>;
    return { status: response.status, ...(body as object) } as GraphQLResponse<R>;
  }
  /** Like request, but fails the test with the operation and body when there are errors. */
  async function data<R, V>(
    document: TypedDocumentNode<R, V>,
    ...args: V extends Record<string, never> ? [] | [V] : [V]
  ): Promise<R> {
    const result = await request(document, ...args);
    if (result.errors?.length || !result.data) {
      throw new Error(
        `GraphQL request failed (HTTP ${result.status})\n${print(document)}\n${JSON.stringify(result, null, 2)}`,
      );
    }
    return result.data;
  }
  return { request, data };
}

/** The official graphql-ws client over a real socket. */
export function wsClient(url: string, token?: string, options: { retryAttempts?: number } = {}): Client {
  return createClient({
    url: url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: options.retryAttempts ?? 0,
    lazy: true,
  });
}

/** Subscribes and returns an async iterator of results plus a way to stop. */
export function subscribe<R, V>(client: Client, document: TypedDocumentNode<R, V>, variables?: V) {
  return client.iterate<R>({ query: print(document), variables: variables as Record<string, unknown> });
}

/** Reads Server-Sent Events from a GraphQL subscription over HTTP (yoga's SSE transport). */
export async function* sseSubscribe<R, V>(
  url: string,
  token: string | undefined,
  document: TypedDocumentNode<R, V>,
  variables?: V,
  signal?: AbortSignal,
): AsyncGenerator<ExecutionResult<R>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
    signal: signal ?? null,
  });
  if (!response.body) throw new Error(`no SSE body (HTTP ${response.status})`);
  if (!response.headers.get("content-type")?.includes("text/event-stream")) {
    yield (await response.json()) as ExecutionResult<R>;
    return;
  }
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let boundary = buffer.indexOf("\n\n");
    while (boundary >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      const lines = block.split("\n");
      const event = lines
        .find((l) => l.startsWith("event:"))
        ?.slice(6)
        .trim();
      const data = lines
        .filter((l) => l.startsWith("data:"))
        .map((l) => l.slice(5).trim())
        .join("\n");
      if (event === "complete") return;
      if (data) yield JSON.parse(data) as ExecutionResult<R>;
      boundary = buffer.indexOf("\n\n");
    }
  }
}

/** Resolves with the first `count` values of an iterator, failing after `timeoutMs`. */
export async function take<T>(iterator: AsyncIterable<T>, count: number, timeoutMs = 10_000): Promise<T[]> {
  const values: T[] = [];
  const it = iterator[Symbol.asyncIterator]();
  const deadline = Date.now() + timeoutMs;
  while (values.length < count) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new Error(`timed out after ${values.length}/${count} values`);
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([
      it.next(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`timed out after ${values.length}/${count} values`)),
          remaining,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    if (next.done) break;
    values.push(next.value);
  }
  return values;
}
