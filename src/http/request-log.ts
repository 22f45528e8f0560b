import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { Metrics } from "../metrics.ts";

/** What the GraphQL layer learns about a request, for its access log line. */
export interface RequestInfo {
  requestId: string;
  tokenId?: string;
  operationName?: string;
}

const infos = new WeakMap<IncomingMessage, RequestInfo>();

/** Printable, bounded ids only: an incoming id ends up in every log line of the request. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** The caller's `x-request-id` when it is a sane id, otherwise a fresh uuid. */
export function requestIdFrom(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  const value = Array.isArray(given) ? given[0] : given;
  return value && ACCEPTABLE_ID.test(value) ? value : randomUUID();
}

/** The request's info, created on first use (also for requests that bypassed `trackRequest`). */
export function requestInfo(req: IncomingMessage | undefined): RequestInfo {
  if (!req) return { requestId: randomUUID() };
  let info = infos.get(req);
  if (!info) {
    info = { requestId: requestIdFrom(req) };
    infos.set(req, info);
  }
  return info;
}

export type Route = "graphql" | "healthz" | "readyz" | "metrics" | "export" | "other";

/** A request this slow is logged like a failed one. */
const SLOW_SECONDS = 1;

/**
 * Gives the request its id, echoes it as `x-request-id`, and when the response is finished (or the
 * client went away) counts the request and writes its access log line as `ACCESS_LOG` says. Probes
 * and scrapes always log at debug so they do not drown the log. (A line per request costs about a
 * quarter of the throughput of small queries, hence `errors` by default.)
 */
export function trackRequest(
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  deps: { log: Logger; metrics: Metrics; accessLog: "all" | "errors" | "off" },
): RequestInfo {
  const info = requestInfo(req);
  res.setHeader("x-request-id", info.requestId);
  const started = process.hrtime.bigint();
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const status = res.writableFinished ? res.statusCode : 499; // 499: the client closed first
    deps.metrics.httpRequests.inc({ route, status: String(status) });
    deps.metrics.httpDuration.observe({ route }, seconds);
    if (deps.accessLog === "off") return;
    const probe = route === "healthz" || route === "readyz" || route === "metrics";
    const notable = deps.accessLog === "all" || status >= 400 || seconds >= SLOW_SECONDS;
    const level = !probe && notable ? "info" : "debug";
    if (!deps.log.isLevelEnabled(level)) return;
    deps.log[level](
      {
        requestId: info.requestId,
        method: req.method,
        path: (req.url ?? "/").split("?")[0],
        status,
        durationMs: Math.round(seconds * 1000 * 10) / 10,
        ...(info.tokenId ? { tokenId: info.tokenId } : {}),
        ...(info.operationName ? { operationName: info.operationName } : {}),
      },
      "request completed",
    );
  };
  res.once("finish", finish);
  res.once("close", finish);
  return info;
}
