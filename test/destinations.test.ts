import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cohortSyncs, cohorts } from "../src/db/schema.ts";
import { checkDestination } from "../src/domain/destinations.ts";
import type { PolicyStatementInput, Role } from "./generated/graphql.ts";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient } from "./support/client.ts";

const DestCreateToken = graphql(`
  mutation DestCreateToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
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

const DestRevokeToken = graphql(`
  mutation DestRevokeToken($id: ID!) {
    revokeAccessToken(id: $id) {
      __typename
    }
  }
`);

const DestEnvironments = graphql(`
  query DestEnvironments {
    projects {
      key
      environments {
        key
        clientSideId
      }
    }
  }
`);

const DestCreate = graphql(`
  mutation DestCreate($input: CreateDestinationInput!) {
    createDestination(input: $input) {
      __typename
      ... on MutationCreateDestinationSuccess {
        data {
          id
          name
          projectKey
          environmentKey
          clientSideId
          userKeyProperty
          contextKind
          status
          statusReason
          resource
          accessToken {
            name
            hint
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

const DestUpdate = graphql(`
  mutation DestUpdate($id: ID!, $input: UpdateDestinationInput!) {
    updateDestination(id: $id, input: $input) {
      __typename
      ... on MutationUpdateDestinationSuccess {
        data {
          name
          userKeyProperty
          contextKind
          status
          statusReason
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

const DestCheck = graphql(`
  mutation DestCheck($id: ID!) {
    checkDestination(id: $id) {
      __typename
      ... on MutationCheckDestinationSuccess {
        data {
          status
          statusReason
          checkedAt
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const DestDelete = graphql(`
  mutation DestDelete($id: ID!) {
    deleteDestination(id: $id) {
      __typename
      ... on MutationDeleteDestinationSuccess {
        data
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const DestList = graphql(`
  query DestList($projectKey: String, $environmentKey: String) {
    destinations(projectKey: $projectKey, environmentKey: $environmentKey) {
      id
      name
      environmentKey
    }
  }
`);

const DestOne = graphql(`
  query DestOne($id: ID!) {
    destination(id: $id) {
      id
      name
      status
      environment {
        key
      }
    }
  }
`);

describe("destinations", () => {
  let app: TestApp;
  let admin: ReturnType<typeof httpClient>;
  let clientSideIds: Record<string, string>;

  async function token(spec: { role?: Role; policy?: PolicyStatementInput[] }, name = "t") {
    const result = await admin.data(DestCreateToken, { input: { name, ...spec } });
    if (result.createAccessToken.__typename !== "MutationCreateAccessTokenSuccess") {
      throw new Error(`token not created: ${result.createAccessToken.__typename}`);
    }
    return result.createAccessToken.data;
  }

  async function create(by: ReturnType<typeof httpClient>, input: Parameters<typeof createInput>[0] = {}) {
    return (await by.data(DestCreate, { input: createInput(input) })).createDestination;
  }

  let writerSecret: string;
  function createInput(
    overrides: Partial<{
      name: string;
      accessToken: string;
      clientSideId: string;
      userKeyProperty: string;
      contextKind: string;
    }>,
  ) {
    return {
      name: "Test env",
      accessToken: writerSecret,
      clientSideId: clientSideIds["default/test"]!,
      ...overrides,
    };
  }

  async function created(by: ReturnType<typeof httpClient>, input: Parameters<typeof createInput>[0] = {}) {
    const result = await create(by, input);
    if (result.__typename !== "MutationCreateDestinationSuccess") {
      throw new Error(`destination not created: ${JSON.stringify(result)}`);
    }
    return result.data;
  }

  beforeAll(async () => {
    app = await startTestApp();
    admin = httpClient(app.url, app.adminToken);
    const envs = await admin.data(DestEnvironments);
    clientSideIds = Object.fromEntries(
      envs.projects.flatMap((p) => p.environments.map((e) => [`${p.key}/${e.key}`, e.clientSideId])),
    );
    writerSecret = (await token({ role: "WRITER" }, "segment writer")).secret;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("lets a manager create a destination with a writer token, keeping only a reference to it", async () => {
    const manager = httpClient(app.url, (await token({ role: "MANAGER" })).secret);
    const destination = await created(manager, {
      name: "Churned users",
      userKeyProperty: "user_properties.email",
    });
    expect(destination).toMatchObject({
      name: "Churned users",
      projectKey: "default",
      environmentKey: "test",
      clientSideId: clientSideIds["default/test"],
      userKeyProperty: "user_properties.email",
      contextKind: "user",
      status: "CONNECTED",
      statusReason: null,
      accessToken: { name: "segment writer", hint: writerSecret.slice(-4) },
    });
    expect(destination.resource).toMatch(/^proj\/default:env\/test:destination\/[0-9a-f-]{36}$/);
    const [row] = await app.database.rows<Record<string, unknown>>(sql`select * from destinations`);
    expect(JSON.stringify(row)).not.toContain(writerSecret);
    const everything = await admin.data(DestOne, { id: destination.id });
    expect(JSON.stringify(everything)).not.toContain(writerSecret);
  });

  it("refuses readers and writers (createDestination is for managers and admins)", async () => {
    for (const role of ["READER", "WRITER"] as const) {
      const caller = httpClient(app.url, (await token({ role })).secret);
      const result = await create(caller);
      expect(result).toMatchObject({ __typename: "NotAllowedError", code: "NOT_ALLOWED" });
    }
  });

  it("limits a custom manager to its own environment", async () => {
    const testOnly = httpClient(
      app.url,
      (
        await token({
          policy: [
            { effect: "ALLOW", actions: ["read"], resources: ["*"] },
            {
              effect: "ALLOW",
              actions: ["createDestination"],
              resources: ["proj/default:env/test:destination/*"],
            },
          ],
        })
      ).secret,
    );
    expect((await create(testOnly)).__typename).toBe("MutationCreateDestinationSuccess");
    const prod = await create(testOnly, { clientSideId: clientSideIds["default/production"]! });
    expect(prod.__typename).toBe("NotAllowedError");
    // Someone allowed to create destinations somewhere learns that the client-side ID is wrong.
    const unknown = await create(testOnly, { clientSideId: "0123456789abcdef01234567" });
    expect(unknown).toMatchObject({
      __typename: "InvalidInputError",
      problems: [{ field: "clientSideId", message: "no environment has this client-side ID" }],
    });
  });

  it("says exactly what is wrong with the token, without echoing its secret", async () => {
    const revoked = await token({ role: "WRITER" });
    await admin.data(DestRevokeToken, { id: revoked.token.id });
    const createOnly = await token({
      policy: [{ effect: "ALLOW", actions: ["createSegment"], resources: ["proj/*:env/*:segment/*"] }],
    });
    const otherEnv = await token({
      policy: [
        {
          effect: "ALLOW",
          actions: ["createSegment", "updateIncluded"],
          resources: ["proj/default:env/production:segment/*"],
        },
      ],
    });
    const reader = await token({ role: "READER" });
    const cases: [string, string][] = [
      [revoked.secret, "the token has been revoked"],
      [
        createOnly.secret,
        "the token's policy does not allow updateIncluded on proj/default:env/test:segment/*",
      ],
      [
        otherEnv.secret,
        "the token's policy does not allow createSegment or updateIncluded on proj/default:env/test:segment/*",
      ],
      [
        reader.secret,
        "the token's policy does not allow createSegment or updateIncluded on proj/default:env/test:segment/*",
      ],
      ["csg_not-a-real-secret", "no access token has this secret"],
    ];
    for (const [secret, message] of cases) {
      const result = await create(admin, { accessToken: secret });
      expect(result).toMatchObject({
        __typename: "InvalidInputError",
        problems: [{ field: "accessToken", message }],
      });
      expect(JSON.stringify(result)).not.toContain(secret);
    }
    // The production-only token is fine for production.
    const prod = await create(admin, {
      accessToken: otherEnv.secret,
      clientSideId: clientSideIds["default/production"]!,
    });
    expect(prod.__typename).toBe("MutationCreateDestinationSuccess");
  });

  it("validates the mapping and the context kind", async () => {
    for (const [input, field] of [
      [{ userKeyProperty: "" }, "userKeyProperty"],
      [{ userKeyProperty: "user_properties." }, "userKeyProperty"],
      [{ userKeyProperty: " padded" }, "userKeyProperty"],
      [{ contextKind: "multi" }, "contextKind"],
      [{ contextKind: "has space" }, "contextKind"],
      [{ name: "  " }, "name"],
    ] as const) {
      const result = await create(admin, input);
      expect(result).toMatchObject({ __typename: "InvalidInputError", problems: [{ field }] });
    }
    for (const userKeyProperty of ["user_id", "amplitude_id", "device_id", "plan", "user_properties.email"]) {
      const destination = await created(admin, { userKeyProperty, contextKind: "account" });
      expect(destination).toMatchObject({ userKeyProperty, contextKind: "account" });
    }
  });

  it("re-checks the token on demand and when asked by the sync engine, and takes a new token", async () => {
    const own = await token({ role: "WRITER" });
    const destination = await created(admin, { accessToken: own.secret });
    const ok = await admin.data(DestCheck, { id: destination.id });
    expect(ok.checkDestination).toMatchObject({ data: { status: "CONNECTED", statusReason: null } });

    await admin.data(DestRevokeToken, { id: own.token.id });
    const failed = await admin.data(DestCheck, { id: destination.id });
    expect(failed.checkDestination).toMatchObject({
      data: { status: "ERROR", statusReason: "the token has been revoked" },
    });
    const rawId = destination.resource.split("/").pop()!;
    const check = await checkDestination(app.database.db, rawId);
    expect(check).toMatchObject({ ok: false, reason: "the token has been revoked" });

    const bad = await admin.data(DestUpdate, { id: destination.id, input: { accessToken: own.secret } });
    expect(bad.updateDestination).toMatchObject({ __typename: "InvalidInputError" });
    const fixed = await admin.data(DestUpdate, {
      id: destination.id,
      input: {
        accessToken: writerSecret,
        name: "Renamed",
        userKeyProperty: "device_id",
        contextKind: "device",
      },
    });
    expect(fixed.updateDestination).toMatchObject({
      data: { name: "Renamed", userKeyProperty: "device_id", contextKind: "device", status: "CONNECTED" },
    });
    const invalid = await admin.data(DestUpdate, { id: destination.id, input: { userKeyProperty: "" } });
    expect(invalid.updateDestination.__typename).toBe("InvalidInputError");
    expect((await admin.data(DestOne, { id: destination.id })).destination?.name).toBe("Renamed");

    const writer = httpClient(app.url, writerSecret);
    expect((await writer.data(DestCheck, { id: destination.id })).checkDestination.__typename).toBe(
      "NotAllowedError",
    );
    expect((await admin.data(DestCheck, { id: "nope" })).checkDestination.__typename).toBe("NotFoundError");
  });

  it("refuses to delete a destination a cohort sync uses, naming the sync", async () => {
    const destination = await created(admin);
    const rawId = destination.resource.split("/").pop()!;
    const [cohort] = await app.database.db.insert(cohorts).values({ name: "c" }).returning();
    const [sync] = await app.database.db
      .insert(cohortSyncs)
      .values({ cohortId: cohort!.id, destinationId: rawId, frequency: "ONE_TIME", paused: true })
      .returning();
    const refused = await admin.data(DestDelete, { id: destination.id });
    expect(refused.deleteDestination).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    expect(refused.deleteDestination).toHaveProperty("message", expect.stringContaining(sync!.id));

    await app.database.db.delete(cohortSyncs).where(eq(cohortSyncs.id, sync!.id));
    const deleted = await admin.data(DestDelete, { id: destination.id });
    expect(deleted.deleteDestination).toEqual({
      __typename: "MutationDeleteDestinationSuccess",
      data: destination.id,
    });
    expect((await admin.data(DestOne, { id: destination.id })).destination).toBeNull();
    expect((await admin.data(DestDelete, { id: destination.id })).deleteDestination.__typename).toBe(
      "NotFoundError",
    );
  });

  it("lists only readable destinations, optionally by project and environment", async () => {
    const prod = await created(admin, {
      name: "zz prod",
      clientSideId: clientSideIds["default/production"]!,
    });
    const test = await created(admin, { name: "zz test" });
    const all = await admin.data(DestList, {});
    expect(all.destinations.map((d) => d.id)).toEqual(expect.arrayContaining([prod.id, test.id]));
    const names = all.destinations.map((d) => d.name);
    expect(names).toEqual([...names].sort());
    const onlyProd = await admin.data(DestList, { projectKey: "default", environmentKey: "production" });
    expect(onlyProd.destinations.every((d) => d.environmentKey === "production")).toBe(true);
    expect(onlyProd.destinations.map((d) => d.id)).toContain(prod.id);

    const prodReader = httpClient(
      app.url,
      (
        await token({
          policy: [{ effect: "ALLOW", actions: ["read"], resources: ["proj/default:env/production:*"] }],
        })
      ).secret,
    );
    const visible = await prodReader.data(DestList, {});
    expect(visible.destinations.map((d) => d.id)).toContain(prod.id);
    expect(visible.destinations.map((d) => d.id)).not.toContain(test.id);
    expect((await prodReader.data(DestOne, { id: test.id })).destination).toBeNull();
    expect((await prodReader.data(DestOne, { id: prod.id })).destination).toMatchObject({
      name: "zz prod",
      environment: { key: "production" },
    });
    expect((await admin.data(DestList, { projectKey: "no-such-project" })).destinations).toEqual([]);
  });
});
