import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/client.ts";
import { graphql } from "./generated/index.ts";
import { startTestApp, type TestApp } from "./support/app.ts";
import {
  addMembers,
  createCohortWith,
  type Member,
  removeMembers,
  syncFixture,
  waitForRun,
} from "./support/sync-fixtures.ts";

const CreateSync = graphql(`
  mutation SyncCreate($input: CreateCohortSyncInput!) {
    createCohortSync(input: $input) {
      __typename
      ... on MutationCreateCohortSyncSuccess {
        data {
          id
          frequency
          nextRunAt
          activeRun {
            id
            trigger
          }
          segment {
            key
            name
            kind
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

const RunSync = graphql(`
  mutation SyncRunNow($id: ID!) {
    runCohortSync(id: $id) {
      __typename
      ... on MutationRunCohortSyncSuccess {
        data {
          id
          status
          trigger
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const SyncSegment = graphql(`
  query SyncSegment($id: ID!) {
    cohortSync(id: $id) {
      frequency
      paused
      runs(first: 10) {
        totalCount
        nodes {
          id
          status
          trigger
        }
      }
      segment {
        key
        name
        description
        kind
        includedCount
        version
        lastSyncedAt
        source {
          kind
          cohortName
        }
      }
      destination {
        status
        statusReason
      }
    }
  }
`);

const RenameSegment = graphql(`
  mutation SyncRenameSegment($projectKey: String!, $environmentKey: String!, $key: String!, $input: UpdateSegmentInput!) {
    updateSegment(projectKey: $projectKey, environmentKey: $environmentKey, key: $key, input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const Revoke = graphql(`
  mutation SyncRevokeToken($id: ID!) {
    revokeAccessToken(id: $id) {
      __typename
    }
  }
`);

const UpdateSync = graphql(`
  mutation SyncUpdate($id: ID!, $input: UpdateCohortSyncInput!) {
    updateCohortSync(id: $id, input: $input) {
      __typename
      ... on MutationUpdateCohortSyncSuccess {
        data {
          frequency
          paused
          nextRunAt
        }
      }
    }
  }
`);

const CancelRun = graphql(`
  mutation SyncCancel($id: ID!) {
    cancelSyncRun(id: $id) {
      __typename
      ... on MutationCancelSyncRunSuccess {
        data {
          status
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const DeleteSync = graphql(`
  mutation SyncDelete($id: ID!, $deleteSegment: Boolean) {
    deleteCohortSync(id: $id, deleteSegment: $deleteSegment) {
      __typename
      ... on Error {
        code
      }
    }
  }
`);

const Notifications = graphql(`
  query SyncNotifications {
    notifications(first: 50, unreadOnly: true) {
      nodes {
        kind
        message
        read
        run {
          id
        }
      }
    }
  }
`);

const MarkRead = graphql(`
  mutation SyncMarkRead {
    markNotificationsRead {
      __typename
      ... on MutationMarkNotificationsReadSuccess {
        data
      }
    }
  }
`);

function members(from: number, to: number, options: { withoutUserIdEvery?: number } = {}): Member[] {
  const list: Member[] = [];
  for (let i = from; i < to; i++) {
    const missing = options.withoutUserIdEvery && i % options.withoutUserIdEvery === 0;
    list.push({ amplitudeId: String(100_000 + i), userId: missing ? null : `user-${i}` });
  }
  return list;
}

async function segmentKeys(app: TestApp, syncId: string): Promise<string[]> {
  const rows = await queryRows<{ context_key: string }>(
    app.database.db,
    sql`select t.context_key from segment_targets t join cohort_syncs s on s.segment_id = t.segment_id
        where s.id = ${syncId.length === 36 ? syncId : Buffer.from(syncId, "base64").toString().split(":")[1]}
        and t.included order by t.context_key`,
  );
  return rows.map((r) => r.context_key);
}

function expectedKeys(list: Member[]): string[] {
  return [...new Set(list.filter((m) => m.userId).map((m) => m.userId as string))].sort();
}

describe("cohort sync engine", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: { SYNC_BATCH_SIZE: "250", SYNC_POLL_MS: "50", SYNC_RETRY_BASE_MS: "50" },
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("creates the synced segment, syncs the cohort, skips members without a key, and keeps in step", async () => {
    const fixture = await syncFixture(app);
    const initial = members(0, 1200, { withoutUserIdEvery: 10 });
    const cohortId = await createCohortWith(app, "Churned Last Week", initial);
    const created = (
      await fixture.admin.data(CreateSync, {
        input: { cohortId, destinationId: fixture.destinationId, frequency: "HOURLY" },
      })
    ).createCohortSync;
    if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
    expect(created.data.segment).toMatchObject({
      key: "cohort-churned-last-week",
      name: "Churned Last Week",
      kind: "SYNCED",
    });
    expect(created.data.activeRun?.trigger).toBe("CREATED");
    expect(new Date(created.data.nextRunAt!).getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);

    const first = await waitForRun(app, created.data.activeRun!.id);
    expect(first).toMatchObject({
      status: "SUCCEEDED",
      phase: "DONE",
      total: 1200,
      processed: 1200,
      added: 1080,
      removed: 0,
    });
    expect(first.skippedMissingKey).toBe(120);
    expect(first.skippedSample).toHaveLength(20);
    expect(first.skippedSample.every((m) => m.userId === null)).toBe(true);
    expect(await segmentKeys(app, created.data.id)).toEqual(expectedKeys(initial));

    // A person renames the segment; the cohort changes; the next run applies exactly the difference.
    const segmentKey = created.data.segment!.key;
    const renamed = await fixture.admin.data(RenameSegment, {
      projectKey: "default",
      environmentKey: fixture.environmentKey,
      key: segmentKey,
      input: { name: "Churned (hand-picked name)" },
    });
    expect(renamed.updateSegment.__typename).toBe("MutationUpdateSegmentSuccess");
    await removeMembers(
      app,
      cohortId,
      initial.slice(0, 100).map((m) => ({ amplitudeId: m.amplitudeId! })),
    );
    const extra = members(5000, 5150);
    await addMembers(app, cohortId, extra);
    const rerun = (await fixture.admin.data(RunSync, { id: created.data.id })).runCohortSync;
    if (rerun.__typename !== "MutationRunCohortSyncSuccess") throw new Error(JSON.stringify(rerun));
    expect(rerun.data.trigger).toBe("MANUAL");
    const second = await waitForRun(app, rerun.data.id);
    const current = [...initial.slice(100), ...extra];
    expect(second).toMatchObject({
      status: "SUCCEEDED",
      added: 150,
      removed: 90,
      total: current.length,
      processed: current.length,
    });
    // A re-sync reads the cohort in one snapshot instead of staging it, and counts the same way.
    const missing = current.filter((m) => !m.userId);
    expect(second.skippedMissingKey).toBe(missing.length);
    expect(second.skippedSample).toHaveLength(Math.min(20, missing.length));
    expect(second.skippedSample.every((m) => m.userId === null)).toBe(true);
    expect(await segmentKeys(app, created.data.id)).toEqual(expectedKeys(current));

    const state = (await fixture.admin.data(SyncSegment, { id: created.data.id })).cohortSync!;
    expect(state.segment).toMatchObject({
      name: "Churned (hand-picked name)",
      description: "Churned Last Week (test)",
      includedCount: expectedKeys(current).length,
      source: { kind: "COHORT", cohortName: "Churned Last Week" },
    });
    expect(state.runs.totalCount).toBe(2);
    expect(state.runs.nodes.map((r) => r.trigger)).toEqual(["MANUAL", "CREATED"]);

    // The creator was told about both runs.
    const notes = (await fixture.admin.data(Notifications)).notifications.nodes;
    expect(notes.filter((n) => n.kind === "SYNC_SUCCEEDED").map((n) => n.run?.id)).toEqual(
      expect.arrayContaining([first.id, second.id]),
    );
    const marked = (await fixture.admin.data(MarkRead)).markNotificationsRead;
    expect(
      marked.__typename === "MutationMarkNotificationsReadSuccess" && marked.data,
    ).toBeGreaterThanOrEqual(2);
    expect((await fixture.admin.data(Notifications)).notifications.nodes).toEqual([]);
  });

  it("refuses the same cohort and destination twice, and returns the active run instead of queuing another", async () => {
    // No workers: runs stay queued, so concurrent requests all meet the same active run.
    const idle = await startTestApp({ env: { SYNC_WORKERS: "0" } });
    try {
      const fixture = await syncFixture(idle);
      const cohortId = await createCohortWith(idle, "Twice", members(0, 10));
      const input = { cohortId, destinationId: fixture.destinationId, frequency: "ONE_TIME" as const };
      const created = (await fixture.admin.data(CreateSync, { input })).createCohortSync;
      if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
      const again = (await fixture.admin.data(CreateSync, { input })).createCohortSync;
      expect(again).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });

      const runs = await Promise.all(
        Array.from({ length: 8 }, () => fixture.admin.data(RunSync, { id: created.data.id })),
      );
      const ids = runs.map((r) =>
        r.runCohortSync.__typename === "MutationRunCohortSyncSuccess" ? r.runCohortSync.data.id : r,
      );
      expect(new Set(ids)).toEqual(new Set([created.data.activeRun!.id]));

      // A run already applying its changes can no longer be canceled, and says so at once.
      const runUuid = Buffer.from(created.data.activeRun!.id, "base64").toString().split(":")[1]!;
      await idle.database.db.execute(
        sql`update sync_runs set status = 'RUNNING', phase = 'APPLYING' where id = ${runUuid}`,
      );
      const applying = (await fixture.admin.data(CancelRun, { id: created.data.activeRun!.id }))
        .cancelSyncRun;
      expect(applying).toMatchObject({
        __typename: "ConflictError",
        message: "the run is applying its changes and can no longer be canceled",
      });
      await idle.database.db.execute(
        sql`update sync_runs set status = 'QUEUED', phase = 'QUEUED' where id = ${runUuid} and not cancel_requested`,
      );

      const canceled = (await fixture.admin.data(CancelRun, { id: created.data.activeRun!.id }))
        .cancelSyncRun;
      expect(canceled).toMatchObject({ data: { status: "CANCELED" } });
      const next = (await fixture.admin.data(RunSync, { id: created.data.id })).runCohortSync;
      expect(next).toMatchObject({
        __typename: "MutationRunCohortSyncSuccess",
        data: { status: "QUEUED", trigger: "MANUAL" },
      });
    } finally {
      await idle.close();
    }
  });

  it("fails the next run with the reason when the destination's token is revoked, and marks the destination", async () => {
    const fixture = await syncFixture(app);
    const cohortId = await createCohortWith(app, "Revoked", members(0, 20));
    const created = (
      await fixture.admin.data(CreateSync, {
        input: { cohortId, destinationId: fixture.destinationId, frequency: "DAILY" },
      })
    ).createCohortSync;
    if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
    await waitForRun(app, created.data.activeRun!.id, ["SUCCEEDED"]);
    await fixture.admin.data(Revoke, { id: fixture.writerTokenId });
    const rerun = (await fixture.admin.data(RunSync, { id: created.data.id })).runCohortSync;
    if (rerun.__typename !== "MutationRunCohortSyncSuccess") throw new Error(JSON.stringify(rerun));
    const failed = await waitForRun(app, rerun.data.id);
    expect(failed.status).toBe("FAILED");
    expect(failed.attempt).toBe(1);
    expect(failed.error).toMatch(/revoked/i);
    const state = (await fixture.admin.data(SyncSegment, { id: created.data.id })).cohortSync!;
    expect(state.destination.status).toBe("ERROR");
    expect(state.segment?.includedCount).toBe(20);
    const notes = (await fixture.admin.data(Notifications)).notifications.nodes;
    expect(notes.some((n) => n.kind === "SYNC_FAILED" && n.run?.id === failed.id)).toBe(true);
  });

  it("pauses, resumes, cancels a queued run, and deletes a sync keeping its segment as a list", async () => {
    const fixture = await syncFixture(app);
    const cohortId = await createCohortWith(app, "Lifecycle", members(0, 30));
    const created = (
      await fixture.admin.data(CreateSync, {
        input: { cohortId, destinationId: fixture.destinationId, frequency: "HOURLY" },
      })
    ).createCohortSync;
    if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
    await waitForRun(app, created.data.activeRun!.id);

    const paused = (await fixture.admin.data(UpdateSync, { id: created.data.id, input: { paused: true } }))
      .updateCohortSync;
    expect(paused).toMatchObject({ data: { paused: true, nextRunAt: null } });
    const resumed = (
      await fixture.admin.data(UpdateSync, {
        id: created.data.id,
        input: { paused: false, frequency: "DAILY" },
      })
    ).updateCohortSync;
    expect(resumed).toMatchObject({ data: { paused: false, frequency: "DAILY" } });

    const finished = await fixture.admin.data(CancelRun, { id: created.data.activeRun!.id });
    expect(finished.cancelSyncRun).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });

    const deleted = await fixture.admin.data(DeleteSync, { id: created.data.id });
    expect(deleted.deleteCohortSync.__typename).toBe("MutationDeleteCohortSyncSuccess");
    const rows = await queryRows<{ kind: string; included_count: number }>(
      app.database.db,
      sql`select kind, included_count from segments where key = ${created.data.segment!.key}
          and environment_key = ${fixture.environmentKey}`,
    );
    expect(rows).toEqual([{ kind: "LIST", included_count: 30 }]);
  });
});

describe("a re-sync longer than the lease's renewal interval", () => {
  let app: TestApp;
  beforeAll(async () => {
    // A 1 s lease is renewed every ~333 ms: several renewals fall inside the re-sync's transaction.
    app = await startTestApp({
      env: { SYNC_LEASE_MS: "1000", SYNC_POLL_MS: "50", SYNC_RETRY_BASE_MS: "50" },
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("succeeds at its first attempt: lease renewals wait for the diff instead of breaking its snapshot", async () => {
    const fixture = await syncFixture(app);
    const cohortId = await createCohortWith(app, "Long re-sync", []);
    const uuid = Buffer.from(cohortId, "base64").toString().split(":")[1]!;
    const fill = (from: number, to: number) =>
      app.database.db.execute(sql`
        insert into cohort_members (cohort_id, member_key, amplitude_id, user_id)
        select ${uuid}, 'a:' || i, i::text, 'user-' || i from generate_series(${from}::int, ${to}::int) i`);
    await fill(1, 200_000);
    const created = (
      await fixture.admin.data(CreateSync, {
        input: { cohortId, destinationId: fixture.destinationId, frequency: "ONE_TIME" },
      })
    ).createCohortSync;
    if (created.__typename !== "MutationCreateCohortSyncSuccess") throw new Error(JSON.stringify(created));
    await waitForRun(app, created.data.activeRun!.id, undefined, 120_000);

    await app.database.db.execute(
      sql`delete from cohort_members where cohort_id = ${uuid} and amplitude_id::int <= 20000`,
    );
    await fill(200_001, 220_000);
    const rerun = (await fixture.admin.data(RunSync, { id: created.data.id })).runCohortSync;
    if (rerun.__typename !== "MutationRunCohortSyncSuccess") throw new Error(JSON.stringify(rerun));
    const run = await waitForRun(app, rerun.data.id, undefined, 120_000);
    expect(run).toMatchObject({
      status: "SUCCEEDED",
      attempt: 1,
      added: 20_000,
      removed: 20_000,
      processed: 200_000,
    });
  }, 240_000);
});
