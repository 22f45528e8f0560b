/**
 * Client for Amplitude's Behavioral Cohorts API (HTTP Basic auth, API key : secret key).
 *
 * Listing is one call (`GET /api/3/cohorts`). Downloading a cohort is asynchronous:
 *   1. `GET /api/5/cohorts/request/:cohort_id?props=1` → `{ request_id, cohort_id }`
 *   2. `GET /api/5/cohorts/request-status/:request_id` → 202 `{ async_status: "JOB INPROGRESS" }`
 *      while the export runs, 200 `{ async_status: "JOB COMPLETED" }` once it is ready
 *   3. `GET /api/5/cohorts/request/:request_id/file` → the CSV, or for large cohorts a 302 to a
 *      presigned S3 URL that is valid for about a minute (the file link itself lasts 7 days)
 */
import { z } from "zod";
import { type CohortMemberRow, CsvFormatError, type CsvLimits, parseCohortCsv } from "./csv.ts";

export const AMPLITUDE_REGIONS = {
  US: "https://amplitude.com",
  EU: "https://analytics.eu.amplitude.com",
} as const;

export interface AmplitudeConfig {
  apiKey: string;
  secretKey: string;
  baseUrl: string;
  /** Per request, until its body is read; for the cohort file, the longest wait for each chunk. */
  requestTimeoutMs?: number;
  pollIntervalMs?: number;
  maxPollMs?: number;
  maxRetries?: number;
  fetch?: typeof fetch;
  /** First backoff delay, doubled on each retry (default 500 ms). */
  retryBaseMs?: number;
  /** Longest wait before a retry (default 60 s); a longer Retry-After fails at once as RATE_LIMITED. */
  maxRetryDelayMs?: number;
  /** User properties to export as columns: all (`true`, the default), none, or just the listed keys. */
  properties?: boolean | readonly string[];
}

export interface AmplitudeCohortSummary {
  id: string;
  name: string;
  description: string | null;
  size: number | null;
  lastComputed: Date | null;
}

export type AmplitudeErrorCode = "AUTH" | "NOT_FOUND" | "RATE_LIMITED" | "UPSTREAM" | "TIMEOUT" | "BAD_FILE";

export class AmplitudeError extends Error {
  readonly status: number | null;
  /** What Amplitude asked us to wait (Retry-After) when it rate-limited us, so a scheduler can back off. */
  readonly retryAfterMs: number | null;
  /** For BAD_FILE: the file's row errors, with line numbers. */
  readonly formatError: CsvFormatError | null;

  constructor(
    readonly code: AmplitudeErrorCode,
    message: string,
    details: { status?: number | null; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = "AmplitudeError";
    this.status = details.status ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
    this.formatError = details.cause instanceof CsvFormatError ? details.cause : null;
  }
}

const DEFAULTS = {
  requestTimeoutMs: 30_000,
  pollIntervalMs: 5_000,
  // Exports commonly take a minute or more; big cohorts much longer.
  maxPollMs: 30 * 60_000,
  maxRetries: 4,
  retryBaseMs: 500,
  maxRetryDelayMs: 60_000,
};
const MAX_FILE_REDIRECTS = 3;

const idSchema = z.union([z.string(), z.number()]).transform(String);
const cohortListSchema = z.object({
  cohorts: z.array(
    z.object({
      id: idSchema,
      name: z.string().nullish(),
      description: z.string().nullish(),
      size: z.number().nullish(),
      lastComputed: z.union([z.number(), z.string()]).nullish(),
    }),
  ),
});
const downloadRequestSchema = z.object({ request_id: idSchema });
const jobStatusSchema = z.object({ async_status: z.string().nullish() });

/** An attempt that may succeed if repeated; `error` is what the caller sees once retries run out. */
class Retryable extends Error {
  constructor(
    readonly error: AmplitudeError,
    readonly retryAfterMs: number | null = null,
  ) {
    super(error.message);
  }
}

export class AmplitudeClient {
  private readonly settings: typeof DEFAULTS;
  private readonly baseUrl: string;
  private readonly authorization: string;
  private readonly fetch: typeof fetch;
  private readonly properties: boolean | readonly string[];

