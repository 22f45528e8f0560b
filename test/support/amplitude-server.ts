/**
 * A local stand-in for Amplitude's Behavioral Cohorts API on 127.0.0.1, speaking the documented
 * protocol (Basic auth, request → poll 202/200 → file, optional 302 to a presigned link), with
 * switches for the failures a client has to survive.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

export interface FakeCohort {
  id: string;
  name: string;
  description?: string | null;
  size?: number | null;
  /** Epoch milliseconds, as Amplitude reports it. */
  lastComputed?: number | null;
  /** The export file, served byte for byte (so a malformed file is just malformed text). */
  csv?: string;
  /** Alternative to `csv` for big files: lines (without line breaks) streamed with backpressure. */
  lines?: () => Iterable<string>;
  /** How many status polls answer 202 "JOB INPROGRESS" before the job completes. */
  pendingPolls?: number;
  /** Serve the file as a 302 to a presigned-style link, like large cohorts on S3. */
  redirect?: boolean;
}

export type Endpoint = "list" | "request" | "status" | "file" | "presigned";

export interface Fault {
  /** How many calls to the endpoint this applies to, from now on. */
  times: number;
  /** Status to answer with; without one the call is only delayed, then served normally. */
  status?: number;
  retryAfter?: string;
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path and query string. */
  path: string;
  endpoint: Endpoint | null;
  authorization: string | null;
}

export interface AmplitudeServerOptions {
  apiKey?: string;
  secretKey?: string;
  cohorts?: FakeCohort[];
}

export interface AmplitudeServer {
  url: string;
  apiKey: string;
  secretKey: string;
  requests: RecordedRequest[];
  /** Requests to one endpoint, in order. */
  requestsTo(endpoint: Endpoint): RecordedRequest[];
  fail(endpoint: Endpoint, fault: Fault): void;
  close(): Promise<void>;
}

interface Job {
  cohort: FakeCohort;
  polls: number;
}

const ROUTES: Array<[Endpoint, RegExp]> = [
  ["list", /^\/api\/3\/cohorts$/],
  ["file", /^\/api\/5\/cohorts\/request\/([^/]+)\/file$/],
  ["request", /^\/api\/5\/cohorts\/request\/([^/]+)$/],
  ["status", /^\/api\/5\/cohorts\/request-status\/([^/]+)$/],
  ["presigned", /^\/presigned\/([^/]+)$/],
];

export async function startAmplitudeServer(options: AmplitudeServerOptions = {}): Promise<AmplitudeServer> {
  const apiKey = options.apiKey ?? "test-api-key";
  const secretKey = options.secretKey ?? "test-secret-key";
  const expectedAuth = `Basic ${Buffer.from(`${apiKey}:${secretKey}`).toString("base64")}`;
  const cohorts = new Map((options.cohorts ?? []).map((c) => [c.id, c]));
  const jobs = new Map<string, Job>();
  const faults = new Map<Endpoint, Fault[]>();
  const requests: RecordedRequest[] = [];
  let url = "";

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    const route = ROUTES.map(([name, re]) => [name, re.exec(pathname)] as const).find(([, m]) => m);
    const endpoint = route?.[0] ?? null;
    const param = decodeURIComponent(route?.[1]?.[1] ?? "");
    requests.push({
      method: req.method ?? "",
      path: req.url ?? "",
      endpoint,
      authorization: req.headers.authorization ?? null,
    });
    if (endpoint === null || req.method !== "GET") return json(res, 404, { error: "Not found" });

    const fault = faults.get(endpoint)?.find((f) => f.times > 0);
    if (fault) {
      fault.times--;
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.status !== undefined) {
        const headers: Record<string, string> =
          fault.retryAfter === undefined ? {} : { "retry-after": fault.retryAfter };
        return json(res, fault.status, { error: `injected ${fault.status}` }, headers);
      }
    }

    if (endpoint === "presigned") {
      // S3 refuses a presigned URL that also carries an Authorization header.
      if (req.headers.authorization !== undefined) {
        return json(res, 400, { error: "InvalidArgument: only one auth mechanism allowed" });
      }
      const job = jobs.get(param);
      return job ? sendFile(res, job.cohort) : json(res, 403, { error: "AccessDenied" });
    }
    if (req.headers.authorization !== expectedAuth) return json(res, 401, { error: "Invalid credentials" });

    switch (endpoint) {
      case "list":
        return json(res, 200, { cohorts: [...cohorts.values()].map(describe) });
      case "request": {
        const cohort = cohorts.get(param);
        if (!cohort) return json(res, 404, { error: `Cohort ${param} not found` });
        const requestId = `req-${jobs.size + 1}`;
        jobs.set(requestId, { cohort, polls: 0 });
        return json(res, 200, { request_id: requestId, cohort_id: cohort.id });
      }
      case "status": {
        const job = jobs.get(param);
        if (!job) return json(res, 404, { error: "Unknown request" });
        job.polls++;
        const done = job.polls > (job.cohort.pendingPolls ?? 0);
        return json(res, done ? 200 : 202, {
          request_id: param,
          cohort_id: job.cohort.id,
          async_status: done ? "JOB COMPLETED" : "JOB INPROGRESS",
        });
      }
      case "file": {
        const job = jobs.get(param);
        if (!job || job.polls <= (job.cohort.pendingPolls ?? 0))
          return json(res, 404, { error: "Not ready" });
        if (!job.cohort.redirect) return sendFile(res, job.cohort);
        res.writeHead(302, { location: `${url}/presigned/${param}?X-Amz-Signature=test` }).end();
        return;
      }
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    apiKey,
    secretKey,
    requests,
    requestsTo: (endpoint) => requests.filter((r) => r.endpoint === endpoint),
    fail(endpoint, fault) {
      faults.set(endpoint, [...(faults.get(endpoint) ?? []), { ...fault }]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function describe(c: FakeCohort): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    description: c.description ?? "",
    size: c.size ?? null,
    lastComputed: c.lastComputed ?? null,
    appId: 123456,
    archived: false,
    published: true,
    owners: ["owner@example.com"],
    type: "redshift",
  };
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

async function sendFile(res: ServerResponse, cohort: FakeCohort): Promise<void> {
  res.writeHead(200, { "content-type": "text/csv" });
  if (cohort.lines === undefined) {
    res.end(cohort.csv ?? "");
    return;
  }
  await pipeline(Readable.from(chunked(cohort.lines())), res);
}

/** Groups lines into ~64 KB writes; one write per line would make big files needlessly slow. */
function* chunked(lines: Iterable<string>): Generator<string> {
  let buffer = "";
  for (const line of lines) {
    buffer += `${line}\n`;
    if (buffer.length >= 64 * 1024) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}
