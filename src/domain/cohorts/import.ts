/** CSV import of cohort members (Amplitude's export format), all-or-nothing, streamed in batches. */
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { CsvFormatError, type CsvLimits, parseCohortCsv } from "./csv.ts";
import { CsvImportError } from "./errors.ts";
import { applyStage, type CohortRow, lockCohort, MemberStage, readAhead } from "./members.ts";
import { assertBuiltIn } from "./store.ts";

export { CsvImportError };

export type ImportMode = "REPLACE" | "MERGE";

export interface CsvImportResult {
  cohort: CohortRow;
  /** Data rows read from the file (a member repeated on several rows counts each time). */
  rowsRead: number;
  /** Members that were not in the cohort before. */
  inserted: number;
  /** Members already in the cohort whose ids or properties changed. */
  updated: number;
  /** Members in the file that were already in the cohort exactly as given. */
  unchanged: number;
  /** Members dropped because they were not in the file (REPLACE only). */
  removed: number;
  memberCount: number;
}

export function csvLimitsFrom(config: Config): CsvLimits {
  return {
    maxBytes: config.CSV_MAX_BYTES,
    maxRows: config.CSV_MAX_ROWS,
    maxErrors: config.CSV_MAX_ERRORS,
    maxFieldBytes: config.CSV_MAX_FIELD_BYTES,
    maxColumns: config.CSV_MAX_COLUMNS,
  };
}

export function csvImportErrorFrom(err: CsvFormatError, what = "The file"): CsvImportError {
  return new CsvImportError(
    `${what} was not imported, nothing changed. ${err.message}`,
    err.errors,
    err.truncated,
  );
}

export interface CsvSource {
  /** The file's bytes, read once, in order. */
  stream: AsyncIterable<Uint8Array>;
  /** The size when known up front, to refuse an oversized file without reading it. */
  size?: number | undefined;
}

/**
 * Reads the file in batches into a staging table inside one transaction, then merges: MERGE adds
 * and updates, REPLACE also removes members the file does not list. Any row error rolls it all back.
 */
export async function importCohortCsv(
  db: Db,
  cohortId: string,
  source: CsvSource,
  mode: ImportMode,
  limits: CsvLimits,
): Promise<CsvImportResult> {
  if (source.size !== undefined && source.size > limits.maxBytes) {
    throw new CsvImportError(
      `The file was not imported: it is ${source.size} bytes, more than the ${limits.maxBytes}-byte limit`,
      [{ line: 1, message: `file is larger than the ${limits.maxBytes}-byte limit` }],
      false,
    );
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const cohort = await lockCohort(t, cohortId);
    assertBuiltIn(cohort);
    const stage = await MemberStage.create(t);
    let rowsRead = 0;
    try {
      for await (const batch of readAhead(parseCohortCsv(source.stream, limits))) {
        await stage.add(batch);
        rowsRead += batch.length;
      }
    } catch (err) {
      if (err instanceof CsvFormatError) throw csvImportErrorFrom(err);
      throw err;
    }
    const result = await applyStage(t, cohortId, stage, mode);
    return {
      cohort: { ...cohort, memberCount: result.memberCount },
      rowsRead,
      inserted: result.inserted,
      updated: result.updated,
      unchanged: result.distinct - result.inserted - result.updated,
      removed: result.removed,
      memberCount: result.memberCount,
    };
  });
}
