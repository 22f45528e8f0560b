import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_IN_ROLE_POLICIES, type PolicyStatement } from "../src/domain/policy.ts";
import { grantRefusal } from "../src/domain/tokens.ts";
import type { PolicyStatementInput, Role } from "./generated/graphql.ts";
import {
  asAdmin,
  type Client,
  CreateEnvironment,
  CreateProject,
  CreateToken,
  DeleteEnvironment,
  NodeById,
  ProjectByKey,
  Projects,
  ROLES,
  Tokens,
  UpdateEnvironment,
  uid,
  Viewer,
} from "./support/access.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient } from "./support/client.ts";

let app: TestApp;
let fx: ReturnType<typeof asAdmin>;

beforeAll(async () => {
  app = await startTestApp();
  fx = asAdmin(app);
});
afterAll(async () => {
  await app?.close();
});

describe("custom role: createSegment and updateIncluded on proj/*:env/*:segment/*", () => {
  const policy: PolicyStatementInput[] = [
    { effect: "ALLOW", actions: ["createSegment", "updateIncluded"], resources: ["proj/*:env/*:segment/*"] },
  ];
  let token: { id: string; secret: string };
  let client: Client;
  beforeAll(async () => {
    token = await fx.mint({ policy });
    client = httpClient(app.url, token.secret);
  });

  it("queries viewer and may write segment membership, nothing else", async () => {
    const { viewer } = await client.data(Viewer);
    expect(viewer).toMatchObject({
      role: null,
      token: { id: token.id },
      effectivePolicy: [
        {
          effect: "ALLOW",
          actions: ["createSegment", "updateIncluded"],
          resources: ["proj/*:env/*:segment/*"],
        },
      ],
      segmentCreate: true,
      segmentInclude: true,
      segmentRules: false,
      productionRead: false,
      projectCreate: false,
    });
  });

  it("cannot create projects, environments or tokens, and nothing changes", async () => {
    const before = await fx.admin.data(Projects);
    const tokensBefore = (await fx.admin.data(Tokens)).accessTokens.length;
    const key = `p-${uid()}`;
    const refused = [
      (await client.data(CreateProject, { input: { key, name: "X" } })).createProject,
      (await client.data(CreateEnvironment, { projectKey: "default", key })).createEnvironment,
      (await client.data(CreateToken, { input: { name: key, policy } })).createAccessToken,
    ];
    for (const outcome of refused)
      expect(outcome).toMatchObject({ __typename: "NotAllowedError", code: "NOT_ALLOWED" });
    expect(await fx.admin.data(Projects)).toEqual(before);
    expect((await fx.admin.data(Tokens)).accessTokens).toHaveLength(tokensBefore);
  });

  it("sees no projects and no token but its own", async () => {
    expect((await client.data(Projects)).projects).toEqual([]);
    expect((await client.data(ProjectByKey, { key: "default" })).project).toBeNull();
    expect((await client.data(Tokens)).accessTokens.map((t) => t.id)).toEqual([token.id]);
    const adminId = (await fx.admin.data(Viewer)).viewer.token.id;
    const node = await client.request(NodeById, { id: adminId });
    expect(node.data?.node ?? null).toBeNull();
    for (const error of node.errors ?? []) expect(error.extensions?.code).toBe("NOT_ALLOWED");
  });
});

describe.each([
  ["read", ["read"]],
  ["*", ["*"]],
])("custom role: %s on proj/default:env/test:*", (_label, actions) => {
  let client: Client;
  beforeAll(async () => {
    client = httpClient(
      app.url,
      (await fx.mint({ policy: [{ effect: "ALLOW", actions, resources: ["proj/default:env/test:*"] }] }))
        .secret,
    );
  });

  it("sees default with only its test environment", async () => {
    expect((await client.data(Projects)).projects).toEqual([
      { key: "default", name: "Default", environments: [expect.objectContaining({ key: "test" })] },
    ]);
    expect((await client.data(ProjectByKey, { key: "default" })).project?.environments).toEqual([
      { key: "test" },
    ]);
    const production = (await fx.projectOf("default"))?.environments.find((e) => e.key === "production");
    const node = await client.request(NodeById, { id: production!.id });
    expect(node.data?.node ?? null).toBeNull();
    for (const error of node.errors ?? []) expect(error.extensions?.code).toBe("NOT_ALLOWED");
    expect(JSON.stringify(node)).not.toContain(`"production"`);
  });

  it("cannot create, rename or delete production", async () => {
    const outcomes = [
      (await client.data(CreateEnvironment, { projectKey: "default", key: "production" })).createEnvironment,
      (await client.data(UpdateEnvironment, { projectKey: "default", key: "production", name: "Hacked" }))
        .updateEnvironment,
      (await client.data(DeleteEnvironment, { projectKey: "default", key: "production" })).deleteEnvironment,
    ];
    for (const outcome of outcomes)
      expect(outcome).toMatchObject({ __typename: "NotAllowedError", code: "NOT_ALLOWED" });
    const production = (await fx.projectOf("default"))?.environments.find((e) => e.key === "production");
    expect(production?.name).toBe("Production");
  });
});

