import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { eq, sql } from "drizzle-orm";
import { type ExecutionResult, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cohortSyncs, destinations } from "../src/db/schema.ts";
import { parseCohortCsv } from "../src/domain/cohorts/csv.ts";
import { uuidFrom } from "../src/domain/ids.ts";
import type {
  CohMembersQuery,
  CohortImportMode,
  CohortMemberInput,
  PolicyStatementInput,
  Role,
} from "./generated/graphql.ts";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient } from "./support/client.ts";

const CohCreateToken = graphql(`
  mutation CohCreateToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      ... on MutationCreateAccessTokenSuccess {
        data {
          secret
          token {
            id
          }
        }
      }
    }
  }
`);

const CohCreate = graphql(`
  mutation CohCreate($input: CreateCohortInput!) {
    createCohort(input: $input) {
      __typename
      ... on MutationCreateCohortSuccess {
        data {
          id
          name
          description
          sourceKind
          externalId
          memberCount
          exportPath
          resource
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const CohUpdate = graphql(`
  mutation CohUpdate($id: ID!, $input: UpdateCohortInput!) {
    updateCohort(id: $id, input: $input) {
      __typename
      ... on MutationUpdateCohortSuccess {
        data {
          name
          description
        }
      }
      ... on Error {
        code
      }
    }
  }
`);

const CohDelete = graphql(`
  mutation CohDelete($id: ID!) {
    deleteCohort(id: $id) {
      __typename
      ... on MutationDeleteCohortSuccess {
        data
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const CohAdd = graphql(`
  mutation CohAdd($cohortId: ID!, $members: [CohortMemberInput!]!) {
    addCohortMembers(cohortId: $cohortId, members: $members) {
      __typename
      ... on MutationAddCohortMembersSuccess {
        data {
          inserted
          updated
          removed
          memberCount
          cohort {
            memberCount
          }
        }
      }
      ... on InvalidInputError {
        problems {
          field
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

const CohRemove = graphql(`
  mutation CohRemove($cohortId: ID!, $members: [CohortMemberRefInput!]!) {
    removeCohortMembers(cohortId: $cohortId, members: $members) {
      __typename
      ... on MutationRemoveCohortMembersSuccess {
        data {
          removed
          memberCount
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const CohImport = graphql(`
  mutation CohImport($cohortId: ID!, $file: File!, $mode: CohortImportMode!) {
    importCohortCsv(cohortId: $cohortId, file: $file, mode: $mode) {
      __typename
      ... on MutationImportCohortCsvSuccess {
        data {
          rowsRead
          inserted
          updated
          unchanged
          removed
          memberCount
          cohort {
            memberCount
          }
        }
      }
      ... on CsvImportError {
        message
        truncated
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

const CohMembers = graphql(`
  query CohMembers($id: ID!, $first: Int, $after: String) {
    cohort(id: $id) {
      memberCount
      members(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
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

const CohList = graphql(`
  query CohList($first: Int, $after: String) {
    cohorts(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const CohMissing = graphql(`
  query CohMissing($id: ID!, $userKeyProperty: String, $destinationId: ID, $sampleSize: Int) {
    cohort(id: $id) {
      missingKeyReport(userKeyProperty: $userKeyProperty, destinationId: $destinationId, sampleSize: $sampleSize) {
        __typename
        ... on CohortMissingKeyReportSuccess {
          data {
            userKeyProperty
            missingCount
            sample {
              memberKey
            }
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  }
`);

const MAX_MEMBERS = 50;

type Member = NonNullable<CohMembersQuery["cohort"]>["members"]["edges"][number]["node"];

describe("cohorts", () => {
  let app: TestApp;
  let admin: ReturnType<typeof httpClient>;

  async function token(spec: { role?: Role; policy?: PolicyStatementInput[] }) {
    const result = await admin.data(CohCreateToken, { input: { name: "t", ...spec } });
    if (!("data" in result.createAccessToken)) throw new Error("token not created");
    return result.createAccessToken.data;
  }

  async function newCohort(name = "Cohort", by = admin) {
    const result = (await by.data(CohCreate, { input: { name, description: "test" } })).createCohort;
    if (result.__typename !== "MutationCreateCohortSuccess") throw new Error(JSON.stringify(result));
    return result.data;
  }

  /** A real GraphQL multipart request (graphql-multipart-request-spec), the way upload clients send it. */
  async function upload<R, V extends { file: unknown }>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    content: string,
    secret = app.adminToken,
  ): Promise<ExecutionResult<R> & { status: number }> {
    const form = new FormData();
    form.append(
      "operations",
      JSON.stringify({ query: print(document), variables: { ...variables, file: null } }),
    );
    form.append("map", JSON.stringify({ 0: ["variables.file"] }));
    form.append("0", new Blob([content], { type: "text/csv" }), "cohort.csv");
    const response = await fetch(app.url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${secret}`,
        "x-graphql-yoga-csrf": "upload",
        "apollo-require-preflight": "true",
      },
      body: form,
    });
    return { status: response.status, ...((await response.json()) as ExecutionResult<R>) };
  }

  async function importCsv(cohortId: string, csv: string, mode: CohortImportMode, secret?: string) {
    const result = await upload(CohImport, { cohortId, file: null, mode }, csv, secret);
    if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result));
    return result.data.importCohortCsv;
  }

  async function allMembers(id: string, pageSize = 2) {
    const members: Member[] = [];
    let after: string | null = null;
    for (;;) {
      const page: CohMembersQuery = await admin.data(CohMembers, { id, first: pageSize, after });
      const conn = page.cohort!.members;
      members.push(...conn.edges.map((e) => e.node));
      if (!conn.pageInfo.hasNextPage) return members;
      after = conn.pageInfo.endCursor!;
    }
  }

  async function exportCsv(path: string, secret: string | null = app.adminToken) {
    return fetch(`${app.origin}${path}`, { headers: secret ? { authorization: `Bearer ${secret}` } : {} });
  }

  beforeAll(async () => {
    app = await startTestApp({
      env: { MAX_MEMBERS_PER_MUTATION: String(MAX_MEMBERS), CSV_MAX_ERRORS: "3", CSV_MAX_BYTES: "65536" },
    });
    admin = httpClient(app.url, app.adminToken);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("creates, renames and lists cohorts, showing each token only what it may read", async () => {
    const a = await newCohort("aaa first");
    const b = await newCohort("aab second");
    expect(a).toMatchObject({
      sourceKind: "BUILT_IN",
      externalId: null,
      memberCount: 0,
      description: "test",
    });
    expect(a.exportPath).toMatch(/^\/cohorts\/[0-9a-f-]{36}\/export\.csv$/);
    const renamed = await admin.data(CohUpdate, { id: a.id, input: { name: "aaa renamed" } });
    expect(renamed.updateCohort).toMatchObject({ data: { name: "aaa renamed", description: "test" } });
    const blank = await admin.data(CohUpdate, { id: a.id, input: { name: " " } });
    expect(blank.updateCohort).toMatchObject({ __typename: "InvalidInputError" });

    const first = await admin.data(CohList, { first: 1 });
    expect(first.cohorts.edges).toHaveLength(1);
    const second = await admin.data(CohList, { first: 1, after: first.cohorts.pageInfo.endCursor });
    expect(second.cohorts.edges[0]?.node.id).not.toBe(first.cohorts.edges[0]?.node.id);

    const onlyB = httpClient(
      app.url,
      (await token({ policy: [{ effect: "ALLOW", actions: ["read"], resources: [b.resource] }] })).secret,
    );
    const visible = await onlyB.data(CohList, {});
    expect(visible.cohorts.edges.map((e) => e.node.id)).toEqual([b.id]);
    expect((await onlyB.data(CohMembers, { id: a.id })).cohort).toBeNull();
    const denyA = httpClient(
      app.url,
      (
        await token({
          policy: [
            { effect: "ALLOW", actions: ["read"], resources: ["*"] },
            { effect: "DENY", actions: ["read"], resources: [a.resource] },
          ],
        })
      ).secret,
    );
    const all = (await denyA.data(CohList, { first: 100 })).cohorts.edges.map((e) => e.node.id);
    expect(all).toContain(b.id);
    expect(all).not.toContain(a.id);

    const reader = httpClient(app.url, (await token({ role: "READER" })).secret);
    expect((await reader.data(CohCreate, { input: { name: "x" } })).createCohort.__typename).toBe(
      "NotAllowedError",
    );
  });

  it("adds members as an upsert by member key and keeps the count in step", async () => {
    const cohort = await newCohort();
    const added = await admin.data(CohAdd, {
      cohortId: cohort.id,
      members: [
        { amplitudeId: "1", userId: "alice", properties: [{ name: "plan", value: "pro" }] },
        { userId: "bob" },
        { deviceId: "dev-9" },
        { userId: "bob", properties: [{ name: "plan", value: "free" }] },
      ],
    });
    expect(added.addCohortMembers).toMatchObject({
      data: { inserted: 3, updated: 0, memberCount: 3, cohort: { memberCount: 3 } },
    });
    const again = await admin.data(CohAdd, {
      cohortId: cohort.id,
      members: [{ amplitudeId: "1", userId: "alice2" }, { userId: "carol" }, { deviceId: "dev-9" }],
    });
    expect(again.addCohortMembers).toMatchObject({ data: { inserted: 1, updated: 1, memberCount: 4 } });
    expect(await allMembers(cohort.id)).toEqual([
      { memberKey: "a:1", amplitudeId: "1", userId: "alice2", deviceId: null, properties: [] },
      { memberKey: "d:dev-9", amplitudeId: null, userId: null, deviceId: "dev-9", properties: [] },
      {
        memberKey: "u:bob",
        amplitudeId: null,
        userId: "bob",
        deviceId: null,
        properties: [{ name: "plan", value: "free" }],
      },
      { memberKey: "u:carol", amplitudeId: null, userId: "carol", deviceId: null, properties: [] },
    ]);
    const removed = await admin.data(CohRemove, {
      cohortId: cohort.id,
      members: [{ userId: "bob" }, { memberKey: "a:1" }, { userId: "nobody" }],
    });
    expect(removed.removeCohortMembers).toMatchObject({ data: { removed: 2, memberCount: 2 } });
  });

  it("rejects bad members and oversized batches, changing nothing", async () => {
    const cohort = await newCohort();
    const bad = await admin.data(CohAdd, {
      cohortId: cohort.id,
      members: [
        { userId: "fine" },
        {},
        { amplitudeId: "12ab" },
        { userId: "x", properties: [{ name: "user_id", value: "y" }] },
      ],
    });
    expect(bad.addCohortMembers).toMatchObject({
      __typename: "InvalidInputError",
      problems: [
        { field: "members[1].userId" },
        { field: "members[2].amplitudeId" },
        { field: "members[3].properties[0].name" },
      ],
    });
    const many: CohortMemberInput[] = Array.from({ length: MAX_MEMBERS + 1 }, (_, i) => ({
      userId: `u${i}`,
    }));
    const tooMany = await admin.data(CohAdd, { cohortId: cohort.id, members: many });
    expect(tooMany.addCohortMembers).toMatchObject({
      __typename: "InvalidInputError",
      problems: [{ field: "members", message: expect.stringContaining(`at most ${MAX_MEMBERS}`) }],
    });
    expect((await admin.data(CohMembers, { id: cohort.id })).cohort?.memberCount).toBe(0);
    const unknown = await admin.data(CohAdd, { cohortId: "not-an-id", members: [{ userId: "a" }] });
    expect(unknown.addCohortMembers.__typename).toBe("NotFoundError");

    const other = await newCohort();
    const scoped = (
      await token({
        policy: [
          { effect: "ALLOW", actions: ["read"], resources: ["*"] },
          { effect: "ALLOW", actions: ["updateCohortMembers"], resources: [other.resource] },
        ],
      })
    ).secret;
    const refused = await httpClient(app.url, scoped).data(CohAdd, {
      cohortId: cohort.id,
      members: [{ userId: "a" }],
    });
    expect(refused.addCohortMembers.__typename).toBe("NotAllowedError");
    const csvRefused = await importCsv(cohort.id, "amplitude_id,user_id\n1,a\n", "MERGE", scoped);
    expect(csvRefused.__typename).toBe("NotAllowedError");
    const allowed = await httpClient(app.url, scoped).data(CohAdd, {
      cohortId: other.id,
      members: [{ userId: "a" }],
    });
    expect(allowed.addCohortMembers.__typename).toBe("MutationAddCohortMembersSuccess");
  });

  it("imports Amplitude's CSV export through a multipart upload, replacing or merging", async () => {
    const cohort = await newCohort();
    const csv =
      '\uFEFF"amplitude_id","user_id","device_id","user_properties.plan","country"\r\n' +
      '"356896327775","alice@example.com","dev-1","pro","FR"\r\n' +
      '"356893815359","","","",""\r\n' +
      '"","bob, the ""builder""","dev-2","free",""\r\n' +
      '"","","dev-3","multi\nline",""\r\n' +
      '"356896327775","alice@example.com","dev-1","team","FR"\r\n';
    const replaced = await importCsv(cohort.id, csv, "REPLACE");
    expect(replaced).toMatchObject({
      __typename: "MutationImportCohortCsvSuccess",
      data: { rowsRead: 5, inserted: 4, updated: 0, unchanged: 0, removed: 0, memberCount: 4 },
    });
    const members = await allMembers(cohort.id, 3);
    expect(members.map((m) => m.memberKey)).toEqual([
      "a:356893815359",
      "a:356896327775",
      "d:dev-3",
      'u:bob, the "builder"',
    ]);
    expect(members[1]).toMatchObject({
      userId: "alice@example.com",
      deviceId: "dev-1",
      properties: [
        { name: "country", value: "FR" },
        { name: "user_properties.plan", value: "team" },
      ],
    });
    expect(members[2]?.properties).toEqual([{ name: "user_properties.plan", value: "multi\nline" }]);

    const merged = await importCsv(
      cohort.id,
      "amplitude_id,user_id\n356893815359,\n,zoe\n1,changed\n",
      "MERGE",
    );
    expect(merged).toMatchObject({
      data: { rowsRead: 3, inserted: 2, updated: 0, unchanged: 1, memberCount: 6 },
    });
    const replacedAgain = await importCsv(
      cohort.id,
      "amplitude_id,user_id\n1,changed-again\n,zoe\n",
      "REPLACE",
    );
    expect(replacedAgain).toMatchObject({
      data: { inserted: 0, updated: 1, unchanged: 1, removed: 4, memberCount: 2 },
    });
    const emptied = await importCsv(cohort.id, "amplitude_id,user_id\n", "REPLACE");
    expect(emptied).toMatchObject({ data: { rowsRead: 0, removed: 2, memberCount: 0 } });
  });

  it("rejects a malformed file with line numbers and changes nothing", async () => {
    const cohort = await newCohort();
    await importCsv(cohort.id, "amplitude_id,user_id\n1,keep\n", "REPLACE");
    const bad = await importCsv(
      cohort.id,
      "amplitude_id,user_id\n2,ok\nnot-a-number,u\n3,ok,extra\n,\n4,ok\n5,x,y\n6,x,y\n",
      "REPLACE",
    );
    expect(bad).toMatchObject({
      __typename: "CsvImportError",
      code: "INVALID_INPUT",
      truncated: true,
      errors: [{ line: 3 }, { line: 4 }, { line: 5 }],
    });
    expect(bad).toHaveProperty("message", expect.stringContaining("nothing changed"));
    const header = await importCsv(cohort.id, "user_id,amplitude_id\n1,2\n", "MERGE");
    expect(header).toMatchObject({ __typename: "CsvImportError", errors: [{ line: 1 }], truncated: false });
    const oversized = await importCsv(cohort.id, `amplitude_id,user_id\n${"1,a\n".repeat(20_000)}`, "MERGE");
    expect(oversized).toMatchObject({ __typename: "CsvImportError" });
    expect(oversized).toHaveProperty("message", expect.stringContaining("65536-byte limit"));
    expect(await allMembers(cohort.id)).toEqual([
      expect.objectContaining({ memberKey: "a:1", userId: "keep" }),
    ]);
  });

  it("exports members as CSV: auth, formats, and a round trip through import", async () => {
    const cohort = await newCohort();
    const csv =
      '"amplitude_id","user_id","device_id","user_properties.plan"\n' +
      '"10","alice","","pro"\n"","bob","d-2",""\n"","","d-3","quote "" and, comma"\n"11","","","free"\n';
    await importCsv(cohort.id, csv, "REPLACE");

    expect((await exportCsv(cohort.exportPath, null)).status).toBe(401);
    expect((await exportCsv(cohort.exportPath, "csg_wrong")).status).toBe(401);
    const stranger = (
      await token({ policy: [{ effect: "ALLOW", actions: ["read"], resources: ["proj/*"] }] })
    ).secret;
    const forbidden = await exportCsv(cohort.exportPath, stranger);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain("may not read");
    expect((await exportCsv("/cohorts/00000000-0000-4000-8000-000000000000/export.csv")).status).toBe(404);
    expect((await exportCsv("/cohorts/garbage/export.csv")).status).toBe(404);

    const response = await exportCsv(cohort.exportPath);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const text = await response.text();
    expect(text.split("\n").slice(0, 2)).toEqual([
      '"amplitude_id","user_id","device_id","user_properties.plan"',
      '"10","alice","","pro"',
    ]);
    const byGlobalId = await exportCsv(`/cohorts/${encodeURIComponent(cohort.id)}/export.csv`);
    expect(await byGlobalId.text()).toBe(text);

    const copy = await newCohort("copy");
    const reimported = await importCsv(copy.id, text, "REPLACE");
    expect(reimported).toMatchObject({ data: { inserted: 4, memberCount: 4 } });
    expect(await allMembers(copy.id)).toEqual(await allMembers(cohort.id));

    const rows = [];
    for await (const batch of parseCohortCsv(once(text), {
      maxBytes: 1e6,
      maxRows: 1e6,
      maxErrors: 10,
      maxFieldBytes: 1024,
      maxColumns: 10,
    })) {
      rows.push(...batch);
    }
    expect(rows.map((r) => r.userId)).toEqual(["alice", null, null, "bob"]);
  });

  it("exports a cohort larger than one page", async () => {
    const cohort = await newCohort();
    const lines = Array.from({ length: 6_000 }, (_, i) => `${i},user-${i}`);
    await importCsv(cohort.id, `amplitude_id,user_id\n${lines.slice(0, 3000).join("\n")}\n`, "REPLACE");
    await importCsv(cohort.id, `amplitude_id,user_id\n${lines.slice(3000).join("\n")}\n`, "MERGE");
    const text = await (await exportCsv(cohort.exportPath)).text();
    const exported = text.trim().split("\n");
    expect(exported).toHaveLength(6_001);
    expect(new Set(exported.slice(1)).size).toBe(6_000);
  });

  it("reports members whose mapped key is missing, for a mapping or a destination", async () => {
    const cohort = await newCohort();
    await importCsv(
      cohort.id,
      "amplitude_id,user_id,device_id,user_properties.email\n1,alice,,a@x\n2,,d2,\n3,,,c@x\n,bob,,\n",
      "REPLACE",
    );
    const report = async (vars: { userKeyProperty?: string; destinationId?: string; sampleSize?: number }) =>
      (await admin.data(CohMissing, { id: cohort.id, ...vars })).cohort?.missingKeyReport;
    expect(await report({ userKeyProperty: "user_id" })).toMatchObject({
      data: {
        userKeyProperty: "user_id",
        missingCount: 2,
        sample: [{ memberKey: "a:2" }, { memberKey: "a:3" }],
      },
    });
    expect(await report({ userKeyProperty: "user_properties.email", sampleSize: 1 })).toMatchObject({
      data: { missingCount: 2, sample: [{ memberKey: "a:2" }] },
    });
    expect(await report({ userKeyProperty: "amplitude_id" })).toMatchObject({ data: { missingCount: 1 } });
    expect(await report({})).toMatchObject({ __typename: "InvalidInputError" });
    expect(await report({ userKeyProperty: "" })).toMatchObject({ __typename: "InvalidInputError" });

    const destination = await seedDestination("device_id");
    expect(await report({ destinationId: destination })).toMatchObject({
      data: { userKeyProperty: "device_id", missingCount: 3 },
    });
    expect(await report({ destinationId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({
      __typename: "NotFoundError",
    });
  });

  it("refuses to delete a cohort a sync uses, and deletes it otherwise", async () => {
    const cohort = await newCohort();
    await admin.data(CohAdd, { cohortId: cohort.id, members: [{ userId: "a" }] });
    const rawId = cohort.resource.slice("cohort/".length);
    const destination = await seedDestination("user_id");
    const [sync] = await app.database.db
      .insert(cohortSyncs)
      .values({ cohortId: rawId, destinationId: destination, frequency: "ONE_TIME", paused: true })
      .returning();
    const refused = await admin.data(CohDelete, { id: cohort.id });
    expect(refused.deleteCohort).toMatchObject({ __typename: "ConflictError" });
    expect(refused.deleteCohort).toHaveProperty("message", expect.stringContaining(sync!.id));
    await app.database.db.delete(cohortSyncs).where(eq(cohortSyncs.id, sync!.id));
    expect((await admin.data(CohDelete, { id: cohort.id })).deleteCohort).toEqual({
      __typename: "MutationDeleteCohortSuccess",
      data: cohort.id,
    });
    expect((await admin.data(CohMembers, { id: cohort.id })).cohort).toBeNull();
    expect((await admin.data(CohDelete, { id: cohort.id })).deleteCohort.__typename).toBe("NotFoundError");
  });

  /** A destination row for reports and conflicts; creating one through the API is covered in destinations.test.ts. */
  async function seedDestination(userKeyProperty: string): Promise<string> {
    const writer = await token({ role: "WRITER" });
    const [env] = await app.database.rows<{ id: string }>(
      sql`select id from environments where project_key = 'default' and key = 'test'`,
    );
    const [row] = await app.database.db
      .insert(destinations)
      .values({
        name: "d",
        environmentId: env!.id,
        projectKey: "default",
        environmentKey: "test",
        tokenId: uuidFrom("AccessToken", writer.token.id)!,
        userKeyProperty,
      })
      .returning();
    return row!.id;
  }
});

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}
