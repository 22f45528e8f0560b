import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import { graphql } from "./generated/index.ts";
import { asAdmin, CreateProject, CreateToken, NodeById, RevokeToken, uid, Viewer } from "./support/access.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient, subscribe, take, wsClient } from "./support/client.ts";

const Activity = graphql(`
  subscription AccSecActivity {
    activity {
      action
      resource
      actorTokenId
      actorName
    }
  }
`);

// Every field AccessToken has, so that a hash or secret would show if any field carried one.
const TokenDetails = graphql(`
  query AccSecTokenDetails($id: ID!) {
    accessTokens(includeRevoked: true) {
      id
      name
      hint
      role
      resource
      active
      createdAt
      lastUsedAt
      revokedAt
      policy {
        effect
        actions
        notActions
        resources
        notResources
      }
    }
    node(id: $id) {
      ... on AccessToken {
        id
        name
        hint
      }
    }
    viewer {
      name
      role
      token {
        id
        hint
      }
      effectivePolicy {
        effect
        actions
        resources
      }
    }
  }
`);

const AccessTokenFields = graphql(`
  query AccSecAccessTokenFields {
    __type(name: "AccessToken") {
      fields {
        name
      }
    }
  }
`);

const MESSAGES = {
  missing: "Authentication required: send `Authorization: Bearer <access token>`",
  unknown: "The access token is not valid",
  revoked: "The access token has been revoked",
};

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** Log lines of the gateway, at debug level, through the real logger configuration. */
const logLines: string[] = [];
let app: TestApp;
let fx: ReturnType<typeof asAdmin>;
let revokedSecret: string;

beforeAll(async () => {
  const log = createLogger("debug", { write: (line: string) => void logLines.push(line) });
  app = await startTestApp({ log });
  fx = asAdmin(app);
  const revoked = await fx.mint({ role: "READER" });
  await fx.admin.data(RevokeToken, { id: revoked.id });
  revokedSecret = revoked.secret;
});
afterAll(async () => {
  await app?.close();
});

const refusals = () =>
  [
    { who: "no token", token: undefined, message: MESSAGES.missing },
    { who: "an unknown token", token: "csg_this-token-was-never-issued-000000", message: MESSAGES.unknown },
    { who: "a revoked token", token: revokedSecret, message: MESSAGES.revoked },
  ] as const;

describe("authentication", () => {
  it("refuses no, unknown and revoked tokens over HTTP with 401 and a message", async () => {
    for (const { token, message } of refusals()) {
      const result = await httpClient(app.url, token).request(Viewer);
      expect(result).toMatchObject({
        status: 401,
        errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }],
      });
      expect(result.data ?? null).toBeNull();
    }
  });

  it("refuses them for SSE subscriptions with 401", async () => {
    for (const { token, message } of refusals()) {
      const response = await fetch(app.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "text/event-stream",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: "subscription { activity { action } }" }),
      });
      expect(response.status).toBe(401);
      expect(await response.text()).toContain(message);
    }
  });

  it("closes WebSockets with 4403 for them", async () => {
    for (const { token } of refusals()) {
      const client = wsClient(app.url, token);
      try {
        await expect(take(subscribe(client, Activity), 1)).rejects.toMatchObject({ code: 4403 });
      } finally {
        await client.dispose();
      }
    }
  });

  it("refuses new subscriptions on an open WebSocket once its token is revoked", async () => {
    const { id, secret } = await fx.mint({ role: "READER" });
    const client = wsClient(app.url, secret);
    try {
      const first = take(subscribe(client, Activity), 1);
      await untilSettled(first, () =>
        fx.admin.data(CreateProject, { input: { key: `p-${uid()}`, name: "P" } }),
      );
      expect((await first)[0]?.data?.activity.action).toBe("createProject");
      await fx.admin.data(RevokeToken, { id });
      // Today the gateway answers by closing the socket (4500, reason = the message); any refusal naming
      // the revocation will do, as long as no event is delivered.
      expect(await refusalOf(take(subscribe(client, Activity), 1, 5000))).toBe(MESSAGES.revoked);
    } finally {
      await client.dispose();
    }
  });

  it("keeps health endpoints open", async () => {
    for (const path of ["/healthz", "/readyz"]) {
      expect((await fetch(`${app.origin}${path}`)).status).toBe(200);
      const withRevoked = await fetch(`${app.origin}${path}`, {
        headers: { authorization: `Bearer ${revokedSecret}` },
      });
      expect(withRevoked.status).toBe(200);
    }
  });
});

