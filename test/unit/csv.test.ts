import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import {
  type CohortMemberRow,
  CsvFormatError,
  type CsvLimits,
  type CsvRowError,
  parseCohortCsv,
} from "../../src/domain/cohorts/csv.ts";

const LIMITS: CsvLimits = {
  maxBytes: 10_000_000,
  maxRows: 1_000_000,
  maxErrors: 50,
  maxFieldBytes: 1024,
  maxColumns: 20,
};

async function* chunks(...parts: Array<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
  yield* parts;
}

async function collect(
  input: AsyncIterable<string | Uint8Array>,
  limits: Partial<CsvLimits> = {},
  batchSize?: number,
): Promise<CohortMemberRow[][]> {
  const batches: CohortMemberRow[][] = [];
  for await (const batch of parseCohortCsv(input, { ...LIMITS, ...limits }, batchSize)) batches.push(batch);
  return batches;
}

async function rowsOf(csv: string, limits: Partial<CsvLimits> = {}): Promise<CohortMemberRow[]> {
  return (await collect(chunks(csv), limits)).flat();
}

/** Runs the parse expecting CsvFormatError; returns it with the batches yielded before it. */
async function failure(
  input: AsyncIterable<string | Uint8Array> | string,
  limits: Partial<CsvLimits> = {},
  batchSize?: number,
): Promise<{ error: CsvFormatError; batches: CohortMemberRow[][] }> {
  const batches: CohortMemberRow[][] = [];
  const source = typeof input === "string" ? chunks(input) : input;
  try {
    for await (const batch of parseCohortCsv(source, { ...LIMITS, ...limits }, batchSize))
      batches.push(batch);
  } catch (error) {
    if (error instanceof CsvFormatError) return { error, batches };
    throw error;
  }
  throw new Error("expected a CsvFormatError");
}

async function errorsOf(csv: string, limits: Partial<CsvLimits> = {}): Promise<CsvRowError[]> {
  return (await failure(csv, limits)).error.errors;
}

/** One line per chunk, counting how far the parser has pulled. */
function generated(rows: number, pulled = { lines: 0 }, badRow?: number): AsyncGenerator<string> {
  return (async function* () {
    yield "amplitude_id,user_id,device_id,plan\n";
    for (let i = 1; i <= rows; i++) {
      pulled.lines = i;
      yield i === badRow ? `bad,user-${i},,\n` : `${100_000 + i},user-${i}@example.com,device-${i},pro\n`;
    }
  })();
}

describe("parseCohortCsv: reading", () => {
  it("reads Amplitude's export: BOM, CRLF, quoting, embedded newlines, device_id and properties", async () => {
    const csv =
      '\uFEFF"amplitude_id","user_id","device_id","user_properties.plan","country"\r\n' +
      '"356896327775","alice@example.com","dev-1","pro","NZ"\r\n' +
      '"356893815359","","","",""\r\n' +
      '"1","bob, ""the builder""","","multi\r\nline","DE"\r\n' +
      ',,"dev-only",,\r\n' +
      "\r\n\r\n";
    expect(await rowsOf(csv)).toEqual([
      {
        line: 2,
        amplitudeId: "356896327775",
        userId: "alice@example.com",
        deviceId: "dev-1",
        properties: { "user_properties.plan": "pro", country: "NZ" },
      },
      { line: 3, amplitudeId: "356893815359", userId: null, deviceId: null, properties: {} },
      {
        line: 4,
        amplitudeId: "1",
        userId: 'bob, "the builder"',
        deviceId: null,
        properties: { "user_properties.plan": "multi\r\nline", country: "DE" },
      },
      { line: 6, amplitudeId: null, userId: null, deviceId: "dev-only", properties: {} },
    ]);
  });

  it("reads the minimal two-column file with LF endings and no trailing newline", async () => {
    expect(await rowsOf("amplitude_id,user_id\n10,u1\n11,")).toEqual([
      { line: 2, amplitudeId: "10", userId: "u1", deviceId: null, properties: {} },
      { line: 3, amplitudeId: "11", userId: null, deviceId: null, properties: {} },
    ]);
  });

  it("copes with chunks split inside the BOM, a CRLF and a multi-byte character", async () => {
    const bytes = Buffer.from('\uFEFFamplitude_id,user_id\r\n1,"Zoë"\r\n2,日本\r\n');
    const oneByteChunks = chunks(...Array.from(bytes, (b) => Uint8Array.of(b)));
    const rows = (await collect(oneByteChunks)).flat();
    expect(rows.map((r) => [r.line, r.userId])).toEqual([
      [2, "Zoë"],
      [3, "日本"],
    ]);
  });

  it("keeps a property column named __proto__ as plain data", async () => {
    const [row] = await rowsOf("amplitude_id,user_id,__proto__\n1,u,x\n");
    expect(Object.getPrototypeOf(row?.properties)).toBe(Object.prototype);
    expect(Object.entries(row?.properties ?? {})).toEqual([["__proto__", "x"]]);
  });

  it("counts physical lines across quoted line breaks and blank lines", async () => {
    const csv = 'amplitude_id,user_id\n1,"a\r\nb\nc"\n\n2,u\nx,u\n';
    expect(await errorsOf(csv)).toEqual([
      { line: 7, message: 'amplitude_id "x" is not a non-negative integer' },
    ]);
  });
});

