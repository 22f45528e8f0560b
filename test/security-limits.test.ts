import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient, sseSubscribe, subscribe, take, wsClient } from "./support/client.ts";

// Documents over a limit are sent as raw text: they are refused before anything runs, and the typed
// documents of the suite must stay within the limits by construction.

const SecLimProjects = graphql(`
  query SecLimProjects {
    projects {
      key
    }
  }
`);

const SecLimCohorts = graphql(`
  query SecLimCohorts {
    cohorts(first: 100) {
      edges {
        node {
          name
        }
      }
    }
  }
`);

const SecLimActivity = graphql(`
  subscription SecLimActivity {
    activity {
      action
      resource
    }
  }
`);

const SecLimCreateProject = graphql(`
  mutation SecLimCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
    }
  }
`);

interface RawResult {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function post(app: TestApp, body: unknown, headers: Record<string, string> = {}): Promise<RawResult> {
  const response = await fetch(app.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      authorization: `Bearer ${app.adminToken}`,
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

const query = (app: TestApp, text: string) => post(app, { query: text });

/** `open` + `{ inner }` + `close`, nested `times` deep. */
function nest(times: number, open: string, inner: string): string {
  return `${open} { `.repeat(times) + inner + " }".repeat(times);
}

/** A real cycle of the graph (run → sync → active run → sync ...), `levels` selections deep. */
function deepRunQuery(levels: number): string {
  const pairs = Math.ceil((levels - 1) / 2);
  return `{ syncRun(id: "x") { ${nest(pairs, "cohortSync { activeRun", "id")}${" }".repeat(pairs)} } }`;
}

function expectRefused(result: RawResult, code: string, message: RegExp): void {
  expect(result.status).toBe(400);
  expect(result.body.data ?? null).toBeNull();
  expect(result.body.errors).toHaveLength(1);
  expect(result.body.errors?.[0]).toMatchObject({ extensions: { code } });
  expect(result.body.errors?.[0]?.message).toMatch(message);
}

describe("GraphQL abuse limits (defaults)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const cohortNames = async () =>
    (await httpClient(app.url, app.adminToken).data(SecLimCohorts)).cohorts.edges.map((e) => e.node.name);
  const projectKeys = async () =>
    (await httpClient(app.url, app.adminToken).data(SecLimProjects)).projects.map((p) => p.key).sort();

  it("refuses an over-deep query with QUERY_TOO_DEEP", async () => {
    expectRefused(await query(app, deepRunQuery(14)), "QUERY_TOO_DEEP", /^Query depth limit of 10 exceeded/);
    // The same cycle within the limit is accepted (and finds nothing).
    const shallow = await query(app, deepRunQuery(9));
    expect(shallow.body.errors).toBeUndefined();
  });

  it("refuses over-deep, over-aliased, over-costly and over-long mutations, and runs none of them", async () => {
    const before = await projectKeys();
    const create = (key: string, selection = "__typename") =>
      `${key}: createProject(input: { key: "${key}", name: "x" }) { ${selection} }`;

    const deep = `mutation { ${create("deep1", nest(12, "... on MutationCreateProjectSuccess", "__typename"))} }`;
    expectRefused(await query(app, deep), "QUERY_TOO_DEEP", /depth limit of 10/);

    const aliased = `mutation { ${Array.from({ length: 31 }, (_, i) => create(`alias${i}`)).join(" ")} }`;
    expectRefused(await query(app, aliased), "TOO_MANY_ALIASES", /^Aliases limit of 30 exceeded, found 31/);

    const long = `mutation { ${create("long1", Array.from({ length: 2100 }, () => "__typename").join(" "))} }`;
    expectRefused(await query(app, long), "TOO_MANY_TOKENS", /^Token limit of 2000 exceeded/);

    const directives = `mutation { ${create("dir1", Array.from({ length: 31 }, () => "__typename @include(if: true)").join(" "))} }`;
    expectRefused(await query(app, directives), "TOO_MANY_DIRECTIVES", /^Directives limit of 30 exceeded/);

    expect(await projectKeys()).toEqual(before);

    // A cost bomb in the selection of a mutation's result: a 5000-member page of the new cohort.
    const cohortsBefore = await cohortNames();
    const bomb = `mutation { createCohort(input: { name: "costly" }) { ... on MutationCreateCohortSuccess {
      data { members(first: 5000) { edges { node { memberKey properties { name value } } } } } } } }`;
    expectRefused(await query(app, bomb), "QUERY_TOO_COSTLY", /^Query Cost limit of 100000 exceeded/);
    expect(await cohortNames()).toEqual(cohortsBefore);
  });

  it("costs nested pages by their page sizes, and accepts the largest single page", async () => {
    const nested =
      "{ cohorts(first: 100) { edges { node { members(first: 100) { edges { node { userId } } } } } } }";
    expectRefused(await query(app, nested), "QUERY_TOO_COSTLY", /Cost limit of 100000 exceeded/);
    const page = `{ segments(projectKey: "default", environmentKey: "test", first: 1000) {
      edges { node { key targets(first: 2) { edges { node { contextKey included } } } } } } }`;
    expectRefused(await query(app, page), "QUERY_TOO_COSTLY", /Cost limit/);
    const onePage = `{ segment(projectKey: "default", environmentKey: "test", key: "x") {
      targets(first: 1000) { edges { node { contextKey included } } } } }`;
    const accepted = await query(app, onePage);
    expect(accepted.status).toBe(200);
    expect(accepted.body.errors).toBeUndefined();
  });

  it("refuses batched requests (batching is off by default)", async () => {
    const result = await post(app, [{ query: "{ viewer { name } }" }, { query: "{ viewer { role } }" }]);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.message).toBe("Batching is not supported.");
  });

  it("refuses an over-deep subscription over WebSocket and SSE, and the socket stays usable", async () => {
    const deepSubscription = `subscription DeepSub { activity { ${nest(11, "... on ActivityEvent", "action")} } }`;
    const client = wsClient(app.url, app.adminToken);
    try {
      const refused = await client
        .iterate({ query: deepSubscription })
        .next()
        .then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
      expect("error" in refused).toBe(true);
      const errors = (refused as { error: Array<{ message: string; extensions?: { code?: string } }> }).error;
      expect(errors[0]?.extensions?.code).toBe("QUERY_TOO_DEEP");
      // The same socket still serves a valid subscription.
      const events = take(subscribe(client, SecLimActivity), 1);
      await untilSettled(events, () =>
        httpClient(app.url, app.adminToken).data(SecLimCreateProject, {
          input: { key: `ws-${Math.random().toString(36).slice(2, 8)}`, name: "WS" },
        }),
      );
      expect((await events)[0]?.data?.activity.action).toBe("createProject");
    } finally {
      await client.dispose();
    }

    const response = await fetch(app.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        authorization: `Bearer ${app.adminToken}`,
      },
      body: JSON.stringify({ query: deepSubscription }),
    });
    const text = await response.text();
    expect(text).toContain("QUERY_TOO_DEEP");
    expect(text).not.toContain('"activity"');
  });