describe("no privilege escalation through createAccessToken", () => {
  const SEGMENT_WRITER: PolicyStatementInput[] = [
    { effect: "ALLOW", actions: ["createSegment", "updateIncluded"], resources: ["proj/*:env/*:segment/*"] },
  ];
  const allow = (actions: string[], resources: string[]): PolicyStatementInput => ({
    effect: "ALLOW",
    actions,
    resources,
  });
  type Request = { role: Role } | { policy: PolicyStatementInput[] };

  // Each caller, then what it asks for and whether it gets it.
  const CASES: Array<[string, PolicyStatementInput[], Array<[string, Request, boolean]>]> = [
    [
      "reader that may create tokens",
      [allow(["createAccessToken"], ["token/*"]), allow(["read"], ["*"])],
      [
        ["ADMIN", { role: "ADMIN" }, false],
        ["WRITER", { role: "WRITER" }, false],
        ["READER", { role: "READER" }, true],
        ["read on one project", { policy: [allow(["read"], ["proj/default:*"])] }, true],
        ["its own createAccessToken", { policy: [allow(["createAccessToken"], ["token/*"])] }, true],
        ["* on one project", { policy: [allow(["*"], ["proj/default:*"])] }, false],
        [
          "read with notResources",
          { policy: [{ effect: "ALLOW", actions: ["read"], notResources: ["token/*"] }] },
          true,
        ],
        [
          "notActions",
          { policy: [{ effect: "ALLOW", notActions: ["createProject"], resources: ["*"] }] },
          false,
        ],
        [
          "read plus a deny",
          { policy: [allow(["read"], ["*"]), { effect: "DENY", actions: ["read"], resources: ["token/*"] }] },
          true,
        ],
      ],
    ],
    [
      "segment-token minter without read",
      [allow(["createAccessToken"], ["token/*"]), ...SEGMENT_WRITER],
      [
        ["the segment-writer policy", { policy: SEGMENT_WRITER }, true],
        [
          "one environment's segments",
          { policy: [allow(["createSegment"], ["proj/default:env/test:segment/*"])] },
          true,
        ],
        ["everything in environments", { policy: [allow(["createSegment"], ["proj/*:env/*:*"])] }, false],
        ["update* on segments", { policy: [allow(["update*"], ["proj/*:env/*:segment/*"])] }, false],
        ["READER", { role: "READER" }, false],
      ],
    ],
    [
      "admin denied production",
      [allow(["*"], ["*"]), { effect: "DENY", actions: ["*"], resources: ["proj/default:env/production*"] }],
      [
        ["ADMIN", { role: "ADMIN" }, false],
        ["READER", { role: "READER" }, false],
        ["read on test", { policy: [allow(["read"], ["proj/default:env/test:*"])] }, true],
        ["read on prod*", { policy: [allow(["read"], ["proj/default:env/prod*"])] }, false],
      ],
    ],
  ];

  describe.each(CASES)("caller: %s", (_caller, callerPolicy, requests) => {
    let client: Client;
    beforeAll(async () => {
      client = httpClient(app.url, (await fx.mint({ policy: callerPolicy })).secret);
    });

    const rows = requests.map(([label, request, granted]) => ({ label, request, granted }));
    it.each(rows)("asks for $label: granted=$granted", async ({ request, granted }) => {
      const name = `esc-${uid()}`;
      const result = (await client.data(CreateToken, { input: { name, ...request } })).createAccessToken;
      if (granted) {
        // The creator sees the new token's metadata even when it may not read tokens.
        expect(result).toMatchObject({
          __typename: "MutationCreateAccessTokenSuccess",
          data: { token: { name } },
        });
      } else {
        expect(result).toMatchObject({ __typename: "NotAllowedError", code: "NOT_ALLOWED" });
        expect(result.__typename === "NotAllowedError" && result.message).toMatch(
          /^A token can only be given what its creator may do: (role|statement)/,
        );
        expect((await fx.admin.data(Tokens)).accessTokens.some((t) => t.name === name)).toBe(false);
      }
    });
  });

  it("lets ADMIN create any role", async () => {
    for (const role of ROLES) await fx.mint({ role });
  });

  it("explains which entry failed", async () => {
    const client = httpClient(
      app.url,
      (await fx.mint({ policy: [allow(["createAccessToken"], ["token/*"]), allow(["read"], ["*"])] })).secret,
    );
    const result = (await client.data(CreateToken, { input: { name: "x", role: "WRITER" } }))
      .createAccessToken;
    expect(result.__typename === "NotAllowedError" && result.message).toBe(
      'A token can only be given what its creator may do: role WRITER allows "createSegment" on "proj/*:env/*:segment/*", which your token is not allowed in full',
    );
  });
});