describe("secrets after creation", () => {
  it("never appear in a response, a log line or the database", async () => {
    const seen: string[] = [];
    const record = <T>(value: T): T => {
      seen.push(JSON.stringify(value));
      return value;
    };
    const linesBefore = logLines.length;

    // The one response that carries the secret: creation.
    const created = (await fx.admin.data(CreateToken, { input: { name: "leak-check", role: "READER" } }))
      .createAccessToken;
    if (created.__typename !== "MutationCreateAccessTokenSuccess") throw new Error(JSON.stringify(created));
    const { secret, token } = created.data;
    const hash = sha256(secret);
    expect(JSON.stringify(created)).not.toContain(hash);

    const self = httpClient(app.url, secret);
    record(await self.request(TokenDetails, { id: token.id }));
    record(await fx.admin.request(TokenDetails, { id: token.id }));
    record(await self.request(NodeById, { id: token.id }));
    record(await self.request(CreateProject, { input: { key: `p-${uid()}`, name: "Refused" } }));
    record(await self.request(CreateToken, { input: { name: "again", role: "ADMIN" } }));
    const invalid = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: "{ viewer { token { tokenHash secret } } }" }),
    });
    seen.push(await invalid.text());

    const client = wsClient(app.url, secret);
    try {
      const events = take(subscribe(client, Activity), 1);
      await untilSettled(events, () =>
        fx.admin.request(CreateToken, { input: { name: "x", role: "READER" } }),
      );
      record(await events);
      record(await fx.admin.request(RevokeToken, { id: token.id }));
      await expect(
        take(subscribe(client, Activity), 1, 5000).catch((e: unknown) => record(e)),
      ).resolves.toBeDefined();
    } finally {
      await client.dispose();
    }
    record(await self.request(Viewer));
    record(await fx.admin.request(TokenDetails, { id: token.id }));

    const rows = await app.database.rows<{ token_hash: string }>(
      sql`select * from access_tokens where name = 'leak-check'`,
    );
    expect(rows.map((r) => r.token_hash)).toEqual([hash]);
    expect(JSON.stringify(rows)).not.toContain(secret);

    const logs = logLines.slice(linesBefore).join("");
    expect(logs).toContain('"level":20');
    expect(seen.length).toBeGreaterThan(10);
    for (const text of [...seen, logs]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(hash);
      expect(text).not.toContain(app.adminToken);
      expect(text).not.toContain(sha256(app.adminToken));
    }
  });

  it("are scrubbed from log lines that would carry one", () => {
    const lines: string[] = [];
    const log = createLogger("debug", { write: (line: string) => void lines.push(line) });
    const secret = "csg_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    log.debug(
      { headers: { authorization: `Bearer ${secret}` }, row: { tokenHash: sha256(secret) } },
      "request",
    );
    log.error(new Error(`failed with ${secret}`), `message with ${secret}`);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(() => JSON.parse(line)).not.toThrow();
      expect(line).not.toContain(secret);
      expect(line).not.toContain(sha256(secret));
      expect(line).toContain("[redacted]");
    }
  });

  it("AccessToken has no field for the hash, and asking for one is refused", async () => {
    const fields = (await fx.admin.data(AccessTokenFields)).__type?.fields?.map((f) => f.name) ?? [];
    expect(fields).toContain("hint");
    expect(fields.filter((name) => /hash|secret|createdBy/i.test(name))).toEqual([]);
    const response = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${app.adminToken}` },
      body: JSON.stringify({ query: "{ accessTokens { id tokenHash } }" }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toBe('Cannot query field "tokenHash" on type "AccessToken".');
  });
});

/** What refused a subscription: a close reason, or the errors' messages. Fails if it delivered. */
async function refusalOf(delivery: Promise<unknown[]>): Promise<string> {
  const outcome = await delivery.then(
    (values) => ({ values }),
    (error: unknown) => ({ error }),
  );
  if ("values" in outcome) throw new Error(`expected a refusal, got ${JSON.stringify(outcome.values)}`);
  const { error } = outcome;
  if (Array.isArray(error)) return error.map((e: { message?: string }) => e.message).join("; ");
  return String((error as { reason?: unknown }).reason ?? error);
}

/** Repeats `action` until `delivered` settles, so a test never races subscription set-up. */
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