  it("keeps SSE subscriptions working within the limits", async () => {
    const controller = new AbortController();
    const events = sseSubscribe(app.url, app.adminToken, SecLimActivity, undefined, controller.signal);
    const received = take(events, 1);
    await untilSettled(received, () =>
      httpClient(app.url, app.adminToken).data(SecLimCreateProject, {
        input: { key: `sse-${Math.random().toString(36).slice(2, 8)}`, name: "SSE" },
      }),
    );
    expect((await received)[0]?.data?.activity.action).toBe("createProject");
    controller.abort();
  });
});

describe("configured limits", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        GRAPHQL_MAX_DEPTH: "3",
        GRAPHQL_BATCH_LIMIT: "2",
        GRAPHQL_MAX_BODY_BYTES: "4096",
        CSV_MAX_BYTES: "2048",
      },
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("applies GRAPHQL_MAX_DEPTH", async () => {
    expectRefused(
      await query(app, "{ viewer { token { policy { effect } } } }"),
      "QUERY_TOO_DEEP",
      /^Query depth limit of 3 exceeded, found 4\.$/,
    );
    expect((await query(app, "{ viewer { token { id } } }")).body.errors).toBeUndefined();
  });

  it("allows batches up to GRAPHQL_BATCH_LIMIT operations", async () => {
    const two = await post(app, [{ query: "{ viewer { name } }" }, { query: "{ viewer { role } }" }]);
    expect(two.status).toBe(200);
    expect(two.body).toEqual([
      { data: { viewer: { name: "ADMIN_TOKEN" } } },
      { data: { viewer: { role: "ADMIN" } } },
    ]);
    const three = await post(
      app,
      Array.from({ length: 3 }, () => ({ query: "{ viewer { name } }" })),
    );
    expect(three.status).toBe(413);
    expect(JSON.stringify(three.body)).toContain("Batching is limited to 2 operations per request.");
  });

  it("refuses JSON bodies over GRAPHQL_MAX_BODY_BYTES, with or without Content-Length", async () => {
    const big = { query: "query Big($x: String) { viewer { name } }", variables: { x: "a".repeat(5000) } };
    const sized = await post(app, big);
    expect(sized.status).toBe(413);
    expect(sized.body.errors?.[0]?.extensions?.code).toBe("REQUEST_ENTITY_TOO_LARGE");
    // Streamed without a length: counted while reading.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify(big)));
        controller.close();
      },
    });
    const response = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${app.adminToken}` },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("REQUEST_ENTITY_TOO_LARGE");
    // A body within the limit still works.
    expect((await post(app, { query: "{ viewer { name } }" })).status).toBe(200);
  });

  it("refuses an upload over CSV_MAX_BYTES before reading it", async () => {
    const form = new FormData();
    form.append(
      "operations",
      JSON.stringify({
        query:
          'mutation($f: File!) { importCohortCsv(cohortId: "x", file: $f, mode: REPLACE) { __typename } }',
        variables: { f: null },
      }),
    );
    form.append("map", JSON.stringify({ 0: ["variables.f"] }));
    form.append("0", new Blob(["amplitude_id,user_id\n", "1,u\n".repeat(30_000)]), "big.csv");
    const response = await fetch(app.url, {
      method: "POST",
      headers: { authorization: `Bearer ${app.adminToken}`, "x-graphql-yoga-csrf": "1" },
      body: form,
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Request body too large");
    // The same upload streamed without a length: counted while reading.
    const encoded = new Response(form);
    const streamed = await fetch(app.url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${app.adminToken}`,
        "x-graphql-yoga-csrf": "1",
        "content-type": encoded.headers.get("content-type")!,
      },
      body: encoded.body,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.text()).toContain("Request body too large");
  });
});

async function untilSettled(delivered: Promise<unknown>, action: () => Promise<unknown>): Promise<void> {
  let settled = false;
  delivered.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  for (let i = 0; i < 50 && !settled; i++) {
    await action();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
