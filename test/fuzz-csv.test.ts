import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient } from "./support/client.ts";
import { createCohortWith } from "./support/sync-fixtures.ts";

// Malformed CSV through the real multipart upload, always in REPLACE mode (the mode that could
// empty a cohort): every file gets a typed error and the cohort keeps exactly its members.

const FuzzImport = graphql(`
  mutation FuzzImport($cohortId: ID!, $file: File!, $mode: CohortImportMode!) {
    importCohortCsv(cohortId: $cohortId, file: $file, mode: $mode) {
      __typename
      ... on CsvImportError {
        message
        errors {
          line
          message
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const FuzzMembers = graphql(`
  query FuzzMembers($id: ID!) {
    cohort(id: $id) {
      memberCount
      members(first: 100) {
        edges {
          node {
            memberKey
            amplitudeId
            userId
            deviceId
            properties {
              name
              value
            }
          }
        }
      }
    }
  }
`);

const LIMITS = { CSV_MAX_BYTES: "1048576", CSV_MAX_COLUMNS: "1000", CSV_MAX_FIELD_BYTES: "4096" };

/** A small deterministic generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(seed: number, length: number): Bytes {
  const next = random(seed);
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

type Bytes = Uint8Array<ArrayBuffer>;
const HEADER = "amplitude_id,user_id";
const utf8 = (text: string): Bytes => new TextEncoder().encode(text) as Bytes;

/** Files that must all be refused. Several would be accepted by a lax parser. */
const CASES: Array<[string, Bytes]> = [
  ["an empty file", new Uint8Array()],
  ["a byte-order mark only", Uint8Array.from([0xef, 0xbb, 0xbf])],
  ["a header only, wrong way round", utf8("user_id,amplitude_id\n")],
  ["a header missing user_id", utf8("amplitude_id,name\n1,x\n")],
  ["no header at all", utf8("1,u1\n2,u2\n")],
  ["a header in another case", utf8("AMPLITUDE_ID,USER_ID\n1,u\n")],
  ["an unterminated quote", utf8(`${HEADER}\n1,"never closed\n2,u2\n`)],
  ["an unterminated quote at the end", utf8(`${HEADER}\n1,u1\n2,"u2`)],
  ["a quote inside an unquoted field", utf8(`${HEADER}\n1,u"1\n`)],
  ["a field over CSV_MAX_FIELD_BYTES", utf8(`${HEADER}\n1,${"x".repeat(5000)}\n`)],
  ["a quoted field over the record limit", utf8(`${HEADER}\n1,"${"y".repeat(1_000_000)}"\n`)],
  ["10,000 columns", utf8(`${HEADER},${Array.from({ length: 9998 }, (_, i) => `p${i}`).join(",")}\n`)],
  ["a row with 10,000 fields", utf8(`${HEADER}\n1,u,${"v,".repeat(9998)}v\n`)],
  ["a negative amplitude id", utf8(`${HEADER}\n-1,u\n`)],
  ["invalid UTF-8", Uint8Array.from([...utf8(`${HEADER}\n1,`), 0xc3, 0x28, 0x0a])],
  ["binary after a good header", Uint8Array.from([...utf8(`${HEADER}\n`), ...randomBytes(7, 4096)])],
  ...[1, 2, 3, 4, 5].map((seed): [string, Bytes] => [`random bytes (seed ${seed})`, randomBytes(seed, 2048)]),
];

describe("fuzzed CSV uploads", () => {
  let app: TestApp;
  let cohortId: string;
  let original: unknown;

  beforeAll(async () => {
    app = await startTestApp({ env: LIMITS });
    cohortId = await createCohortWith(app, "Fuzz target", [
      { amplitudeId: "1", userId: "keep-1" },
      { amplitudeId: "2", userId: "keep-2", deviceId: "d-2" },
      { userId: "keep-3" },
    ]);
    original = await members();
  });
  afterAll(async () => {
    await app?.close();
  });

  const members = async () =>
    (await httpClient(app.url, app.adminToken).data(FuzzMembers, { id: cohortId })).cohort;

  async function upload(content: Bytes, headers: Record<string, string> = {}) {
    const form = new FormData();
    form.append(
      "operations",
      JSON.stringify({ query: print(FuzzImport), variables: { cohortId, file: null, mode: "REPLACE" } }),
    );
    form.append("map", JSON.stringify({ 0: ["variables.file"] }));
    form.append("0", new Blob([content], { type: "text/csv" }), "cohort.csv");
    const response = await fetch(app.url, {
      method: "POST",
      headers: { authorization: `Bearer ${app.adminToken}`, "x-graphql-yoga-csrf": "1", ...headers },
      body: form,
    });
    const text = await response.text();
    return {
      status: response.status,
      text,
      body: JSON.parse(text) as {
        data?: { importCohortCsv?: { __typename: string; message?: string } };
        errors?: unknown[];
      },
    };
  }

  it.each(CASES)("refuses %s with a typed error and changes nothing", async (_name, content) => {
    const result = await upload(content);
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    const outcome = result.body.data?.importCohortCsv;
    expect(["CsvImportError", "InvalidInputError"]).toContain(outcome?.__typename);
    expect(outcome?.message).toEqual(expect.any(String));
    expect(await members()).toEqual(original);
  });

  it("refuses a NUL byte in a field as a row error naming the line, changing nothing", async () => {
    const result = await upload(utf8(`${HEADER}\n1,u\u0000x\n`));
    const outcome = result.body.data?.importCohortCsv;
    expect(outcome?.__typename).toBe("CsvImportError");
    expect(JSON.stringify(outcome)).toContain("NUL");
    expect(await members()).toEqual(original);
  });

  it("refuses an upload over CSV_MAX_BYTES at the door, and changes nothing", async () => {
    const result = await upload(utf8(`${HEADER}\n${"123456789,user\n".repeat(80_000)}`));
    expect(result.status).toBe(413);
    expect(result.text).toContain("Request body too large");
    expect(await members()).toEqual(original);
  });

  it("accepts a good file after all that (the cohort was not left locked or half-written)", async () => {
    const result = await upload(utf8(`${HEADER}\n10,fresh-1\n11,fresh-2\n`));
    expect(result.body.data?.importCohortCsv?.__typename).toBe("MutationImportCohortCsvSuccess");
    expect((await members())?.memberCount).toBe(2);
  });
});
