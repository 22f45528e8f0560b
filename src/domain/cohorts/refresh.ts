/** Cohorts sourced from Amplitude's Behavioral Cohorts API: listing, and refreshing members. */
import { eq } from "drizzle-orm";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { cohorts } from "../../db/schema.ts";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors.ts";
import {
  AMPLITUDE_REGIONS,
  AmplitudeClient,
  type AmplitudeCohortSummary,
  type AmplitudeConfig,
  AmplitudeError,
} from "./amplitude.ts";
import type { CohortMemberRow } from "./csv.ts";
import { AmplitudeSourceError } from "./errors.ts";
import { csvImportErrorFrom, csvLimitsFrom } from "./import.ts";
import { applyStage, lockCohort, MemberStage, readAhead } from "./members.ts";

export type { AmplitudeCohortSummary };

/**
 * Client timing overrides. Empty in production; tests shorten Amplitude's 5-second poll interval
 * and retry backoff here, since the gateway runs in the test's process and config.ts has no
 * settings for them.
 */
export const amplitudeClientTuning: Pick<
  AmplitudeConfig,
  "pollIntervalMs" | "maxPollMs" | "retryBaseMs" | "maxRetries" | "requestTimeoutMs" | "maxRetryDelayMs"
> = {};

const NOT_CONFIGURED =
  "Amplitude is not configured: set AMPLITUDE_API_KEY and AMPLITUDE_SECRET_KEY (and AMPLITUDE_BASE_URL " +
  `${AMPLITUDE_REGIONS.EU} for Amplitude's EU region; the default is the US region, ${AMPLITUDE_REGIONS.US})`;

/** Throws AmplitudeSourceError NOT_CONFIGURED when the keys are missing. */
export function amplitudeClientFor(config: Config): AmplitudeClient {
  if (!config.AMPLITUDE_API_KEY || !config.AMPLITUDE_SECRET_KEY) {
    throw new AmplitudeSourceError("NOT_CONFIGURED", NOT_CONFIGURED);
  }
  return new AmplitudeClient({
    apiKey: config.AMPLITUDE_API_KEY,
    secretKey: config.AMPLITUDE_SECRET_KEY,
    baseUrl: config.AMPLITUDE_BASE_URL,
    ...amplitudeClientTuning,
  });
}

/** Turns the client's errors into the typed errors the API returns; anything else passes through. */
export function amplitudeFailure(err: unknown, externalId?: string): unknown {
  if (!(err instanceof AmplitudeError)) return err;
  if (err.code === "NOT_FOUND" && externalId !== undefined) {
    return new NotFoundError("AmplitudeCohort", externalId);
  }
  if (err.code === "BAD_FILE" && err.formatError) {
    return csvImportErrorFrom(err.formatError, `Amplitude's file for cohort ${externalId ?? "?"}`);
  }
  const reason = err.code === "NOT_FOUND" || err.code === "BAD_FILE" ? "UPSTREAM" : err.code;
  return new AmplitudeSourceError(reason, err.message, err.retryAfterMs);
}

export async function listAmplitudeCohorts(
  config: Config,
  signal?: AbortSignal,
): Promise<AmplitudeCohortSummary[]> {
  const client = amplitudeClientFor(config);
  try {
    return await client.listCohorts(signal);
  } catch (err) {
    throw amplitudeFailure(err);
  }
}

export interface RefreshResult {
  memberCount: number;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/**
 * Replaces an AMPLITUDE cohort's members with the remote cohort's, streamed, in one transaction.
 * onRows is called with the running row count after each batch; honour signal between batches.
 *
 * Amplitude prepares the export for seconds to minutes first; that wait happens before the
 * transaction opens, so the cohort stays writable and no connection is held meanwhile.
 */
export async function refreshAmplitudeCohort(
  db: Db,
  config: Config,
  cohortId: string,
  options: { signal?: AbortSignal; onRows?: (rows: number) => void } = {},
): Promise<RefreshResult> {
  const { signal, onRows } = options;
  const [cohort] = await db.select().from(cohorts).where(eq(cohorts.id, cohortId));
  if (!cohort) throw new NotFoundError("Cohort", cohortId);
  const externalId = cohort.externalId;
  if (cohort.sourceKind !== "AMPLITUDE" || externalId === null) {
    throw new InvalidInputError([
      {
        field: "cohortId",
        message: `cohort "${cohort.name}" is not linked to an Amplitude cohort; link it with linkAmplitudeCohort first`,
      },
    ]);
  }
  const client = amplitudeClientFor(config);
  const batches: AsyncIterator<CohortMemberRow[]> = readAhead(
    client.downloadCohort(externalId, csvLimitsFrom(config), signal),
  );
  try {
    let next = await batches.next();
    return await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const locked = await lockCohort(t, cohortId);
      if (locked.sourceKind !== "AMPLITUDE" || locked.externalId !== externalId) {
        throw new ConflictError(`cohort "${locked.name}" was re-linked while it was being refreshed`);
      }
      const stage = await MemberStage.create(t);
      let rowsRead = 0;
      while (!next.done) {
        await stage.add(next.value);
        rowsRead += next.value.length;
        onRows?.(rowsRead);
        signal?.throwIfAborted();
        next = await batches.next();
      }
      const result = await applyStage(t, cohortId, stage, "REPLACE", new Date());
      return {
        memberCount: result.memberCount,
        rowsRead,
        inserted: result.inserted,
        updated: result.updated,
        unchanged: result.distinct - result.inserted - result.updated,
        removed: result.removed,
      };
    });
  } catch (err) {
    throw amplitudeFailure(err, externalId);
  } finally {
    // Releases the HTTP response when the transaction failed part-way through the file.
    await batches.return?.();
  }
}