  constructor(config: AmplitudeConfig) {
    const { apiKey, secretKey, baseUrl, fetch: fetchImpl, properties, ...tuning } = config;
    if (!apiKey || !secretKey) throw new TypeError("Amplitude API key and secret key are required");
    this.settings = { ...DEFAULTS, ...definedOnly(tuning) };
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.authorization = `Basic ${Buffer.from(`${apiKey}:${secretKey}`).toString("base64")}`;
    this.fetch = fetchImpl ?? globalThis.fetch;
    this.properties = properties ?? true;
  }

  async listCohorts(signal?: AbortSignal): Promise<AmplitudeCohortSummary[]> {
    const { body } = await this.getJson("/api/3/cohorts", "listing cohorts", signal);
    const parsed = parseBody(cohortListSchema, body, "listing cohorts");
    return parsed.cohorts.map((c) => ({
      id: c.id,
      name: c.name ?? c.id,
      description: c.description || null,
      size: c.size ?? null,
      lastComputed: toDate(c.lastComputed),
    }));
  }

  /**
   * Requests the cohort download, polls until ready, follows the file redirect, and yields parsed
   * member batches (via parseCohortCsv). A malformed file throws AmplitudeError BAD_FILE whose
   * `formatError` holds the row errors. A connection lost mid-file is not retried, since batches
   * were already handed out: it throws UPSTREAM/TIMEOUT and the caller's rollback applies.
   */
  async *downloadCohort(
    cohortId: string,
    limits: CsvLimits,
    signal?: AbortSignal,
  ): AsyncGenerator<CohortMemberRow[]> {
    const what = `downloading cohort "${cohortId}"`;
    const requestId = await this.requestDownload(cohortId, what, signal);
    await this.waitForExport(requestId, what, signal);
    const { response, deadline } = await this.withRetries(signal, () =>
      this.openFile(requestId, what, signal),
    );
    try {
      yield* parseCohortCsv(readBody(response, deadline, what, signal), limits);
    } catch (err) {
      if (!(err instanceof CsvFormatError)) throw err;
      throw new AmplitudeError("BAD_FILE", `Amplitude sent a malformed file ${what}: ${err.message}`, {
        cause: err,
      });
    } finally {
      deadline.clear();
    }
  }

  private async requestDownload(cohortId: string, what: string, signal?: AbortSignal): Promise<string> {
    const query = propertiesQuery(this.properties);
    const path = `/api/5/cohorts/request/${encodeURIComponent(cohortId)}${query}`;
    const { body } = await this.getJson(path, what, signal);
    return parseBody(downloadRequestSchema, body, what).request_id;
  }

  private async waitForExport(requestId: string, what: string, signal?: AbortSignal): Promise<void> {
    const path = `/api/5/cohorts/request-status/${encodeURIComponent(requestId)}`;
    const giveUpAt = Date.now() + this.settings.maxPollMs;
    for (;;) {
      const { status, body } = await this.getJson(path, what, signal);
      const jobStatus = parseBody(jobStatusSchema, body, what).async_status ?? "";
      if (/FAIL|ERROR|CANCEL/i.test(jobStatus)) {
        throw new AmplitudeError("UPSTREAM", `Amplitude export failed ${what}: ${jobStatus}`, { status });
      }
      // Amplitude answers 202 while the export runs and 200 once the file is ready.
      if (status === 200 && !/INPROGRESS|PENDING|QUEUED/i.test(jobStatus)) return;
      if (Date.now() + this.settings.pollIntervalMs > giveUpAt) {
        throw new AmplitudeError(
          "TIMEOUT",
          `Amplitude export still in progress after ${this.settings.maxPollMs} ms ${what} (request ${requestId})`,
        );
      }
      await sleep(this.settings.pollIntervalMs, signal);
    }
  }

