import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { asAdmin } from "./support/access.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { createCohortWith, syncFixture, waitForRun } from "./support/sync-fixtures.ts";

// Walks every mutation of the printed schema (schema.graphql, what clients see) and calls it as a
// READER: none may succeed and no row may change. A mutation added later is covered automatically.

const MatrixCreateSync = graphql(`
  mutation MatrixCreateSync($input: CreateCohortSyncInput!) {
    createCohortSync(input: $input) {
      __typename
      ... on MutationCreateCohortSyncSuccess {
        data {
          id
          activeRun {
            id
          }
          segment {
            key
          }
        }
      }
    }
  }
`);

const MatrixEnvironments = graphql(`
  query MatrixEnvironments {
    project(key: "default") {
      environments {
        key
        clientSideId
      }
    }
  }
`);

const schema = buildSchema(readFileSync(new URL("../schema.graphql", import.meta.url), "utf8"));
const mutations = Object.values(schema.getMutationType()!.getFields());

const REFUSALS = new Set(["NotAllowedError", "NotFoundError", "InvalidInputError"]);
const TOP_LEVEL_REFUSALS = new Set(["UNAUTHENTICATED", "NOT_ALLOWED"]);
/** Acts only on the caller's own rows (a reader may mark its own notifications read). */
const OWN_ROWS_ONLY = new Set(["markNotificationsRead"]);

const globalId = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString("base64");

/** The object type an id argument names: `cohortId` → Cohort, `id` of `cancelSyncRun` → SyncRun. */
function idType(field: string, arg: string): string {
  if (arg !== "id" && arg !== "ids") return arg.charAt(0).toUpperCase() + arg.slice(1, -2);
  const noun = field.replace(/^(create|update|delete|run|cancel|revoke|check|refresh|mark|link)/, "");
  return noun === "NotificationsRead" ? "Notification" : noun;
}

interface Fixture {
  ids: Record<string, string>;
  segmentKey: string;
  clientSideId: string;
}

type Mode = { kind: "fresh" } | { kind: "existing"; fixture: Fixture };

/** A value of `type` for argument or input field `name` of mutation `field`. */
function valueFor(
  type: GraphQLInputType,
  name: string,
  field: GraphQLField<unknown, unknown>,
  mode: Mode,
): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, name, field, mode);
  if (isListType(type)) return [valueFor(type.ofType, name, field, mode)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const input of Object.values(type.getFields())) {
      // Fresh: required fields only (the minimal valid input). Existing: every field, to ask for
      // as much change as possible.
      if (mode.kind === "fresh" && !(isNonNullType(input.type) && input.defaultValue === undefined)) continue;
      value[input.name] = valueFor(input.type, input.name, field, mode);
    }
    return value;
  }
  if (!isScalarType(type)) throw new Error(`unexpected input type ${String(type)}`);
  const args = field.args.map((a) => a.name);
  switch (type.name) {
    case "ID": {
      const of = idType(field.name, name);
      const existing = mode.kind === "existing" ? mode.fixture.ids[of] : undefined;
      return existing ?? globalId(of, randomUUID());
    }
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return true;
    case "DateTime":
      return new Date().toISOString();
    case "EvaluationContext":
      return { kind: "user", key: "x" };
    case "File":
      return null; // sent as a multipart file
    default:
      if (mode.kind === "fresh") return "x";
      if (name === "projectKey") return "default";
      if (name === "environmentKey") return "production";
      if (name === "clientSideId") return mode.fixture.clientSideId;
      if (name === "key" && args.includes("environmentKey")) return mode.fixture.segmentKey;
      if (name === "key" && args.includes("projectKey")) return "production";
      if (name === "key" && field.name.endsWith("Project")) return "default";
      return "x";
  }
}

function document(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a, i) => `$a${i}: ${String(a.type)}`).join(", ");
  const args = field.args.map((a: GraphQLArgument, i) => `${a.name}: $a${i}`).join(", ");
  const returns = getNamedType(field.type);
  const selection = isUnionType(returns) ? "__typename ... on Error { code message }" : "__typename";
  return `mutation Matrix${field.name}${vars ? `(${vars})` : ""} { ${field.name}${args ? `(${args})` : ""} { ${selection} } }`;
}

