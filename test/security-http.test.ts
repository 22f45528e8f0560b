import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { ConfigError, loadConfig } from "../src/config.ts";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient } from "./support/client.ts";

const SecHttpProjects = graphql(`
  query SecHttpProjects {
    projects {
      key
    }
  }
`);

const CREATE = (key: string) =>
  `mutation { createProject(input: { key: "${key}", name: "x" }) { __typename } }`;

/** A graphql-ws handshake with an Origin header; resolves with the HTTP status or "open". */
function handshake(app: TestApp, origin: string | undefined): Promise<number | "open"> {
  return new Promise((resolve) => {
    const socket = new WebSocket(app.url.replace(/^http/, "ws"), "graphql-transport-ws", {
      headers: origin ? { origin } : {},
    });
    socket.once("open", () => {
      socket.close();
      resolve("open");
    });
    socket.once("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once("error", () => {});
  });
}

describe("CSRF prevention and default CORS", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const keys = async () =>
    (await httpClient(app.url, app.adminToken).data(SecHttpProjects)).projects.map((p) => p.key);
  const auth = () => ({ authorization: `Bearer ${app.adminToken}` });

  it("refuses requests a browser could send cross-site without a preflight, and runs nothing", async () => {
    const before = await keys();
    // A plain GET (a link or an <img>), a form post, and a text/plain post.
    const get = await fetch(`${app.url}?query=${encodeURIComponent("{ viewer { name } }")}`, {
      headers: auth(),
    });
    expect(get.status).toBe(403);
    expect(await get.text()).toContain("Required CSRF header(s) not present");

    const formPost = await fetch(app.url, {
      method: "POST",
      headers: { ...auth(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: CREATE("csrf-form") }).toString(),
    });
    expect(formPost.status).toBe(403);

    const textPost = await fetch(app.url, {
      method: "POST",
      headers: { ...auth(), "content-type": "text/plain" },
      body: JSON.stringify({ query: CREATE("csrf-text") }),
    });
    expect(textPost.status).toBe(403);

    const form = new FormData();
    form.append("operations", JSON.stringify({ query: CREATE("csrf-multipart") }));
    form.append("map", "{}");
    const multipart = await fetch(app.url, { method: "POST", headers: auth(), body: form });
    expect(multipart.status).toBe(403);

    expect(await keys()).toEqual(before);
  });

  it("accepts them with a CSRF header, and JSON posts without one", async () => {
    const get = await fetch(`${app.url}?query=${encodeURIComponent("{ viewer { name } }")}`, {
      headers: { ...auth(), "x-graphql-yoga-csrf": "1" },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { viewer: { name: "ADMIN_TOKEN" } } });

    const form = new FormData();
    form.append("operations", JSON.stringify({ query: CREATE("csrf-ok") }));
    form.append("map", "{}");
    const multipart = await fetch(app.url, {
      method: "POST",
      headers: { ...auth(), "apollo-require-preflight": "true" },
      body: form,
    });
    expect(multipart.status).toBe(200);
    expect(await keys()).toContain("csrf-ok");
  });

  it("sends no CORS headers by default, so browsers allow same-origin pages only", async () => {
    const preflight = await fetch(app.url, {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const post = await fetch(app.url, {
      method: "POST",
      headers: { ...auth(), origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ viewer { name } }" }),
    });
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
    expect(post.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("refuses WebSocket handshakes from foreign pages, not from its own page or non-browser clients", async () => {
    expect(await handshake(app, "https://evil.example")).toBe(403);
    expect(await handshake(app, app.origin)).toBe("open");
    expect(await handshake(app, undefined)).toBe("open");
  });

  it("serves GraphiQL with its assets inline (no CDN), its subscriptions over SSE with its headers", async () => {
    const response = await fetch(app.url, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("<title>Cohort sync gateway</title>");
    expect(page).toContain("YogaGraphiQL.renderYogaGraphiQL");
    expect(page).toContain('"subscriptionsProtocol":"SSE"');
    // Every script and stylesheet is inline: nothing is loaded from another host.
    expect(page).not.toMatch(/<script[^>]+src=/i);
    expect(page).not.toMatch(/<link[^>]+rel="stylesheet"/i);
    expect(page).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
  });
});

describe("CORS_ORIGINS", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { CORS_ORIGINS: "https://app.example, https://admin.example:8443" } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("answers listed origins with exactly their origin and no credentials, others with nothing", async () => {
    for (const origin of ["https://app.example", "https://admin.example:8443"]) {
      const preflight = await fetch(app.url, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe(origin);
      expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");
      expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
      const post = await fetch(app.url, {
        method: "POST",
        headers: { origin, authorization: `Bearer ${app.adminToken}`, "content-type": "application/json" },
        body: JSON.stringify({ query: "{ viewer { name } }" }),
      });
      expect(post.headers.get("access-control-allow-origin")).toBe(origin);
      expect(post.headers.get("access-control-expose-headers")).toContain("x-request-id");
    }
    const other = await fetch(app.url, {
      method: "OPTIONS",
      headers: { origin: "https://app.example.evil", "access-control-request-method": "POST" },
    });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    expect(await handshake(app, "https://app.example")).toBe("open");
    expect(await handshake(app, "https://app.example.evil")).toBe(403);
  });

  it("is validated at start with a clear message", () => {
    for (const bad of ["app.example", "https://app.example/", "https://app.example/path"]) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS: ".+" is not an origin/);
    }
    expect(loadConfig({ CORS_ORIGINS: "*" }).CORS_ORIGINS).toEqual(["*"]);
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    // Every invalid variable is named at once.
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: "-1", GRAPHQL_MAX_DEPTH: "0" })).toThrow(
      /GRAPHQL_MAX_DEPTH: Too small.*\n.*RATE_LIMIT_PER_MINUTE: Too small/,
    );
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: "no" })).toThrow(/GRAPHQL_INTROSPECTION/);
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN: must be at least 16/);
  });
});

describe("GRAPHQL_INTROSPECTION=false", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { GRAPHQL_INTROSPECTION: "false" } });
  });
  afterAll(async () => {
    await app?.close();
  });

  const ask = async (query: string) => {
    const response = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${app.adminToken}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
  };

  it("refuses __schema and __type with INTROSPECTION_DISABLED, and keeps __typename", async () => {
    for (const query of [
      "{ __schema { types { name } } }",
      '{ __type(name: "AccessToken") { fields { name } } }',
    ]) {
      const result = await ask(query);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe("INTROSPECTION_DISABLED");
      expect(result.errors?.[0]?.message).toContain("Introspection is disabled");
    }
    expect(await ask("{ __typename viewer { __typename name } }")).toEqual({
      data: { __typename: "Query", viewer: { __typename: "Viewer", name: "ADMIN_TOKEN" } },
    });
  });

  it("does not suggest field names in errors", async () => {
    const result = await ask("{ viewer { nam } }");
    expect(result.errors?.[0]?.message).toMatch(/^Cannot query field "nam" on type "Viewer"/);
    expect(result.errors?.[0]?.message).not.toContain('"name"');
  });
});
