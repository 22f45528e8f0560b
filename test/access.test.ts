import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_IN_ROLE_POLICIES } from "../src/domain/policy.ts";
import type { CreateAccessTokenInput, PolicyStatementInput, Role } from "./generated/graphql.ts";
import {
  asAdmin,
  type Client,
  CreateEnvironment,
  CreateProject,
  CreateToken,
  DeleteEnvironment,
  DeleteProject,
  type Outcome,
  RevokeToken,
  ROLES,
  Tokens,
  UpdateEnvironment,
  UpdateProject,
  uid,
  Viewer,
} from "./support/access.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient } from "./support/client.ts";
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from "./support/database.ts";

let app: TestApp;
let fx: ReturnType<typeof asAdmin>;

beforeAll(async () => {
  app = await startTestApp();
  fx = asAdmin(app);
});
afterAll(async () => {
  await app?.close();
});

interface MutationCase {
  mutation: string;
  /** Built-in roles that may call it; every other role gets NotAllowedError and nothing changes. */
  allowed: readonly Role[];
  /** Creates what the call needs (as admin) and returns the call plus a probe of its effect. */
  arrange(): Promise<{ act(client: Client): Promise<Outcome>; tookEffect(): Promise<boolean> }>;
}

// One row per mutation. Domains that add mutations add rows here.
const MUTATIONS: MutationCase[] = [
  {
    mutation: "createProject",
    allowed: ["ADMIN"],
    arrange: async () => {
      const key = `p-${uid()}`;
      return {
        act: async (c) => (await c.data(CreateProject, { input: { key, name: "New" } })).createProject,
        tookEffect: async () => (await fx.projectOf(key)) !== undefined,
      };
    },
  },
  {
    mutation: "updateProject",
    allowed: ["ADMIN"],
    arrange: async () => {
      const key = await fx.newProject();
      return {
        act: async (c) => (await c.data(UpdateProject, { key, name: "After" })).updateProject,
        tookEffect: async () => (await fx.projectOf(key))?.name === "After",
      };
    },
  },
  {
    mutation: "deleteProject",
    allowed: ["ADMIN"],
    arrange: async () => {
      const key = await fx.newProject();
      return {
        act: async (c) => (await c.data(DeleteProject, { key })).deleteProject,
        tookEffect: async () => (await fx.projectOf(key)) === undefined,
      };
    },
  },
  {
    mutation: "createEnvironment",
    allowed: ["ADMIN"],
    arrange: async () => {
      const projectKey = await fx.newProject();
      return {
        act: async (c) => (await c.data(CreateEnvironment, { projectKey, key: "extra" })).createEnvironment,
        tookEffect: async () =>
          (await fx.projectOf(projectKey))?.environments.some((e) => e.key === "extra") ?? false,
      };
    },
  },
  {
    mutation: "updateEnvironment",
    allowed: ["ADMIN"],
    arrange: async () => {
      const projectKey = await fx.newProject();
      return {
        act: async (c) =>
          (await c.data(UpdateEnvironment, { projectKey, key: "stage", name: "After" })).updateEnvironment,
        tookEffect: async () => (await fx.projectOf(projectKey))?.environments[0]?.name === "After",
      };
    },
  },
  {
    mutation: "deleteEnvironment",
    allowed: ["ADMIN"],
    arrange: async () => {
      const projectKey = await fx.newProject();
      return {
        act: async (c) => (await c.data(DeleteEnvironment, { projectKey, key: "stage" })).deleteEnvironment,
        tookEffect: async () => (await fx.projectOf(projectKey))?.environments.length === 0,
      };
    },
  },
  {
    mutation: "createAccessToken",
    allowed: ["ADMIN"],
    arrange: async () => {
      const name = `new-${uid()}`;
      return {
        act: async (c) => (await c.data(CreateToken, { input: { name, role: "READER" } })).createAccessToken,
        tookEffect: async () => (await fx.admin.data(Tokens)).accessTokens.some((t) => t.name === name),
      };
    },
  },
  {
    mutation: "revokeAccessToken",
    allowed: ["ADMIN"],
    arrange: async () => {
      const { id } = await fx.mint({ role: "READER" });
      return {
        act: async (c) => (await c.data(RevokeToken, { id })).revokeAccessToken,
        tookEffect: async () => (await fx.tokenActive(id)) === false,
      };
    },
  },
];