describe("grantRefusal (the rule as data)", () => {
  const allow = (actions: string[], resources: string[]): PolicyStatement => ({
    effect: "allow",
    actions,
    resources,
  });
  const deny = (actions: string[], resources: string[]): PolicyStatement => ({
    effect: "deny",
    actions,
    resources,
  });
  const ADMIN = [...BUILT_IN_ROLE_POLICIES.ADMIN];

  it.each<[string, PolicyStatement[], PolicyStatement[], boolean]>([
    ["admin grants anything", ADMIN, [allow(["*"], ["*"])], true],
    ["a narrower glob", [allow(["read"], ["proj/*"])], [allow(["read"], ["proj/default:env/*"])], true],
    ["a wider glob", [allow(["read"], ["proj/default:*"])], [allow(["read"], ["proj/*"])], false],
    ["a different project", [allow(["read"], ["proj/a:*"])], [allow(["read"], ["proj/b:*"])], false],
    [
      "a deny that cannot meet",
      [allow(["read"], ["*"]), deny(["read"], ["proj/a*"])],
      [allow(["read"], ["proj/b*"])],
      true,
    ],
    [
      "a deny that can meet",
      [allow(["read"], ["*"]), deny(["read"], ["proj/a*"])],
      [allow(["read"], ["proj/*b"])],
      false,
    ],
    [
      "a deny on another action",
      [allow(["*"], ["*"]), deny(["createProject"], ["*"])],
      [allow(["read"], ["*"])],
      true,
    ],
    [
      "a deny by notResources, outside",
      [allow(["read"], ["*"]), { effect: "deny", actions: ["read"], notResources: ["proj/*"] }],
      [allow(["read"], ["proj/x"])],
      true,
    ],
    [
      "a deny by notResources, inside",
      [allow(["read"], ["*"]), { effect: "deny", actions: ["read"], notResources: ["proj/*"] }],
      [allow(["read"], ["cohort/x"])],
      false,
    ],
    [
      "allow by notResources, outside",
      [{ effect: "allow", actions: ["read"], notResources: ["token/*"] }],
      [allow(["read"], ["proj/*"])],
      true,
    ],
    [
      "allow by notResources, overlapping",
      [{ effect: "allow", actions: ["read"], notResources: ["token/*"] }],
      [allow(["read"], ["*"])],
      false,
    ],
    [
      "allow by notActions, outside",
      [{ effect: "allow", notActions: ["createProject"], resources: ["*"] }],
      [allow(["read"], ["*"])],
      true,
    ],
    [
      "allow by notActions, everything",
      [{ effect: "allow", notActions: ["createProject"], resources: ["*"] }],
      [allow(["*"], ["*"])],
      false,
    ],
    [
      "action glob within a glob",
      [allow(["update*"], ["*"])],
      [allow(["updateName", "updateT*"], ["*"])],
      true,
    ],
    ["action glob beyond a glob", [allow(["update*"], ["*"])], [allow(["upd*"], ["*"])], false],
    [
      "requested denies need nothing",
      [allow(["read"], ["*"])],
      [allow(["read"], ["*"]), deny(["*"], ["*"])],
      true,
    ],
    [
      "every pair must be covered",
      [allow(["read"], ["proj/*"]), allow(["createSegment"], ["proj/*:env/*:segment/*"])],
      [allow(["read", "createSegment"], ["proj/*"])],
      false,
    ],
  ])("%s", (_label, grantor, requested, granted) => {
    expect(grantRefusal(grantor, null, requested) === null).toBe(granted);
  });

  it.each<[string, PolicyStatement[], Role, boolean]>([
    ["ADMIN grants WRITER", ADMIN, "WRITER", true],
    ["MANAGER grants WRITER", [...BUILT_IN_ROLE_POLICIES.MANAGER], "WRITER", true],
    ["WRITER grants MANAGER", [...BUILT_IN_ROLE_POLICIES.WRITER], "MANAGER", false],
    ["MANAGER grants ADMIN", [...BUILT_IN_ROLE_POLICIES.MANAGER], "ADMIN", false],
  ])("%s: %s", (_label, grantor, role, granted) => {
    expect(grantRefusal(grantor, role, []) === null).toBe(granted);
  });
  it("refuses, rather than runs long, when the check would be too costly", () => {
    const denyHeavy = (i: number): PolicyStatement => ({
      effect: "deny",
      actions: ["*"],
      resources: Array.from({ length: 50 }, (_, k) => `${"*a".repeat(255)}b${i}-${k}`),
    });
    const grantor = [allow(["*"], ["*"]), ...Array.from({ length: 100 }, (_, i) => denyHeavy(i))];
    const requested = Array.from({ length: 100 }, (_, s) =>
      allow(
        ["read"],
        Array.from({ length: 50 }, (_, i) => `${s}-${i}-${"a".repeat(500)}`),
      ),
    );
    const started = performance.now();
    expect(grantRefusal(grantor, null, requested)).toMatch(/too large to check/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
