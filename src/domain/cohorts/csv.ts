/**
 * Streaming reader for Amplitude's cohort export (the file behind
 * `GET /api/5/cohorts/request/:request_id/file`): a header starting `amplitude_id,user_id`, then one
 * member per row, optionally with `device_id` and user-property columns.
 *
 * Imports are all-or-nothing: the caller writes the yielded batches inside a transaction and rolls
 * back when this throws. So once any problem is seen nothing more is yielded, and the generator
 * ends by throwing a CsvFormatError listing the problems found.
 */
import { CsvError, Parser } from "csv-parse";

export interface CohortMemberRow {
  /** 1-based physical line where the row starts (quoted newlines make rows span lines). */
  line: number;
  amplitudeId: string | null;
  userId: string | null;
  deviceId: string | null;
  properties: Record<string, string>;
}

export interface CsvLimits {
  maxBytes: number;
  maxRows: number;
  maxErrors: number;
  maxFieldBytes: number;
  maxColumns: number;
}

export interface CsvRowError {
  line: number;
  message: string;
}

export class CsvFormatError extends Error {
  /**
   * @param errors the first `maxErrors` problems, in file order; a whole-file problem (bad header,
   *   a limit, broken quoting or encoding) is the last one, since reading stops there.
   * @param truncated true when more problems were found than `errors` holds.
   */
  constructor(
    readonly errors: CsvRowError[],
    readonly truncated: boolean,
  ) {
    const [first] = errors;
    const more = errors.length - 1 + (truncated ? 1 : 0);
    const suffix =
      more > 0 ? ` (and ${more}${truncated ? "+" : ""} more problem${more === 1 ? "" : "s"})` : "";
    super(`Invalid cohort CSV: line ${first?.line ?? 0}: ${first?.message ?? "unknown problem"}${suffix}`);
    this.name = "CsvFormatError";
  }
}

const DEFAULT_BATCH_SIZE = 5_000;
/** Input chunks are fed to the parser in slices this big, so batches come out at a steady pace. */
const SLICE_BYTES = 64 * 1024;
const REQUIRED_HEADER = ["amplitude_id", "user_id"] as const;
const NON_NEGATIVE_INTEGER = /^\d+$/;
const LINE_BREAK = /\r\n|\r|\n/g;

export async function* parseCohortCsv(
  input: AsyncIterable<Uint8Array | string>,
  limits: CsvLimits,
  batchSize = DEFAULT_BATCH_SIZE,
): AsyncGenerator<CohortMemberRow[]> {
  checkLimits(limits, batchSize);
  const rows = new RowCollector(limits, batchSize);
  const parser = new Parser({
    bom: true,
    // Column counts are checked per row here, so a bad row becomes a row error instead of ending the parse.
    relax_column_count: true,
    record_delimiter: ["\r\n", "\n", "\r"],
    // Rows within the limits can never be this long; the cap keeps an unclosed quote from buffering
    // the rest of the file.
    max_record_size: limits.maxColumns * limits.maxFieldBytes,
    // Handling records inside the parser's own loop keeps line tracking in step with the parser,
    // even when it fails part-way through a chunk; returning null keeps them out of its stream buffer.
    on_record: (fields: string[]) => {
      rows.add(fields);
      return null;
    },
  });
  // Parse errors arrive through the write/end callbacks; this only stops them being re-emitted as crashes.
  parser.on("error", () => {});
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let bytes = 0;
  try {
    for await (const chunk of input) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      bytes += buf.byteLength;
      if (bytes > limits.maxBytes) {
        rows.fail(rows.nextLine, `file is larger than the ${limits.maxBytes}-byte limit`, true);
        break;
      }
      if (!isValidUtf8(utf8, buf)) {
        rows.fail(rows.nextLine, "file is not valid UTF-8 (bad byte sequence at or after this line)", true);
        break;
      }
      for (let offset = 0; offset < buf.byteLength && !rows.stopped; offset += SLICE_BYTES) {
        await writeTo(parser, buf.subarray(offset, offset + SLICE_BYTES)).catch((err) =>
          rows.parseFailed(err),
        );
        yield* rows.takeReady();
      }
      if (rows.stopped) break;
    }
    if (!rows.stopped) {
      if (!isValidUtf8(utf8)) rows.fail(rows.nextLine, "file ends in the middle of a UTF-8 character", true);
      else await endOf(parser).catch((err) => rows.parseFailed(err));
    }
    rows.finish();
    if (rows.errors.length > 0) throw new CsvFormatError(rows.errors, rows.truncated);
    yield* rows.takeReady();
  } finally {
    parser.destroy();
  }
}

