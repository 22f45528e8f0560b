import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient, subscribe, take, wsClient } from "./support/client.ts";
import { TEST_DATABASE_URL } from "./support/database.ts";
import { metric } from "./support/metrics.ts";

const ActivitySubscription = graphql(`
  subscription BusActivity {
    activity {
      resource
    }
  }
`);

const CreateProjectMutation = graphql(`
  mutation BusCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
    }
  }
`);

describe.skipIf(!TEST_DATABASE_URL)("event bus on PostgreSQL", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("keeps delivering after every database connection is cut", async () => {
    const client = wsClient(app.url, app.adminToken);
    try {
      const events = subscribe(client, ActivitySubscription);
      // Cut only once the subscription is in place and no connection is still being opened: one
      // killed halfway through postgres.js's setup leaves a rejection nobody handles (the gateway's
      // main.ts logs those; a test runner counts them as errors).
      for (let i = 0; i < 100 && !(await metric(app.origin, "cohort_sync_active_subscriptions")); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Cut the gateway's connections, the LISTEN one included, as a database restart would.
      const killer = postgres(app.testDatabase.url!, { max: 1, onnotice: () => {} });
      await killer`select pg_terminate_backend(pid) from pg_stat_activity
                   where datname = current_database() and pid <> pg_backend_pid()`;
      await killer.end();

      const key = `after-cut-${randomBytes(3).toString("hex")}`;
      const received = take(events, 1, 20_000);
      let seen = false;
      received.then(
        () => {
          seen = true;
        },
        () => {},
      );
      // The pool reconnects on the next query; the listener re-subscribes on its own.
      for (let i = 0; i < 40 && !seen; i++) {
        await httpClient(app.url, app.adminToken).request(CreateProjectMutation, {
          input: { key: `${key}-${i}`, name: key },
        });
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const [event] = await received;
      expect(event?.data?.activity.resource).toMatch(new RegExp(`^proj/${key}-\\d+$`));
      const ready = await fetch(`${app.origin}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      await client.dispose();
    }
  });
});
