import { graphql } from "../generated/index.ts";
import type { TestApp } from "./app.ts";
import { httpClient } from "./client.ts";

const FixtureWriterToken = graphql(`
  mutation FixtureWriterToken($input: CreateAccessTokenInput!) {
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
      ... on Error {
        message
      }
    }
  }
`);

const FixtureEnvironment = graphql(`
  query FixtureEnvironment {
    project(key: "default") {
      environments {
        key
        clientSideId
      }
    }
  }
`);

const FixtureDestination = graphql(`
  mutation FixtureDestination($input: CreateDestinationInput!) {
    createDestination(input: $input) {
      __typename
      ... on MutationCreateDestinationSuccess {
        data {
          id
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const FixtureCohort = graphql(`
  mutation FixtureCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      __typename
      ... on MutationCreateCohortSuccess {
        data {
          id
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const FixtureAddMembers = graphql(`
  mutation FixtureAddMembers($cohortId: ID!, $members: [CohortMemberInput!]!) {
    addCohortMembers(cohortId: $cohortId, members: $members) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const FixtureRemoveMembers = graphql(`
  mutation FixtureRemoveMembers($cohortId: ID!, $members: [CohortMemberRefInput!]!) {
    removeCohortMembers(cohortId: $cohortId, members: $members) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const FixtureRunStatus = graphql(`
  query FixtureRunStatus($id: ID!) {
    syncRun(id: $id) {
      id
      status
      phase
      attempt
      total
      processed
      added
      removed
      skippedMissingKey
      error
      skippedSample {
        amplitudeId
        userId
      }
    }
  }
`);

export interface Member {
  amplitudeId?: string | null;
  userId?: string | null;
  deviceId?: string | null;
}

function unwrap<T extends { __typename: string }>(result: T, success: string): T {
  if (result.__typename !== success) throw new Error(`expected ${success}, got ${JSON.stringify(result)}`);
  return result;
}

/** Creates what a sync needs through the API: a writer token, a destination on default/test, a cohort. */
export async function syncFixture(
  app: TestApp,
  options: { environment?: string; userKeyProperty?: string } = {},
) {
  const admin = httpClient(app.url, app.adminToken);
  const writer = unwrap(
    (await admin.data(FixtureWriterToken, { input: { name: "destination writer", role: "WRITER" } }))
      .createAccessToken,
    "MutationCreateAccessTokenSuccess",
  );
  if (writer.__typename !== "MutationCreateAccessTokenSuccess") throw new Error("unreachable");
  const envs = (await admin.data(FixtureEnvironment)).project?.environments ?? [];
  const env = envs.find((e) => e.key === (options.environment ?? "test"))!;
  const destination = unwrap(
    (
      await admin.data(FixtureDestination, {
        input: {
          name: `dest ${Math.random().toString(36).slice(2, 7)}`,
          accessToken: writer.data.secret,
          clientSideId: env.clientSideId,
          userKeyProperty: options.userKeyProperty ?? "user_id",
        },
      })
    ).createDestination,
    "MutationCreateDestinationSuccess",
  );
  if (destination.__typename !== "MutationCreateDestinationSuccess") throw new Error("unreachable");
  return {
    admin,
    writerTokenId: writer.data.token.id,
    writerSecret: writer.data.secret,
    destinationId: destination.data.id,
    environmentKey: env.key,
  };
}

export async function createCohortWith(app: TestApp, name: string, members: Member[]): Promise<string> {
  const admin = httpClient(app.url, app.adminToken);
  const created = (await admin.data(FixtureCohort, { input: { name, description: `${name} (test)` } }))
    .createCohort;
  if (created.__typename !== "MutationCreateCohortSuccess") throw new Error(JSON.stringify(created));
  await addMembers(app, created.data.id, members);
  return created.data.id;
}

export async function addMembers(app: TestApp, cohortId: string, members: Member[]): Promise<void> {
  const admin = httpClient(app.url, app.adminToken);
  for (let i = 0; i < members.length; i += 5000) {
    const result = await admin.data(FixtureAddMembers, { cohortId, members: members.slice(i, i + 5000) });
    if (result.addCohortMembers.__typename !== "MutationAddCohortMembersSuccess") {
      throw new Error(JSON.stringify(result.addCohortMembers));
    }
  }
}

export async function removeMembers(
  app: TestApp,
  cohortId: string,
  members: Array<{ amplitudeId?: string; userId?: string; deviceId?: string }>,
): Promise<void> {
  const admin = httpClient(app.url, app.adminToken);
  const result = await admin.data(FixtureRemoveMembers, { cohortId, members });
  if (result.removeCohortMembers.__typename !== "MutationRemoveCohortMembersSuccess") {
    throw new Error(JSON.stringify(result.removeCohortMembers));
  }
}

/** Polls a run until it reaches one of `statuses` (default: any final status). */
export async function waitForRun(
  app: TestApp,
  runId: string,
  statuses: string[] = ["SUCCEEDED", "FAILED", "CANCELED"],
  timeoutMs = 30_000,
) {
  const admin = httpClient(app.url, app.adminToken);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = (await admin.data(FixtureRunStatus, { id: runId })).syncRun;
    if (run && statuses.includes(run.status)) return run;
    if (Date.now() > deadline)
      throw new Error(`run ${runId} did not reach ${statuses}: ${JSON.stringify(run)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