const successName = (mutation: string) => `Mutation${mutation[0]!.toUpperCase()}${mutation.slice(1)}Success`;

describe("built-in roles: which mutations each may call", () => {
  const clients = new Map<Role, Client>();
  beforeAll(async () => {
    for (const role of ROLES) clients.set(role, httpClient(app.url, (await fx.mint({ role })).secret));
  });

  it.each(ROLES)("viewer shows %s and exactly its statements", async (role) => {
    const { viewer } = await clients.get(role)!.data(Viewer);
    expect(viewer.role).toBe(role);
    expect(viewer.effectivePolicy).toHaveLength(BUILT_IN_ROLE_POLICIES[role].length);
    expect(viewer.effectivePolicy.map((s) => [s.effect, s.actions, s.resources])).toEqual(
      BUILT_IN_ROLE_POLICIES[role].map((s) => [s.effect.toUpperCase(), s.actions, s.resources]),
    );
  });

  const rows = MUTATIONS.flatMap((m) => ROLES.map((role) => ({ ...m, role, may: m.allowed.includes(role) })));
  it.each(rows)("$role $mutation: allowed=$may", async ({ arrange, role, may, mutation }) => {
    const { act, tookEffect } = await arrange();
    const outcome = await act(clients.get(role)!);
    if (may) {
      expect(outcome.__typename).toBe(successName(mutation));
      expect(await tookEffect()).toBe(true);
    } else {
      expect(outcome).toMatchObject({ __typename: "NotAllowedError", code: "NOT_ALLOWED" });
      expect(await tookEffect()).toBe(false);
    }
  });
});

describe("revoking", () => {
  it("lets any token revoke itself, which ends its access", async () => {
    const { id, secret } = await fx.mint({ role: "READER" });
    const self = httpClient(app.url, secret);
    expect((await self.data(RevokeToken, { id })).revokeAccessToken).toMatchObject({
      data: { id, active: false },
    });
    const after = await self.request(Viewer);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.message).toBe("The access token has been revoked");
  });

  it("shows the revoked token to a caller that may revoke but not read tokens", async () => {
    const revoker = await fx.mint({
      policy: [{ effect: "ALLOW", actions: ["revokeAccessToken"], resources: ["token/*"] }],
    });
    const { id } = await fx.mint({ role: "READER" });
    const result = (await httpClient(app.url, revoker.secret).data(RevokeToken, { id })).revokeAccessToken;
    expect(result).toMatchObject({ data: { id, active: false } });
    expect(await fx.tokenActive(id)).toBe(false);
  });

  it("answers NotFoundError for an unknown token id", async () => {
    for (const id of ["not-an-id", "00000000-0000-4000-8000-000000000000"]) {
      expect((await fx.admin.data(RevokeToken, { id })).revokeAccessToken).toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });
});