interface Header {
  names: string[];
  deviceIdIndex: number;
  propertyIndexes: number[];
}

/** Validates records in file order and groups good rows into batches. */
class RowCollector {
  readonly errors: CsvRowError[] = [];
  truncated = false;
  /** Set on a whole-file problem or once errors overflow maxErrors: nothing more is worth reading. */
  stopped = false;
  /** Physical line where the next record starts. */
  nextLine = 1;
  private header: Header | null = null;
  private dataRows = 0;
  private batch: CohortMemberRow[] = [];
  private ready: CohortMemberRow[][] = [];

  constructor(
    private readonly limits: CsvLimits,
    private readonly batchSize: number,
  ) {}

  add(fields: string[]): void {
    if (this.stopped) return;
    const line = this.nextLine;
    this.nextLine += 1 + countLineBreaks(fields);
    // A lone empty field is a blank line; it carries no member, wherever it is.
    if (fields.length === 1 && fields[0] === "") return;
    if (this.header === null) {
      this.header = this.readHeader(fields, line);
      return;
    }
    this.dataRows++;
    if (this.dataRows > this.limits.maxRows) {
      this.fail(line, `file has more than the limit of ${this.limits.maxRows} data rows`, true);
      return;
    }
    const row = this.readRow(this.header, fields, line);
    if (row === null) return;
    this.batch.push(row);
    if (this.batch.length >= this.batchSize) {
      this.ready.push(this.batch);
      this.batch = [];
    }
  }

  fail(line: number, message: string, fatal = false): void {
    if (this.errors.length >= this.limits.maxErrors) {
      this.truncated = true;
      this.stopped = true;
      return;
    }
    this.errors.push({ line, message });
    // Rows after a problem must never reach the caller's transaction.
    this.batch = [];
    this.ready = [];
    if (fatal) this.stopped = true;
  }

  parseFailed(err: unknown): void {
    if (!(err instanceof CsvError)) throw err;
    const problem = describeParseError(err, this.limits);
    this.fail(
      this.nextLine,
      this.header === null ? `could not read the header row: ${problem}` : problem,
      true,
    );
  }

  finish(): void {
    if (this.header === null && !this.stopped) {
      this.fail(1, "missing header row: the file is empty", true);
    }
    if (this.errors.length === 0 && this.batch.length > 0) {
      this.ready.push(this.batch);
      this.batch = [];
    }
  }

  takeReady(): CohortMemberRow[][] {
    const ready = this.ready;
    this.ready = [];
    return ready;
  }

  private readHeader(fields: string[], line: number): Header | null {
    const names = fields.map((name) => name.trim());
    const fatal = (message: string): null => {
      this.fail(line, message, true);
      return null;
    };
    if (names.length > this.limits.maxColumns) {
      return fatal(`header has ${names.length} columns, more than the limit of ${this.limits.maxColumns}`);
    }
    if (names[0] !== REQUIRED_HEADER[0] || names[1] !== REQUIRED_HEADER[1]) {
      const found = names.slice(0, 3).map(quote).join(",") + (names.length > 3 ? ",…" : "");
      return fatal(`header must start with amplitude_id,user_id but found ${found}`);
    }
    const seen = new Set<string>();
    for (const [index, name] of names.entries()) {
      if (name === "") return fatal(`header column ${index + 1} has no name`);
      if (Buffer.byteLength(name) > this.limits.maxFieldBytes) {
        return fatal(`header column ${index + 1} is longer than ${this.limits.maxFieldBytes} bytes`);
      }
      if (seen.has(name)) return fatal(`header names column ${quote(name)} more than once`);
      seen.add(name);
    }
    const deviceIdIndex = names.indexOf("device_id");
    const propertyIndexes = names.map((_, i) => i).filter((i) => i >= 2 && i !== deviceIdIndex);
    return { names, deviceIdIndex, propertyIndexes };
  }

