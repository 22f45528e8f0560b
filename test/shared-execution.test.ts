import type { ExecutionResult } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./generated/index.ts";
import { CreateToken } from "./support/access.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import { httpClient, subscribe, take, wsClient } from "./support/client.ts";
import { metric } from "./support/metrics.ts";
import { createCohortWith, syncFixture, waitForRun } from "./support/sync-fixtures.ts";

const SharedCreateSync = graphql(`
  mutation SharedCreateSync($input: CreateCohortSyncInput!) {
    createCohortSync(input: $input) {
      __typename
      ... on MutationCreateCohortSyncSuccess {
        data {
          id
          activeRun {
            id
          }
        }
      }
    }
  }
`);

const SharedRunNow = graphql(`
  mutation SharedRunNow($id: ID!) {
    runCohortSync(id: $id) {
      __typename
    }
  }
`);

// `run` reaches a field whose answer depends on who asks: the destination's writer token is visible
// to the admin and null for a token that may not read tokens.
const SharedEvents = graphql(`
  subscription SharedEvents($cohortSyncId: ID, $withRun: Boolean!) {
    syncEvents(cohortSyncId: $cohortSyncId) {
      __typename
      sequence
      run @include(if: $withRun) {
        cohortSync {
          destination {
            accessToken {
              name
            }
          }
        }
      }
    }
  }
`);

type Delivery = ExecutionResult<{
  syncEvents: {
    __typename: string;
    sequence: number;
    run?: { cohortSync: { destination: { accessToken: { name: string } | null } } };
  };
}>;

function sharedCount(app: TestApp): Promise<number> {
  return metric(app.origin, "cohort_sync_subscription_events_total", 'execution="shared"');
}

describe("shared execution of subscription events", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { SYNC_POLL_MS: "50" } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("executes an event once for identical subscriptions, and never hands one caller's result to another", async () => {
    const fixture = await syncFixture(app);
    const admin = httpClient(app.url, app.adminToken);
    const cohortId = await createCohortWith(app, "Shared", [
      { amplitudeId: "1", userId: "u1" },
      { amplitudeId: "2", userId: "u2" },
    ]);
    const created = (
      await admin.data(SharedCreateSync, {
        input: { cohortId, destinationId: fixture.destinationId, frequency: "ONE_TIME" },
      })
    ).createCohortSync;
    if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
    await waitForRun(app, created.data.activeRun!.id);

    const reader = (
      await admin.data(CreateToken, {
        input: {
          name: "reads syncs, not tokens",
          policy: [
            {
              effect: "ALLOW",
              actions: ["read"],
              resources: ["cohort/*", "cohort/*:sync/*", "proj/*:env/*:destination/*"],
            },
          ],
        },
      })
    ).createAccessToken;
    if (reader.__typename !== "MutationCreateAccessTokenSuccess") throw new Error(JSON.stringify(reader));

    const cohortSyncId = created.data.id;
    const clients = [
      wsClient(app.url, app.adminToken),
      wsClient(app.url, app.adminToken),
      wsClient(app.url, app.adminToken),
      wsClient(app.url, reader.data.secret),
    ];
    try {
      const [adminOne, adminTwo, adminWithoutRun, limited] = clients.map((client, i) =>
        subscribe(client, SharedEvents, { cohortSyncId, withRun: i !== 2 }),
      );
      // QUEUED, STARTED and at least one more: enough to see every subscriber receive the same events.
      const received = [adminOne, adminTwo, adminWithoutRun, limited].map(
        (events) => take(events!, 3, 15_000) as Promise<Delivery[]>,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const before = await sharedCount(app);
      await admin.data(SharedRunNow, { id: cohortSyncId });
      const [one, two, withoutRun, other] = await Promise.all(received);

      expect(one!.every((r) => !r.errors)).toBe(true);
      expect(one!.map((r) => r.data!.syncEvents.run?.cohortSync.destination.accessToken?.name)).toEqual([
        "destination writer",
        "destination writer",
        "destination writer",
      ]);
      // Slow consumers may see progress coalesced, so compare event by event where both got one.
      const bySequence = new Map(one!.map((r) => [r.data!.syncEvents.sequence, r]));
      for (const r of two!) {
        const same = bySequence.get(r.data!.syncEvents.sequence);
        if (same) expect(r).toEqual(same);
      }
      // Other variables: a result of its own, not the admin's.
      expect(withoutRun!.every((r) => !r.errors && r.data!.syncEvents.run === undefined)).toBe(true);
      // Another token: its own answer, without the admin's view of the writer token.
      expect(other!.every((r) => r.data!.syncEvents.run?.cohortSync.destination.accessToken === null)).toBe(
        true,
      );
      // The two identical admin subscriptions shared each event's execution.
      expect((await sharedCount(app)) - before).toBeGreaterThanOrEqual(3);
      await Promise.all([adminOne, adminTwo, adminWithoutRun, limited].map((events) => events!.return?.()));
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });
});
