import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { httpClient, subscribe, take, wsClient } from "./support/client.ts";
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from "./support/database.ts";
import { type GatewayProcess, startGatewayProcess } from "./support/process.ts";

const ActivitySubscription = graphql(`
  subscription ProcessActivity {
    activity {
      action
      resource
    }
  }
`);

const CreateProjectMutation = graphql(`
  mutation ProcessCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
    }
  }
`);

const ProjectKeysQuery = graphql(`
  query ProcessProjectKeys {
    projects {
      key
    }
  }
`);

// Several processes can share only a real PostgreSQL server; PGlite lives inside one process.
describe.skipIf(!TEST_DATABASE_URL)("two gateway processes on one PostgreSQL", () => {
  let database: TestDatabase;
  let a: GatewayProcess;
  let b: GatewayProcess;
  const adminToken = `admin_${randomBytes(16).toString("hex")}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url!, ADMIN_TOKEN: adminToken };
    // Started together, so both race to migrate and bootstrap the empty database.
    [a, b] = await Promise.all([startGatewayProcess(env), startGatewayProcess(env)]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it("migrate and bootstrap once between them", async () => {
    const fromA = await httpClient(a.url, adminToken).data(ProjectKeysQuery);
    const fromB = await httpClient(b.url, adminToken).data(ProjectKeysQuery);
    expect(fromA.projects.map((p) => p.key)).toEqual(["default"]);
    expect(fromB.projects).toEqual(fromA.projects);
    // Neither printed a first-admin token: ADMIN_TOKEN was there.
    expect([...a.output, ...b.output].join("\n")).not.toContain("First start");
  });

  it("delivers an event published in process A to a graphql-ws subscriber on process B", async () => {
    const client = wsClient(b.url, adminToken);
    try {
      const key = `cross-${randomBytes(3).toString("hex")}`;
      const events = subscribe(client, ActivitySubscription);
      const received = take(events, 1, 15_000);
      // Give B's subscription a moment to be registered, then publish from A.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const created = await httpClient(a.url, adminToken).data(CreateProjectMutation, {
        input: { key, name: key },
      });
      expect(created.createProject.__typename).toBe("MutationCreateProjectSuccess");
      const [event] = await received;
      expect(event?.data?.activity).toEqual({ action: "createProject", resource: `proj/${key}` });
    } finally {
      await client.dispose();
    }
  });

  it("shuts down cleanly on SIGTERM, closing open subscriptions", async () => {
    const client = wsClient(a.url, adminToken);
    const events = subscribe(client, ActivitySubscription);
    const ended = take(events, 1, 15_000).then(
      () => "ended",
      (error: { code?: number }) => `closed ${error.code}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await a.stop("SIGTERM")).toBe(0);
    expect(await ended).toBe("closed 1001");
    await client.dispose();
  });
});
