import { AppError } from "../errors.ts";
import type { AmplitudeErrorCode } from "./amplitude.ts";
import type { CsvRowError } from "./csv.ts";

/** A cohort CSV (uploaded, or sent by Amplitude) that could not be imported; nothing was changed. */
export class CsvImportError extends AppError {
  readonly code = "INVALID_INPUT";
  constructor(
    message: string,
    /** The first problems found, in file order, with 1-based line numbers. */
    readonly errors: CsvRowError[],
    /** True when more problems were found than `errors` holds. */
    readonly truncated: boolean,
  ) {
    super(message);
  }
}

export type AmplitudeSourceReason = Exclude<AmplitudeErrorCode, "NOT_FOUND" | "BAD_FILE"> | "NOT_CONFIGURED";

/**
 * Amplitude could not be used: not configured, credentials refused, rate-limited, failing or slow.
 * ERROR_CODES has no code for a failing upstream service; CONFLICT is the nearest ("the change
 * conflicts with ... a change in progress"), and clients branch on `reason` for the detail.
 */
export class AmplitudeSourceError extends AppError {
  readonly code = "UPSTREAM";
  constructor(
    readonly reason: AmplitudeSourceReason,
    message: string,
    /** For RATE_LIMITED: how long Amplitude asked us to wait, when it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}