  /**
   * Redirects are followed by hand so the credentials stay with Amplitude: the presigned URL
   * authenticates by its query string and must not see our Authorization header.
   */
  private async openFile(
    requestId: string,
    what: string,
    signal?: AbortSignal,
  ): Promise<{ response: Response; deadline: Deadline }> {
    const deadline = new Deadline(this.settings.requestTimeoutMs, signal);
    try {
      let url = new URL(`${this.baseUrl}/api/5/cohorts/request/${encodeURIComponent(requestId)}/file`);
      let response = await this.send(url, true, what, deadline, signal);
      for (let hops = 0; isRedirect(response.status); hops++) {
        await response.body?.cancel().catch(() => {});
        const location = response.headers.get("location");
        if (location === null || hops >= MAX_FILE_REDIRECTS) {
          throw new AmplitudeError("UPSTREAM", `Amplitude sent a bad file redirect ${what}`, {
            status: response.status,
          });
        }
        url = new URL(location, url);
        if (url.protocol !== "https:" && url.protocol !== "http:") {
          throw new AmplitudeError("UPSTREAM", `Amplitude redirected to a ${url.protocol} URL ${what}`);
        }
        response = await this.send(url, false, `${what} (presigned file link)`, deadline, signal);
      }
      return { response, deadline };
    } catch (err) {
      deadline.clear();
      throw err;
    }
  }

  private async getJson(
    path: string,
    what: string,
    signal?: AbortSignal,
  ): Promise<{ status: number; body: unknown }> {
    return this.withRetries(signal, async () => {
      const deadline = new Deadline(this.settings.requestTimeoutMs, signal);
      try {
        const response = await this.send(new URL(this.baseUrl + path), true, what, deadline, signal);
        if (isRedirect(response.status)) {
          await response.body?.cancel();
          throw new AmplitudeError("UPSTREAM", `Amplitude answered ${what} with an unexpected redirect`, {
            status: response.status,
          });
        }
        const text = await response.text().catch((err: unknown) => {
          throw classifyFetchFailure(err, deadline, what, signal);
        });
        try {
          return { status: response.status, body: text === "" ? {} : JSON.parse(text) };
        } catch {
          throw new AmplitudeError("UPSTREAM", `Amplitude sent a response that is not JSON ${what}`, {
            status: response.status,
          });
        }
      } finally {
        deadline.clear();
      }
    });
  }

  /** One HTTP exchange: returns 2xx/3xx responses, throws everything else classified. */
  private async send(
    url: URL,
    withAuth: boolean,
    what: string,
    deadline: Deadline,
    signal?: AbortSignal,
  ): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetch(url, {
        headers: withAuth ? { authorization: this.authorization } : {},
        redirect: "manual",
        signal: deadline.signal,
      });
    } catch (err) {
      throw classifyFetchFailure(err, deadline, what, signal);
    }
    const { status } = response;
    if (status < 400) return response;
    await response.body?.cancel().catch(() => {});
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    if (status === 429) {
      const error = new AmplitudeError("RATE_LIMITED", `Amplitude rate-limited ${what} (HTTP 429)`, {
        status,
        retryAfterMs,
      });
      throw new Retryable(error, retryAfterMs);
    }
    if (status >= 500) {
      const error = new AmplitudeError("UPSTREAM", `Amplitude failed ${what} (HTTP ${status})`, { status });
      throw new Retryable(error, retryAfterMs);
    }
    if (!withAuth) {
      // Presigned links expire within a minute; a retry asks Amplitude for a fresh one.
      const message = `the file link was refused ${what} (HTTP ${status}); it may have expired`;
      throw new Retryable(new AmplitudeError("UPSTREAM", message, { status }));
    }
    if (status === 401 || status === 403) {
      throw new AmplitudeError(
        "AUTH",
        `Amplitude rejected the API key or secret key ${what} (HTTP ${status})`,
        {
          status,
        },
      );
    }
    if (status === 404) {
      throw new AmplitudeError("NOT_FOUND", `Amplitude found nothing ${what} (HTTP 404)`, { status });
    }
    throw new AmplitudeError("UPSTREAM", `Amplitude refused ${what} (HTTP ${status})`, { status });
  }

  private async withRetries<T>(signal: AbortSignal | undefined, attempt: () => Promise<T>): Promise<T> {
    const { maxRetries, retryBaseMs, maxRetryDelayMs } = this.settings;
    for (let retry = 0; ; retry++) {
      try {
        return await attempt();
      } catch (err) {
        if (!(err instanceof Retryable)) throw err;
        if (retry >= maxRetries) {
          throw withMessage(err.error, `${err.error.message}; gave up after ${retry + 1} attempts`);
        }
        const backoff = retryBaseMs * 2 ** retry;
        const delay = err.retryAfterMs ?? backoff;
        if (delay > maxRetryDelayMs) {
          throw withMessage(err.error, `${err.error.message}; asked to wait ${Math.ceil(delay / 1000)} s`);
        }
        // Jitter spreads out clients that failed together.
        await sleep(delay + Math.random() * Math.min(backoff, 1_000) * 0.2, signal);
      }
    }
  }
}

