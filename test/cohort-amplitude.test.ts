import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { amplitudeClientTuning, refreshAmplitudeCohort } from "../src/domain/cohorts/refresh.ts";
import { uuidFrom } from "../src/domain/ids.ts";
import { graphql } from "./generated/index.ts";
import { type AmplitudeServer, type FakeCohort, startAmplitudeServer } from "./support/amplitude-server.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient } from "./support/client.ts";

const CohAmpList = graphql(`
  query CohAmpList {
    amplitudeCohorts {
      __typename
      ... on QueryAmplitudeCohortsSuccess {
        data {
          externalId
          name
          description
          size
          lastComputed
        }
      }
      ... on AmplitudeSourceError {
        reason
        retryAfterSeconds
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const CohAmpCreate = graphql(`
  mutation CohAmpCreate($input: CreateCohortInput!) {
    createCohort(input: $input) {
      ... on MutationCreateCohortSuccess {
        data {
          id
          sourceKind
          externalId
          lastRefreshedAt
        }
      }
    }
  }
`);

const CohAmpLink = graphql(`
  mutation CohAmpLink($cohortId: ID!, $externalId: String!) {
    linkAmplitudeCohort(cohortId: $cohortId, externalId: $externalId) {
      __typename
      ... on MutationLinkAmplitudeCohortSuccess {
        data {
          sourceKind
          externalId
        }
      }
      ... on Error {
        code
      }
    }
  }
`);

const CohAmpRefresh = graphql(`
  mutation CohAmpRefresh($cohortId: ID!) {
    refreshCohort(cohortId: $cohortId) {
      __typename
      ... on MutationRefreshCohortSuccess {
        data {
          rowsRead
          inserted
          updated
          removed
          memberCount
          cohort {
            memberCount
            lastRefreshedAt
          }
        }
      }
      ... on AmplitudeSourceError {
        reason
        retryAfterSeconds
      }
      ... on CsvImportError {
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

const CohAmpMembers = graphql(`
  query CohAmpMembers($id: ID!) {
    cohort(id: $id) {
      memberCount
      members(first: 100) {
        edges {
          node {
            memberKey
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

const CohAmpAdd = graphql(`
  mutation CohAmpAdd($cohortId: ID!) {
    addCohortMembers(cohortId: $cohortId, members: [{ userId: "manual" }]) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const HEADER = '"amplitude_id","user_id","device_id","user_properties.plan"\n';
const BETA: FakeCohort = {
  id: "beta",
  name: "Beta testers",
  description: "Opted in",
  size: 3,
  lastComputed: Date.UTC(2024, 0, 2, 3, 4, 5),
  pendingPolls: 3,
  csv: `${HEADER}"100","alice@example.com","dev-1","pro"\n"101","","",""\n"102","carol@example.com","","free"\n`,
};
const BIG: FakeCohort = {
  id: "big",
  name: "Big",
  redirect: true,
  lines: function* () {
    yield "amplitude_id,user_id";
    for (let i = 0; i < 12_000; i++) yield `${i},user-${i}`;
  },
};
const BROKEN: FakeCohort = {
  id: "broken",
  name: "Broken",
  csv: "amplitude_id,user_id\n1,ok\nnot-a-number,u\n2,ok\n,\n",
};

describe("Amplitude cohort source", () => {
  let amplitude: AmplitudeServer;
  let app: TestApp;
  let admin: ReturnType<typeof httpClient>;

  async function linkedCohort(externalId: string): Promise<string> {
    const created = await admin.data(CohAmpCreate, {
      input: { name: externalId, amplitudeCohortId: externalId },
    });
    if (!("data" in created.createCohort)) throw new Error("cohort not created");
    expect(created.createCohort.data).toMatchObject({
      sourceKind: "AMPLITUDE",
      externalId,
      lastRefreshedAt: null,
    });
    return created.createCohort.data.id;
  }

  async function refresh(cohortId: string) {
    return (await admin.data(CohAmpRefresh, { cohortId })).refreshCohort;
  }

  async function memberKeys(id: string) {
    const data = await admin.data(CohAmpMembers, { id });
    return data.cohort!.members.edges.map((e) => e.node.memberKey);
  }

  beforeAll(async () => {
    amplitude = await startAmplitudeServer({ cohorts: [BETA, BIG, BROKEN] });
    Object.assign(amplitudeClientTuning, {
      pollIntervalMs: 10,
      retryBaseMs: 10,
      maxRetries: 3,
      requestTimeoutMs: 5_000,
    });
    app = await startTestApp({
      env: {
        AMPLITUDE_API_KEY: amplitude.apiKey,
        AMPLITUDE_SECRET_KEY: amplitude.secretKey,
        AMPLITUDE_BASE_URL: amplitude.url,
      },
    });
    admin = httpClient(app.url, app.adminToken);
  });
  afterAll(async () => {
    await app?.close();
    await amplitude?.close();
  });
  afterEach(() => {
    amplitude.requests.length = 0;
  });

  it("lists the remote cohorts", async () => {
    const list = await admin.data(CohAmpList);
    expect(list.amplitudeCohorts).toMatchObject({
      __typename: "QueryAmplitudeCohortsSuccess",
      data: expect.arrayContaining([
        {
          externalId: "beta",
          name: "Beta testers",
          description: "Opted in",
          size: 3,
          lastComputed: "2024-01-02T03:04:05.000Z",
        },
      ]),
    });
    expect(amplitude.requestsTo("list")[0]?.authorization).toMatch(/^Basic /);
  });

  it("refreshes a linked cohort through a slow export, replacing members all at once", async () => {
    const id = await linkedCohort("beta");
    const first = await refresh(id);
    expect(first).toMatchObject({
      __typename: "MutationRefreshCohortSuccess",
      data: { rowsRead: 3, inserted: 3, removed: 0, memberCount: 3, cohort: { memberCount: 3 } },
    });
    if (first.__typename === "MutationRefreshCohortSuccess")
      expect(first.data.cohort.lastRefreshedAt).not.toBeNull();
    expect(amplitude.requestsTo("status")).toHaveLength(4);
    expect(amplitude.requestsTo("request")[0]?.path).toContain("props=1");
    const members = await admin.data(CohAmpMembers, { id });
    expect(members.cohort?.members.edges[0]?.node).toEqual({
      memberKey: "a:100",
      userId: "alice@example.com",
      deviceId: "dev-1",
      properties: [{ name: "user_properties.plan", value: "pro" }],
    });

    const previous = BETA.csv;
    BETA.csv = `${HEADER}"100","alice@example.com","dev-1","team"\n"103","dave@example.com","",""\n`;
    try {
      const second = await refresh(id);
      expect(second).toMatchObject({
        data: { rowsRead: 2, inserted: 1, updated: 1, removed: 2, memberCount: 2 },
      });
      expect(await memberKeys(id)).toEqual(["a:100", "a:103"]);
    } finally {
      BETA.csv = previous;
    }
  });

  it("follows the redirect to the presigned file and streams a big cohort in batches", async () => {
    const id = await linkedCohort("big");
    expect(await refresh(id)).toMatchObject({
      data: { rowsRead: 12_000, inserted: 12_000, memberCount: 12_000 },
    });
    const presigned = amplitude.requestsTo("presigned");
    expect(presigned).toHaveLength(1);
    expect(presigned[0]?.authorization).toBeNull();
    expect((await admin.data(CohAmpMembers, { id })).cohort?.memberCount).toBe(12_000);
  });

  it("reports progress per batch and stops between batches when aborted, keeping the old members", async () => {
    const id = await linkedCohort("big");
    const cohortId = uuidFrom("Cohort", id)!;
    const seen: number[] = [];
    const done = await refreshAmplitudeCohort(app.database.db, app.config, cohortId, {
      onRows: (rows) => seen.push(rows),
    });
    expect(done.memberCount).toBe(12_000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(12_000);

    const controller = new AbortController();
    const attempt = refreshAmplitudeCohort(app.database.db, app.config, cohortId, {
      signal: controller.signal,
      onRows: () => controller.abort(new Error("stop")),
    });
    await expect(attempt).rejects.toThrow("stop");
    expect((await admin.data(CohAmpMembers, { id })).cohort?.memberCount).toBe(12_000);
  });

  it("waits out 429s as Retry-After says, then succeeds", async () => {
    const id = await linkedCohort("beta");
    amplitude.fail("request", { times: 1, status: 429, retryAfter: "0" });
    amplitude.fail("status", { times: 1, status: 503 });
    const result = await refresh(id);
    expect(result).toMatchObject({ data: { memberCount: 3 } });
    expect(amplitude.requestsTo("request")).toHaveLength(2);
  });

  it("reports rate limiting that outlasts the retries as a typed error", async () => {
    const id = await linkedCohort("beta");
    // maxRetries is 3: four attempts, all refused.
    amplitude.fail("request", { times: 4, status: 429, retryAfter: "0" });
    expect(await refresh(id)).toMatchObject({
      __typename: "AmplitudeSourceError",
      code: "UPSTREAM",
      reason: "RATE_LIMITED",
      retryAfterSeconds: 0,
    });
    expect(amplitude.requestsTo("request")).toHaveLength(4);
  });

  it("rejects a malformed file with its line numbers and keeps the members", async () => {
    const id = await linkedCohort("broken");
    const result = await refresh(id);
    expect(result).toMatchObject({
      __typename: "CsvImportError",
      code: "INVALID_INPUT",
      errors: [{ line: 3 }, { line: 5 }],
    });
    expect((await admin.data(CohAmpMembers, { id })).cohort?.memberCount).toBe(0);
  });

  it("maps unknown cohorts, unlinked cohorts and manual edits to typed errors", async () => {
    const missing = await linkedCohort("no-such-cohort");
    expect(await refresh(missing)).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND" });
    expect((await admin.data(CohAmpAdd, { cohortId: missing })).addCohortMembers).toMatchObject({
      __typename: "ManagedBySourceError",
    });

    const plain = await admin.data(CohAmpCreate, { input: { name: "plain" } });
    if (!("data" in plain.createCohort)) throw new Error("cohort not created");
    const plainId = plain.createCohort.data.id;
    expect(await refresh(plainId)).toMatchObject({ __typename: "InvalidInputError" });
    const linked = await admin.data(CohAmpLink, { cohortId: plainId, externalId: "beta" });
    expect(linked.linkAmplitudeCohort).toMatchObject({
      data: { sourceKind: "AMPLITUDE", externalId: "beta" },
    });
    expect(await refresh(plainId)).toMatchObject({ data: { memberCount: 3 } });
    const bad = await admin.data(CohAmpLink, { cohortId: plainId, externalId: "has space" });
    expect(bad.linkAmplitudeCohort.__typename).toBe("InvalidInputError");
  });
});

describe("Amplitude source misconfigured", () => {
  it("says so when it is not configured, or when the keys are wrong, never echoing the secret", async () => {
    const amplitude = await startAmplitudeServer({ cohorts: [BETA] });
    const unconfigured = await startTestApp();
    const wrongSecret = "definitely-not-the-secret";
    const misconfigured = await startTestApp({
      env: {
        AMPLITUDE_API_KEY: amplitude.apiKey,
        AMPLITUDE_SECRET_KEY: wrongSecret,
        AMPLITUDE_BASE_URL: amplitude.url,
      },
    });
    try {
      const none = await httpClient(unconfigured.url, unconfigured.adminToken).data(CohAmpList);
      expect(none.amplitudeCohorts).toMatchObject({
        __typename: "AmplitudeSourceError",
        reason: "NOT_CONFIGURED",
        message: expect.stringContaining("AMPLITUDE_API_KEY"),
      });
      const client = httpClient(misconfigured.url, misconfigured.adminToken);
      const denied = await client.data(CohAmpList);
      expect(denied.amplitudeCohorts).toMatchObject({ __typename: "AmplitudeSourceError", reason: "AUTH" });
      expect(JSON.stringify(denied)).not.toContain(wrongSecret);
      const created = await client.data(CohAmpCreate, { input: { name: "b", amplitudeCohortId: "beta" } });
      if (!("data" in created.createCohort)) throw new Error("cohort not created");
      const refreshed = await client.data(CohAmpRefresh, { cohortId: created.createCohort.data.id });
      expect(refreshed.refreshCohort).toMatchObject({ __typename: "AmplitudeSourceError", reason: "AUTH" });
      expect(JSON.stringify(refreshed)).not.toContain(wrongSecret);
    } finally {
      await unconfigured.close();
      await misconfigured.close();
      await amplitude.close();
    }
  });
});
