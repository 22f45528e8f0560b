import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient, sseSubscribe, subscribe, take, wsClient } from "./support/client.ts";
import { TEST_DATABASE_URL } from "./support/database.ts";

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      name
      role
      token {
        id
        hint
        active
      }
    }
  }
`);

const ActivitySubscription = graphql(`
  subscription Activity {
    activity {
      action
      resource
      actorName
    }
  }
`);

const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on MutationCreateProjectSuccess {
        data {
          key
          name
          environments {
            key
            clientSideId
          }
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const ProjectsQuery = graphql(`
  query Projects {
    projects {
      key
      environments {
        key
      }
    }
  }
`);

describe("gateway foundation", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("answers health and readiness without a token", async () => {
    const health = await fetch(`${app.origin}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${app.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("refuses GraphQL without a valid token", async () => {
    const missing = await httpClient(app.url).request(ViewerQuery);
    expect(missing.status).toBe(401);
    expect(missing.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await httpClient(app.url, "csg_not-a-real-token").request(ViewerQuery);
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]?.message).toBe("The access token is not valid");
  });

  it("answers viewer for the ADMIN_TOKEN", async () => {
    const data = await httpClient(app.url, app.adminToken).data(ViewerQuery);
    expect(data.viewer).toMatchObject({ name: "ADMIN_TOKEN", role: "ADMIN", token: { active: true } });
    expect(data.viewer.token.hint).toBe(app.adminToken.slice(-4));
  });

  it("creates the default project with production and test on first start", async () => {
    const data = await httpClient(app.url, app.adminToken).data(ProjectsQuery);
    expect(data.projects.find((p) => p.key === "default")?.environments.map((e) => e.key)).toEqual([
      "production",
      "test",
    ]);
  });

  it("serves GraphiQL at /graphql for browsers", async () => {
    const response = await fetch(app.url, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Cohort sync gateway");
  });

  it("delivers subscription events over graphql-ws", async () => {
    const client = wsClient(app.url, app.adminToken);
    try {
      const events = subscribe(client, ActivitySubscription);
      const received = take(events, 1);
      // The subscription is registered asynchronously; publish until it is seen.
      await waitForDelivery(received, () =>
        httpClient(app.url, app.adminToken).data(CreateProjectMutation, {
          input: { key: `ws-${Math.random().toString(36).slice(2, 8)}`, name: "WS" },
        }),
      );
      const [first] = await received;
      expect(first?.data?.activity).toMatchObject({ action: "createProject", actorName: "ADMIN_TOKEN" });
      await events.return?.();
    } finally {
      await client.dispose();
    }
  });

  it("refuses a WebSocket connection without a valid token", async () => {
    const client = wsClient(app.url, "csg_wrong");
    try {
      await expect(take(subscribe(client, ActivitySubscription), 1)).rejects.toMatchObject({ code: 4403 });
    } finally {
      await client.dispose();
    }
  });

  it("delivers subscription events over SSE", async () => {
    const controller = new AbortController();
    const events = sseSubscribe(app.url, app.adminToken, ActivitySubscription, undefined, controller.signal);
    const received = take(events, 1);
    await waitForDelivery(received, () =>
      httpClient(app.url, app.adminToken).data(CreateProjectMutation, {
        input: { key: `sse-${Math.random().toString(36).slice(2, 8)}`, name: "SSE" },
      }),
    );
    const [first] = await received;
    expect(first?.data?.activity?.action).toBe("createProject");
    controller.abort();
  });

  it("returns typed errors and changes nothing on invalid input", async () => {
    const client = httpClient(app.url, app.adminToken);
    const result = await client.data(CreateProjectMutation, { input: { key: "no spaces", name: " " } });
    expect(result.createProject).toMatchObject({ __typename: "InvalidInputError", code: "INVALID_INPUT" });
    const projects = await client.data(ProjectsQuery);
    expect(projects.projects.map((p) => p.key)).not.toContain("no spaces");
  });
});

describe.skipIf(TEST_DATABASE_URL)("embedded database", () => {
  it("keeps data across a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "csg-pglite-"));
    try {
      const testDatabase = { url: undefined, dataDir: dir, drop: async () => {} };
      const first = await startTestApp({ testDatabase });
      await httpClient(first.url, first.adminToken).data(CreateProjectMutation, {
        input: { key: "persisted", name: "Persisted", environments: [{ key: "prod", name: "Prod" }] },
      });
      await first.close();
      const second = await startTestApp({ testDatabase });
      try {
        const data = await httpClient(second.url, second.adminToken).data(ProjectsQuery);
        expect(data.projects.map((p) => p.key)).toEqual(["default", "persisted"]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Repeats `action` until `delivered` settles, so a test never races subscription set-up. */
async function waitForDelivery(delivered: Promise<unknown>, action: () => Promise<unknown>): Promise<void> {
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
