import { defineRelations } from "drizzle-orm";
import * as schema from "./schema.ts";

export const relations = defineRelations(schema, (r) => ({
  projects: {
    environments: r.many.environments(),
  },
  environments: {
    project: r.one.projects({ from: r.environments.projectId, to: r.projects.id, optional: false }),
    segments: r.many.segments(),
    destinations: r.many.destinations(),
  },
  accessTokens: {
    createdBy: r.one.accessTokens({ from: r.accessTokens.createdById, to: r.accessTokens.id }),
  },
  destinations: {
    environment: r.one.environments({
      from: r.destinations.environmentId,
      to: r.environments.id,
      optional: false,
    }),
    token: r.one.accessTokens({ from: r.destinations.tokenId, to: r.accessTokens.id, optional: false }),
    cohortSyncs: r.many.cohortSyncs(),
  },
  cohorts: {
    members: r.many.cohortMembers(),
    cohortSyncs: r.many.cohortSyncs(),
  },
  cohortMembers: {
    cohort: r.one.cohorts({ from: r.cohortMembers.cohortId, to: r.cohorts.id, optional: false }),
  },
  segments: {
    environment: r.one.environments({
      from: r.segments.environmentId,
      to: r.environments.id,
      optional: false,
    }),
    sourceCohort: r.one.cohorts({ from: r.segments.sourceCohortId, to: r.cohorts.id }),
    sourceSync: r.one.cohortSyncs({ from: r.segments.sourceSyncId, to: r.cohortSyncs.id }),
    targets: r.many.segmentTargets(),
  },
  segmentTargets: {
    segment: r.one.segments({ from: r.segmentTargets.segmentId, to: r.segments.id, optional: false }),
  },
  cohortSyncs: {
    cohort: r.one.cohorts({ from: r.cohortSyncs.cohortId, to: r.cohorts.id, optional: false }),
    destination: r.one.destinations({
      from: r.cohortSyncs.destinationId,
      to: r.destinations.id,
      optional: false,
    }),
    segment: r.one.segments({ from: r.cohortSyncs.segmentId, to: r.segments.id }),
    runs: r.many.syncRuns(),
  },
  syncRuns: {
    cohortSync: r.one.cohortSyncs({ from: r.syncRuns.cohortSyncId, to: r.cohortSyncs.id, optional: false }),
  },
  notifications: {
    run: r.one.syncRuns({ from: r.notifications.runId, to: r.syncRuns.id }),
    cohortSync: r.one.cohortSyncs({ from: r.notifications.cohortSyncId, to: r.cohortSyncs.id }),
  },
}));