  /** Returns null for a bad row, reporting only its first problem so one row can't use up maxErrors. */
  private readRow(header: Header, fields: string[], line: number): CohortMemberRow | null {
    const { names } = header;
    if (fields.length !== names.length) {
      this.fail(line, `expected ${names.length} columns but found ${fields.length}`);
      return null;
    }
    const { maxFieldBytes } = this.limits;
    for (const [i, field] of fields.entries()) {
      // A UTF-16 unit is at most 3 UTF-8 bytes, so short strings skip the byte count.
      if (field.length * 3 > maxFieldBytes && Buffer.byteLength(field) > maxFieldBytes) {
        this.fail(line, `value in column ${quote(names[i] ?? "")} is longer than ${maxFieldBytes} bytes`);
        return null;
      }
      // PostgreSQL text cannot hold NUL; say so here, with the line, rather than fail at the database.
      if (field.includes("\u0000")) {
        this.fail(line, `value in column ${quote(names[i] ?? "")} contains a NUL character`);
        return null;
      }
    }
    const amplitudeId = orNull(fields[0]);
    const userId = orNull(fields[1]);
    const deviceId = header.deviceIdIndex >= 0 ? orNull(fields[header.deviceIdIndex]) : null;
    if (amplitudeId !== null && !NON_NEGATIVE_INTEGER.test(amplitudeId)) {
      this.fail(line, `amplitude_id ${quote(amplitudeId)} is not a non-negative integer`);
      return null;
    }
    if (amplitudeId === null && userId === null && deviceId === null) {
      this.fail(line, "row has no amplitude_id, user_id or device_id");
      return null;
    }
    // After any problem rows are only validated: nothing more will be yielded.
    if (this.errors.length > 0) return null;
    // Object.fromEntries defines own properties, so a column named "__proto__" stays plain data.
    const properties: Record<string, string> = Object.fromEntries(
      header.propertyIndexes
        .filter((i) => fields[i] !== "")
        .map((i) => [names[i] ?? "", fields[i] ?? ""] as const),
    );
    return { line, amplitudeId, userId, deviceId, properties };
  }
}

function describeParseError(err: CsvError, limits: CsvLimits): string {
  switch (err.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "unterminated quoted field: a quote opened in the row starting on this line is never closed";
    case "CSV_MAX_RECORD_SIZE":
      return `row starting on this line is longer than ${limits.maxColumns * limits.maxFieldBytes} characters (a field over the limit, or an unclosed quote)`;
    case "INVALID_OPENING_QUOTE":
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return "malformed quoting in the row starting on this line (a quote inside an unquoted field, or text after a closing quote)";
    default:
      return `could not parse the row starting on this line (${err.code})`;
  }
}

function checkLimits(limits: CsvLimits, batchSize: number): void {
  const entries = Object.entries({ ...limits, batchSize });
  for (const [name, value] of entries) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`${name} must be a positive integer, got ${value}`);
    }
  }
}

/** Streaming validation: the decoder keeps a split multi-byte character until the next chunk. */
function isValidUtf8(decoder: TextDecoder, chunk?: Uint8Array): boolean {
  try {
    if (chunk === undefined) decoder.decode();
    else decoder.decode(chunk, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function countLineBreaks(fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    if (field.includes("\n") || field.includes("\r")) count += field.match(LINE_BREAK)?.length ?? 0;
  }
  return count;
}

function orNull(value: string | undefined): string | null {
  return value === undefined || value === "" ? null : value;
}

/** Quoted and shortened, so a message never carries a huge or multi-line cell. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function writeTo(parser: Parser, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    parser.write(chunk, (err) => (err ? reject(err) : resolve()));
  });
}

function endOf(parser: Parser): Promise<void> {
  return new Promise((resolve, reject) => {
    parser.once("error", reject);
    parser.once("finish", resolve);
    parser.end();
  });
}
