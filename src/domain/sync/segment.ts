import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { cohortSyncs, cohorts, environments, segments } from "../../db/schema.ts";
import type { DestinationRow } from "../destinations.ts";
import { ConflictError } from "../errors.ts";
import { MAX_KEY_LENGTH } from "../keys.ts";
import { insertSegment, type SegmentRow } from "../segments/store.ts";

type CohortSyncRow = typeof cohortSyncs.$inferSelect;

/** A segment key from a cohort's name: lower-case words joined by dashes, e.g. `cohort-churned-users`. */
export function segmentKeyFor(cohortName: string): string {
  const slug = cohortName
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_KEY_LENGTH - 20);
  return `cohort-${slug || "unnamed"}`;
}

/**
 * Creates the synced segment for a cohort sync in the destination's environment. If the derived
 * key is taken, a short random suffix keeps it unique; the key never changes afterwards.
 */
export async function createSyncSegment(
  db: Db,
  input: { cohortSyncId: string; cohortId: string; destination: DestinationRow },
): Promise<SegmentRow> {
  const [cohort] = await db.select().from(cohorts).where(eq(cohorts.id, input.cohortId));
  const [environment] = await db
    .select()
    .from(environments)
    .where(eq(environments.id, input.destination.environmentId));
  if (!cohort || !environment)
    throw new ConflictError("the cohort or the destination's environment no longer exists");
  const base = segmentKeyFor(cohort.name);
  for (let attempt = 0; ; attempt++) {
    const key = attempt === 0 ? base : `${base}-${randomBytes(3).toString("hex")}`;
    try {
      return await insertSegment(db, {
        environmentId: environment.id,
        projectKey: environment.projectKey,
        environmentKey: environment.key,
        key,
        name: cohort.name,
        description: cohort.description,
        kind: "SYNCED",
        contextKind: input.destination.contextKind,
        sourceCohortId: cohort.id,
        sourceSyncId: input.cohortSyncId,
      });
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 5) throw error;
    }
  }
}

/** The sync's segment, re-created if someone deleted it since the last run. */
export async function ensureSyncSegment(
  db: Db,
  sync: CohortSyncRow,
  destination: DestinationRow,
): Promise<SegmentRow> {
  if (sync.segmentId) {
    const [segment] = await db.select().from(segments).where(eq(segments.id, sync.segmentId));
    if (segment) return segment;
  }
  const segment = await createSyncSegment(db, {
    cohortSyncId: sync.id,
    cohortId: sync.cohortId,
    destination,
  });
  await db
    .update(cohortSyncs)
    .set({ segmentId: segment.id, updatedAt: new Date() })
    .where(eq(cohortSyncs.id, sync.id));
  return segment;
}
