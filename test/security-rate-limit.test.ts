import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimiter } from "../src/http/rate-limit.ts";
import { graphql } from "./generated/index.ts";
import { asAdmin, uid } from "./support/access.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient, subscribe, take, wsClient } from "./support/client.ts";

const SecRateViewer = graphql(`
  query SecRateViewer {
    viewer {
      name
    }
  }
`);

const SecRateActivity = graphql(`
  subscription SecRateActivity {
    activity {
      action
      resource
    }
  }
`);

const SecRateCreateProject = graphql(`
  mutation SecRateCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
    }
  }
`);

describe("RateLimiter (token bucket)", () => {
  it("allows a burst of perMinute, then one more each 60/perMinute seconds, per key", () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take("a")).toEqual({ ok: true });
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("b")).toEqual({ ok: true });
    now += 999;
    expect(limiter.take("a").ok).toBe(false);
    now += 1;
    expect(limiter.take("a")).toEqual({ ok: true });
    expect(limiter.take("a").ok).toBe(false);
    now += 60_000;
    for (let i = 0; i < 60; i++) expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
  });

  it("says how long to wait at slow rates, and does nothing when off", () => {
    let now = 0;
    const slow = new RateLimiter(2, () => now);
    slow.take("a");
    slow.take("a");
    expect(slow.take("a")).toEqual({ ok: false, retryAfterSeconds: 30 });
    now += 10_000;
    expect(slow.take("a")).toEqual({ ok: false, retryAfterSeconds: 20 });
    const off = new RateLimiter(0);
    for (let i = 0; i < 10_000; i++) expect(off.take("a").ok).toBe(true);
  });
});

describe("RATE_LIMIT_PER_MINUTE", () => {
  const LIMIT = 10;
  let app: TestApp;
  let fx: ReturnType<typeof asAdmin>;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
    fx = asAdmin(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("answers 429 with Retry-After and RATE_LIMITED once a token used its budget, per token", async () => {
    const [a, b] = [await fx.mint({ role: "READER" }), await fx.mint({ role: "READER" })];
    const clientA = httpClient(app.url, a.secret);
    for (let i = 0; i < LIMIT; i++) expect((await clientA.request(SecRateViewer)).status).toBe(200);

    const response = await fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${a.secret}` },
      body: JSON.stringify({ query: "{ viewer { name } }" }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const body = (await response.json()) as { data?: unknown; errors: Array<Record<string, unknown>> };
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0]).toMatchObject({
      message: expect.stringContaining(`may make ${LIMIT} requests a minute`),
      extensions: { code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) },
    });

    // SSE subscriptions count as one request each and are refused the same way.
    const sse = await fetch(app.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        authorization: `Bearer ${a.secret}`,
      },
      body: JSON.stringify({ query: "subscription { activity { action } }" }),
    });
    expect(sse.status).toBe(429);
    expect(sse.headers.get("retry-after")).not.toBeNull();
    await sse.body?.cancel();

    // Another token has its own budget; health, readiness and metrics are not limited at all.
    expect((await httpClient(app.url, b.secret).request(SecRateViewer)).status).toBe(200);
    for (const path of ["/healthz", "/readyz", "/metrics"]) {
      for (let i = 0; i < LIMIT + 2; i++) {
        const probe = await fetch(`${app.origin}${path}`, {
          headers: { authorization: `Bearer ${a.secret}` },
        });
        expect(probe.status).toBe(200);
        await probe.arrayBuffer();
      }
    }
  });

  it("does not count subscription events, and refuses only the new operation on an open socket", async () => {
    const subscriber = await fx.mint({ role: "READER" });
    // Two publishers, so more events can be made than one token's budget.
    const publishers = [await fx.mint({ role: "ADMIN" }), await fx.mint({ role: "ADMIN" })];
    const prefix = `rl-${uid()}`;
    let published = 0;
    const publish = (key = `${prefix}-${published}`) => {
      const publisher = publishers[Math.min(1, Math.floor(published++ / LIMIT))]!;
      return httpClient(app.url, publisher.secret).data(SecRateCreateProject, { input: { key, name: "x" } });
    };
    const client = wsClient(app.url, subscriber.secret);
    try {
      const events = subscribe(client, SecRateActivity);
      const live = take(events, 1);
      await untilSettled(live, () => publish());
      await live;

      // More events than the subscriber's whole budget arrive on the one subscription.
      const lastKey = `${prefix}-last`;
      for (let i = 0; i < LIMIT; i++) await publish();
      await publish(lastKey);
      const seen = await readUntil(events, (e) => e.data?.activity.resource === `proj/${lastKey}`);
      expect(seen).toBeGreaterThan(LIMIT);

      // Spend the subscriber's budget, then a new operation on the same socket is refused...
      const reader = httpClient(app.url, subscriber.secret);
      for (let i = 0; i <= LIMIT && (await reader.request(SecRateViewer)).status !== 429; i++);
      expect((await reader.request(SecRateViewer)).status).toBe(429);
      const refused = await client
        .iterate({ query: "subscription { activity { action } }" })
        .next()
        .then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
      expect(refused).toMatchObject({ error: [{ extensions: { code: "RATE_LIMITED" } }] });

      // ...while the socket and the subscription already running stay open and keep delivering.
      const afterKey = `${prefix}-after`;
      await publish(afterKey);
      await readUntil(events, (e) => e.data?.activity.resource === `proj/${afterKey}`);
    } finally {
      await client.dispose();
    }
  });
});

/** Reads events until one matches; returns how many were read. Fails after `timeoutMs`. */
async function readUntil<T>(events: AsyncIterable<T>, match: (event: T) => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (let count = 1; ; count++) {
    const [event] = await take(events, 1, Math.max(1, deadline - Date.now()));
    if (event === undefined) throw new Error("the subscription ended");
    if (match(event)) return count;
  }
}

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
  for (let i = 0; i < 5 && !settled; i++) {
    await action();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