/**
 * A per-request timer. While a file streams it only runs while we wait for the next chunk, so a
 * slow consumer (batches written to the database) is never mistaken for a stalled download.
 */
class Deadline {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly ms: number,
    caller?: AbortSignal,
  ) {
    this.signal = caller ? AbortSignal.any([caller, this.controller.signal]) : this.controller.signal;
    this.start();
  }

  get expired(): boolean {
    return this.controller.signal.aborted;
  }

  start(): void {
    this.clear();
    this.timer = setTimeout(() => this.controller.abort(new Error(`timed out after ${this.ms} ms`)), this.ms);
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}

async function* readBody(
  response: Response,
  deadline: Deadline,
  what: string,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const reader = response.body?.getReader();
  if (reader === undefined) return;
  try {
    for (;;) {
      deadline.start();
      const chunk = await reader.read().catch((err: unknown) => {
        throw unwrap(classifyFetchFailure(err, deadline, what, signal));
      });
      deadline.clear();
      if (chunk.done) return;
      yield chunk.value;
    }
  } finally {
    deadline.clear();
    await reader.cancel().catch(() => {});
  }
}

/** Caller aborts pass through untouched; timeouts and network failures become retryable errors. */
function classifyFetchFailure(err: unknown, deadline: Deadline, what: string, signal?: AbortSignal): unknown {
  if (signal?.aborted) return signal.reason;
  if (err instanceof AmplitudeError || err instanceof Retryable) return err;
  if (deadline.expired) {
    return new Retryable(
      new AmplitudeError("TIMEOUT", `Amplitude did not answer within ${deadline.ms} ms ${what}`),
    );
  }
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const detail =
    cause instanceof Error ? ("code" in cause && String(cause.code)) || cause.message : String(cause);
  return new Retryable(new AmplitudeError("UPSTREAM", `network error ${what}: ${detail}`, { cause: err }));
}

function unwrap(err: unknown): unknown {
  return err instanceof Retryable ? err.error : err;
}

function withMessage(error: AmplitudeError, message: string): AmplitudeError {
  return new AmplitudeError(error.code, message, {
    status: error.status,
    retryAfterMs: error.retryAfterMs,
    cause: error.cause,
  });
}

/** Retry-After is either delay-seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | null {
  if (value === null || value.trim() === "") return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function propertiesQuery(properties: boolean | readonly string[]): string {
  if (properties === true) return "?props=1";
  if (properties === false || properties.length === 0) return "";
  return `?propKeys=${properties.map(encodeURIComponent).join(",")}`;
}

function parseBody<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new AmplitudeError(
    "UPSTREAM",
    `Amplitude sent an unexpected response ${what}: ${result.error.message}`,
  );
}

/** Amplitude reports timestamps as epoch milliseconds; ISO strings are accepted too. */
function toDate(value: number | string | null | undefined): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const date = new Date(typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