describe("parseCohortCsv: row errors", () => {
  it("reports each kind of bad row with its line number", async () => {
    const csv = [
      "amplitude_id,user_id,device_id",
      "1,ok,",
      "2,too,many,columns",
      "3,short",
      `4,${"x".repeat(1025)},`,
      "-5,u,",
      "6.5,u,",
      "12a,u,",
      ",,",
      "",
    ].join("\n");
    expect(await errorsOf(csv)).toEqual([
      { line: 3, message: "expected 3 columns but found 4" },
      { line: 4, message: "expected 3 columns but found 2" },
      { line: 5, message: 'value in column "user_id" is longer than 1024 bytes' },
      { line: 6, message: 'amplitude_id "-5" is not a non-negative integer' },
      { line: 7, message: 'amplitude_id "6.5" is not a non-negative integer' },
      { line: 8, message: 'amplitude_id "12a" is not a non-negative integer' },
      { line: 9, message: "row has no amplitude_id, user_id or device_id" },
    ]);
  });

  it("measures field length in UTF-8 bytes, not characters", async () => {
    const csv = `amplitude_id,user_id\n1,${"é".repeat(600)}\n`;
    expect(await errorsOf(csv)).toEqual([
      { line: 2, message: 'value in column "user_id" is longer than 1024 bytes' },
    ]);
  });

  it("stops at maxErrors and says whether more problems were left out", async () => {
    const bad = (n: number) => ["amplitude_id,user_id", ...Array.from({ length: n }, () => "x,u")].join("\n");
    const over = (await failure(bad(5), { maxErrors: 3 })).error;
    expect(over.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(over.truncated).toBe(true);
    expect(over.message).toContain("and 3+ more problems");

    const exact = (await failure(bad(3), { maxErrors: 3 })).error;
    expect(exact.errors).toHaveLength(3);
    expect(exact.truncated).toBe(false);
  });

  it("stops reading the input once maxErrors is exceeded", async () => {
    const pulled = { lines: 0 };
    const input = (async function* () {
      yield "amplitude_id,user_id\n";
      for (let i = 1; i <= 100_000; i++) {
        pulled.lines = i;
        yield "x,u\n";
      }
    })();
    const { error } = await failure(input, { maxErrors: 2 });
    expect(error.truncated).toBe(true);
    // The parser looks one character past a row before handing it over.
    expect(pulled.lines).toBeLessThanOrEqual(4);
  });
});

describe("parseCohortCsv: whole-file problems", () => {
  it.each([
    ["an empty file", "", "missing header row: the file is empty"],
    ["only a BOM and blank lines", "\uFEFF\r\n\r\n", "missing header row: the file is empty"],
    [
      "swapped columns",
      "user_id,amplitude_id\nu,1\n",
      'header must start with amplitude_id,user_id but found "user_id","amplitude_id"',
    ],
    [
      "a single column",
      "amplitude_id\n1\n",
      'header must start with amplitude_id,user_id but found "amplitude_id"',
    ],
    [
      "an HTML page",
      "<html><body>Service Unavailable</body></html>\n",
      'header must start with amplitude_id,user_id but found "<html><body>Service Unavailable</body></…"',
    ],
    [
      "a JSON error page",
      '{"error": "nope", "x": 1, "y": 2}\n',
      "could not read the header row: malformed quoting in the row starting on this line " +
        "(a quote inside an unquoted field, or text after a closing quote)",
    ],
    ["a duplicate column", "amplitude_id,user_id,plan,plan\n", 'header names column "plan" more than once'],
    ["an unnamed column", "amplitude_id,user_id,\n1,u,\n", "header column 3 has no name"],
  ])("rejects %s", async (_, csv, message) => {
    expect(await errorsOf(csv)).toEqual([{ line: 1, message }]);
  });

  it("rejects a header with more than maxColumns columns", async () => {
    const header = ["amplitude_id", "user_id", ...Array.from({ length: 5 }, (_, i) => `p${i}`)].join(",");
    expect(await errorsOf(`${header}\n`, { maxColumns: 6 })).toEqual([
      { line: 1, message: "header has 7 columns, more than the limit of 6" },
    ]);
  });

  it("rejects more than maxRows data rows at the first row over", async () => {
    const csv = "amplitude_id,user_id\n1,a\n\n2,b\n3,c\n";
    const { error, batches } = await failure(csv, { maxRows: 2 });
    expect(error.errors).toEqual([{ line: 5, message: "file has more than the limit of 2 data rows" }]);
    expect(batches).toEqual([]);
  });

  it("aborts as soon as the byte count passes maxBytes, without reading further", async () => {
    let pulled = 0;
    const endless = (async function* () {
      yield "amplitude_id,user_id\n";
      for (;;) {
        pulled++;
        yield "1,u\n";
      }
    })();
    const { error } = await failure(endless, { maxBytes: 1000 });
    expect(error.errors.map((e) => e.message)).toEqual(["file is larger than the 1000-byte limit"]);
    // 21 header bytes + 245 rows of 4 bytes is the first chunk over 1000.
    expect(pulled).toBe(245);
  });

  it("rejects an unterminated quote, pointing at the row it opened in", async () => {
    const csv = 'amplitude_id,user_id\n1,u\n2,"never closed\n3,u\n';
    expect(await errorsOf(csv)).toEqual([
      {
        line: 3,
        message: "unterminated quoted field: a quote opened in the row starting on this line is never closed",
      },
    ]);
  });

  it("rejects an unclosed quote early instead of buffering the rest of a big file", async () => {
    const input = (async function* () {
      yield 'amplitude_id,user_id\n1,"open\n';
      for (let i = 0; i < 10_000; i++) yield `${i},u\n`;
    })();
    const { error } = await failure(input, { maxFieldBytes: 100, maxColumns: 5 });
    expect(error.errors).toEqual([
      {
        line: 2,
        message:
          "row starting on this line is longer than 500 characters (a field over the limit, or an unclosed quote)",
      },
    ]);
  });

  it("rejects stray quotes inside an unquoted field", async () => {
    const [error] = await errorsOf('amplitude_id,user_id\n1,u\n2,ab"c\n');
    expect(error?.line).toBe(3);
    expect(error?.message).toMatch(/^malformed quoting/);
  });

  it("rejects bytes that are not UTF-8, including a character cut off at the end", async () => {
    const invalid = chunks("amplitude_id,user_id\n1,", Uint8Array.of(0xff, 0x0a));
    expect((await failure(invalid)).error.errors[0]?.message).toMatch(/not valid UTF-8/);
    const cutOff = chunks("amplitude_id,user_id\n1,", Uint8Array.of(0xc3));
    expect((await failure(cutOff)).error.errors[0]?.message).toBe(
      "file ends in the middle of a UTF-8 character",
    );
  });

  it("keeps the row errors found before a fatal problem", async () => {
    const { error } = await failure('amplitude_id,user_id\nx,u\n1,"open', {});
    expect(error.errors.map((e) => e.line)).toEqual([2, 3]);
  });

  it("rejects invalid limits", async () => {
    await expect(collect(chunks(""), { maxRows: 0 })).rejects.toThrow(RangeError);
    await expect(collect(chunks(""), {}, 0)).rejects.toThrow(/batchSize/);
  });
});

describe("parseCohortCsv: streaming", () => {
  it("yields batches while reading, with bounded memory", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    gc();
    const baseline = process.memoryUsage().heapUsed;
    const pulled = { lines: 0 };
    let batches = 0;
    let rows = 0;
    let peakGrowth = 0;
    for await (const batch of parseCohortCsv(generated(200_000, pulled), LIMITS, 5_000)) {
      batches++;
      rows += batch.length;
      expect(batch).toHaveLength(5_000);
      // Never more than one slice of input ahead of what has been handed out.
      expect(pulled.lines - rows).toBeLessThan(5_000);
      if (batches % 5 === 0) {
        gc();
        peakGrowth = Math.max(peakGrowth, process.memoryUsage().heapUsed - baseline);
      }
    }
    expect(batches).toBe(40);
    expect(rows).toBe(200_000);
    // Holding all 200k rows would take ~50 MB.
    expect(peakGrowth).toBeLessThan(15_000_000);
  });

  it("yields nothing after the first row error, however many good rows follow", async () => {
    const { error, batches } = await failure(generated(20_000, { lines: 0 }, 7_001), {}, 5_000);
    expect(batches.map((b) => b.length)).toEqual([5_000]);
    expect(error.errors).toEqual([
      { line: 7_002, message: 'amplitude_id "bad" is not a non-negative integer' },
    ]);
  });

  it("yields nothing at all when the first row is bad", async () => {
    const { batches } = await failure(generated(20_000, { lines: 0 }, 1), {}, 5_000);
    expect(batches).toEqual([]);
  });

  it("releases the input when the consumer stops early", async () => {
    let closed = false;
    const input = (async function* () {
      try {
        yield* generated(50_000, { lines: 0 });
      } finally {
        closed = true;
      }
    })();
    for await (const _ of parseCohortCsv(input, LIMITS, 1_000)) break;
    expect(closed).toBe(true);
  });
});