describe("malformed policies", () => {
  const invalid = async (input: CreateAccessTokenInput) => {
    const result = (await fx.admin.data(CreateToken, { input })).createAccessToken;
    expect((await fx.admin.data(Tokens)).accessTokens.some((t) => t.name === input.name)).toBe(false);
    return result;
  };

  it("are refused with InvalidPolicyError naming each statement and field, and nothing is created", async () => {
    const policy: PolicyStatementInput[] = [
      { effect: "ALLOW", actions: ["read"], notActions: ["read"], resources: ["*"] },
      { effect: "ALLOW", actions: ["fly"], resources: ["proj/"] },
      { effect: "DENY", actions: ["read"] },
      { effect: "ALLOW", actions: ["read"], notResources: [] },
      { effect: "ALLOW", actions: Array.from({ length: 51 }, () => "read"), resources: ["*"] },
      { effect: "ALLOW", actions: ["read"], resources: ["*"] },
    ];
    const result = await invalid({ name: `bad-${uid()}`, policy });
    expect(result).toMatchObject({ __typename: "InvalidPolicyError", code: "INVALID_POLICY" });
    const problems = result.__typename === "InvalidPolicyError" ? result.problems : [];
    expect(problems.map((p) => [p.statement, p.field])).toEqual([
      [0, "actions"],
      [1, "actions"],
      [1, "resources"],
      [2, "resources"],
      [3, "notResources"],
      [4, "actions"],
    ]);
    for (const p of problems) expect(p.message).toMatch(new RegExp(`^statement ${p.statement}: `));
    expect(problems[1]?.message).toContain('"fly" is not a known action');
    expect(problems[5]?.message).toBe("statement 4: actions has 51 entries; at most 50 are allowed");
  });

  it("refuses an empty policy as a whole", async () => {
    const result = await invalid({ name: `bad-${uid()}`, policy: [] });
    expect(result.__typename === "InvalidPolicyError" && result.problems).toEqual([
      { statement: -1, field: "statement", message: "policy must contain at least one statement" },
    ]);
  });

  it("needs exactly one of role and policy", async () => {
    const policy: PolicyStatementInput[] = [{ effect: "ALLOW", actions: ["read"], resources: ["*"] }];
    for (const input of [
      { name: `bad-${uid()}` },
      { name: `bad-${uid()}`, role: "READER" as const, policy },
    ]) {
      expect(await invalid(input)).toMatchObject({ code: "INVALID_INPUT", problems: [{ field: "role" }] });
    }
  });
});

describe("first start and ADMIN_TOKEN", () => {
  it("creates one admin token when there is no way in, and makes ADMIN_TOKEN active at every start", async () => {
    const testDatabase = await persistentDatabase();
    const start = async <T>(adminToken: string, check: (started: TestApp) => Promise<T>): Promise<T> => {
      const started = await startTestApp({ testDatabase, env: { ADMIN_TOKEN: adminToken } });
      try {
        return await check(started);
      } finally {
        await started.close();
      }
    };
    try {
      const firstSecret = await start("", async (started) => {
        expect(started.firstAdminSecret).toMatch(/^csg_/);
        const { viewer } = await httpClient(started.url, started.firstAdminSecret!).data(Viewer);
        expect(viewer).toMatchObject({ name: "first admin", role: "ADMIN" });
        return started.firstAdminSecret!;
      });
      await start("", async (started) => {
        expect(started.firstAdminSecret).toBeNull();
        expect((await httpClient(started.url, firstSecret).data(Tokens)).accessTokens).toHaveLength(1);
      });
      const adminToken = `fixed-admin-token-${uid()}`;
      await start(adminToken, async (started) => {
        const client = httpClient(started.url, adminToken);
        const { viewer } = await client.data(Viewer);
        expect(viewer).toMatchObject({ name: "ADMIN_TOKEN", role: "ADMIN" });
        await client.data(RevokeToken, { id: viewer.token.id });
        expect((await client.request(Viewer)).status).toBe(401);
      });
      await start(adminToken, async (started) => {
        expect(started.firstAdminSecret).toBeNull();
        expect((await httpClient(started.url, adminToken).data(Viewer)).viewer.role).toBe("ADMIN");
      });
    } finally {
      await testDatabase.drop();
    }
  });
});

/** A database that outlives one gateway start: PostgreSQL when configured, else PGlite in a directory. */
async function persistentDatabase(): Promise<TestDatabase> {
  if (TEST_DATABASE_URL) return createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), "csg-access-"));
  return { url: undefined, dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}