interface Outcome {
  status: number;
  typename?: string;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function call(app: TestApp, secret: string, field: GraphQLField<unknown, unknown>, mode: Mode) {
  const variables = Object.fromEntries(
    field.args.map((a, i) => [`a${i}`, valueFor(a.type, a.name, field, mode)]),
  );
  const query = document(field);
  const fileArgs = field.args.flatMap((a, i) => (getNamedType(a.type).name === "File" ? [`a${i}`] : []));
  let response: Response;
  if (fileArgs.length > 0) {
    const form = new FormData();
    form.append("operations", JSON.stringify({ query, variables }));
    form.append("map", JSON.stringify(Object.fromEntries(fileArgs.map((v, i) => [i, [`variables.${v}`]]))));
    fileArgs.forEach((_, i) => {
      form.append(String(i), new Blob(["amplitude_id,user_id\n1,x\n"], { type: "text/csv" }), "c.csv");
    });
    response = await fetch(app.url, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "x-graphql-yoga-csrf": "1" },
      body: form,
    });
  } else {
    response = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query, variables }),
    });
  }
  const body = (await response.json()) as {
    data?: Record<string, { __typename: string }> | null;
    errors?: Outcome["errors"];
  };
  return {
    status: response.status,
    typename: body.data?.[field.name]?.__typename,
    errors: body.errors,
  } satisfies Outcome;
}

/** Rows of every table, and a digest of their content (last use of a token aside: reading sets it). */
async function snapshot(app: TestApp): Promise<Record<string, string>> {
  const tables = await app.database.rows<{ name: string }>(
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await app.database.rows<{ n: number; digest: string }>(
      // Table names come from information_schema, not from input.
      sql`select count(*)::int as n, coalesce(md5(string_agg(r, '|' order by r)), '') as digest
          from (select (to_jsonb(t) - 'last_used_at')::text as r from ${sql.identifier(name)} t) rows`,
    );
    result[name] = `${row?.n} rows, ${row?.digest}`;
  }
  return result;
}

describe("authorisation matrix: every mutation as a READER", () => {
  let app: TestApp;
  let reader: string;
  let fixture: Fixture;

  beforeAll(async () => {
    app = await startTestApp({ env: { SYNC_POLL_MS: "50" } });
    const fx = asAdmin(app);
    reader = (await fx.mint({ role: "READER" })).secret;
    const writer = await fx.mint({ role: "WRITER" });
    // Something of every kind a mutation can name, so "existing" calls aim at real rows.
    const sync = await syncFixture(app, { environment: "production" });
    const cohortId = await createCohortWith(app, "Matrix cohort", [
      { amplitudeId: "1", userId: "matrix-1" },
      { amplitudeId: "2", userId: "matrix-2" },
    ]);
    const created = (
      await fx.admin.data(MatrixCreateSync, {
        input: { cohortId, destinationId: sync.destinationId, frequency: "DAILY" },
      })
    ).createCohortSync;
    if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
    const data = created.data;
    await waitForRun(app, data.activeRun!.id);
    const environments = (await fx.admin.data(MatrixEnvironments)).project?.environments ?? [];
    const [notification] = await app.database.rows<{ id: string }>(
      sql`select id::text as id from notifications limit 1`,
    );
    fixture = {
      ids: {
        Cohort: cohortId,
        CohortSync: data.id,
        SyncRun: data.activeRun!.id,
        Destination: sync.destinationId,
        AccessToken: writer.id,
        Notification: globalId("Notification", notification!.id),
      },
      segmentKey: data.segment!.key,
      clientSideId: environments.find((e) => e.key === "production")!.clientSideId,
    };
  });
  afterAll(async () => {
    await app?.close();
  });

  it("covers every mutation of the schema", () => {
    expect(mutations.length).toBeGreaterThanOrEqual(31);
    for (const field of mutations) expect(() => document(field)).not.toThrow();
  });

  for (const kind of ["fresh", "existing"] as const) {
    it(`refuses every mutation aimed at ${kind === "fresh" ? "unknown ids and keys" : "existing rows"}, changing nothing`, async () => {
      const mode: Mode = kind === "fresh" ? { kind } : { kind, fixture };
      const before = await snapshot(app);
      const problems: string[] = [];
      for (const field of mutations) {
        const outcome = await call(app, reader, field, mode);
        const codes = (outcome.errors ?? []).map((e) => e.extensions?.code ?? e.message);
        const refusedAtTop = outcome.errors?.length && codes.every((c) => TOP_LEVEL_REFUSALS.has(String(c)));
        const refusedTyped = outcome.typename !== undefined && REFUSALS.has(outcome.typename);
        const ownRows = OWN_ROWS_ONLY.has(field.name) && outcome.typename?.endsWith("Success");
        if (!(refusedAtTop || refusedTyped || ownRows)) {
          problems.push(
            `${field.name}: HTTP ${outcome.status} ${outcome.typename ?? ""} ${JSON.stringify(codes)}`,
          );
        }
      }
      expect(problems).toEqual([]);
      expect(await snapshot(app)).toEqual(before);
    });
  }
});
