/**
 * Destinations: an environment reached through an access token allowed to write its segments, plus
 * the mapping from a cohort member to a context key. The token is referenced by id; its secret is
 * only ever hashed to find it.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { accessTokens, cohortSyncs, destinations, environments } from "../db/schema.ts";
import { DEFAULT_USER_KEY_PROPERTY, userKeyPropertyProblem } from "./cohorts/mapping.ts";
import { ConflictError, type FieldProblem, InvalidInputError, NotFoundError } from "./errors.ts";
import { assertValid, nameProblem } from "./keys.ts";
import { type Action, isAllowed, type PolicyStatement, resource } from "./policy.ts";
import type { EnvironmentRow } from "./projects.ts";
import { type AccessTokenRow, callerFromRow, hashSecret } from "./tokens.ts";

export type DestinationRow = typeof destinations.$inferSelect;
export type DestinationCheck =
  | { ok: true; destination: DestinationRow }
  | { ok: false; reason: string; destination: DestinationRow };

/** What a destination's token must be allowed on `proj/<p>:env/<e>:segment/*`. */
export const REQUIRED_TOKEN_ACTIONS: readonly Action[] = ["createSegment", "updateIncluded"];
export const DEFAULT_CONTEXT_KIND = "user";
const CONTEXT_KIND = /^[A-Za-z0-9._-]+$/;
const MAX_CONTEXT_KIND_LENGTH = 64;

/** LaunchDarkly's rules for a context kind: `kind` and `multi` are reserved. */
export function contextKindProblem(field: string, kind: string): FieldProblem | null {
  if (kind === "") return { field, message: "must not be empty" };
  if (kind.length > MAX_CONTEXT_KIND_LENGTH) {
    return { field, message: `must be at most ${MAX_CONTEXT_KIND_LENGTH} characters` };
  }
  if (!CONTEXT_KIND.test(kind))
    return { field, message: "may contain only letters, digits, '.', '_' and '-'" };
  if (kind === "kind" || kind === "multi") return { field, message: `"${kind}" is reserved` };
  return null;
}

function mappingProblem(field: string, property: string): FieldProblem | null {
  const message = userKeyPropertyProblem(property);
  return message === null ? null : { field, message };
}

/** Why the token cannot serve the environment's segments, or null when it can. */
export function tokenProblem(token: AccessTokenRow | undefined, env: EnvironmentRow): string | null {
  if (!token) return "no access token has this secret";
  if (token.revokedAt) return "the token has been revoked";
  const segments = resource.segment(env.projectKey, env.key, "*");
  const policy: readonly PolicyStatement[] = callerFromRow(token).policy;
  const missing = REQUIRED_TOKEN_ACTIONS.filter((action) => !isAllowed(policy, action, segments));
  if (missing.length > 0) return `the token's policy does not allow ${missing.join(" or ")} on ${segments}`;
  return null;
}

export async function environmentByClientSideId(
  db: Db,
  clientSideId: string,
): Promise<EnvironmentRow | undefined> {
  const [env] = await db.select().from(environments).where(eq(environments.clientSideId, clientSideId));
  return env;
}

/** Finds the token a secret belongs to and checks it can write the environment's segments. */
async function validatedToken(db: Db, secret: string, env: EnvironmentRow): Promise<AccessTokenRow> {
  const [token] = await db
    .select()
    .from(accessTokens)
    .where(eq(accessTokens.tokenHash, hashSecret(secret.trim())));
  const problem = tokenProblem(token, env);
  if (problem) throw new InvalidInputError([{ field: "accessToken", message: problem }]);
  return token!;
}

export interface NewDestination {
  name: string;
  /** The secret of the token to write segments with; never stored, never echoed. */
  accessToken: string;
  clientSideId: string;
  userKeyProperty?: string | null | undefined;
  contextKind?: string | null | undefined;
}

export async function createDestination(
  db: Db,
  input: NewDestination,
  createdById: string | null,
): Promise<DestinationRow> {
  const userKeyProperty = input.userKeyProperty ?? DEFAULT_USER_KEY_PROPERTY;
  const contextKind = input.contextKind ?? DEFAULT_CONTEXT_KIND;
  assertValid(
    nameProblem("name", input.name),
    mappingProblem("userKeyProperty", userKeyProperty),
    contextKindProblem("contextKind", contextKind),
  );
  const env = await environmentByClientSideId(db, input.clientSideId);
  if (!env) {
    throw new InvalidInputError([
      { field: "clientSideId", message: "no environment has this client-side ID" },
    ]);
  }
  const token = await validatedToken(db, input.accessToken, env);
  const [row] = await db
    .insert(destinations)
    .values({
      name: input.name.trim(),
      environmentId: env.id,
      projectKey: env.projectKey,
      environmentKey: env.key,
      tokenId: token.id,
      userKeyProperty,
      contextKind,
      status: "CONNECTED",
      statusReason: null,
      checkedAt: sql`now()`,
      createdById,
    })
    .returning();
  return row!;
}

export async function getDestination(db: Db, id: string): Promise<DestinationRow> {
  const [row] = await db.select().from(destinations).where(eq(destinations.id, id));
  if (!row) throw new NotFoundError("Destination", id);
  return row;
}

export interface DestinationChange {
  name?: string | null | undefined;
  userKeyProperty?: string | null | undefined;
  contextKind?: string | null | undefined;
  /** A new token secret; validated like at creation, and it resets the status to CONNECTED. */
  accessToken?: string | null | undefined;
}

export async function updateDestination(
  db: Db,
  id: string,
  input: DestinationChange,
): Promise<DestinationRow> {
  assertValid(
    input.name == null ? null : nameProblem("name", input.name),
    input.userKeyProperty == null ? null : mappingProblem("userKeyProperty", input.userKeyProperty),
    input.contextKind == null ? null : contextKindProblem("contextKind", input.contextKind),
  );
  const current = await getDestination(db, id);
  let tokenChange: Partial<typeof destinations.$inferInsert> = {};
  if (input.accessToken != null) {
    const [env] = await db.select().from(environments).where(eq(environments.id, current.environmentId));
    const token = await validatedToken(db, input.accessToken, env!);
    tokenChange = { tokenId: token.id, status: "CONNECTED", statusReason: null, checkedAt: new Date() };
  }
  const [row] = await db
    .update(destinations)
    .set({
      ...(input.name == null ? {} : { name: input.name.trim() }),
      ...(input.userKeyProperty == null ? {} : { userKeyProperty: input.userKeyProperty }),
      ...(input.contextKind == null ? {} : { contextKind: input.contextKind }),
      ...tokenChange,
      updatedAt: sql`now()`,
    })
    .where(eq(destinations.id, id))
    .returning();
  if (!row) throw new NotFoundError("Destination", id);
  return row;
}

/**
 * Re-validates the destination's token (exists, not revoked, policy still allows createSegment +
 * updateIncluded on its environment) and records status, status_reason, checked_at. Throws
 * NotFoundError for an unknown id.
 */
export async function checkDestination(db: Db, destinationId: string): Promise<DestinationCheck> {
  const current = await getDestination(db, destinationId);
  const [env] = await db.select().from(environments).where(eq(environments.id, current.environmentId));
  const [token] = await db.select().from(accessTokens).where(eq(accessTokens.id, current.tokenId));
  const reason = env ? tokenProblem(token, env) : "the destination's environment no longer exists";
  const [destination] = await db
    .update(destinations)
    .set({ status: reason === null ? "CONNECTED" : "ERROR", statusReason: reason, checkedAt: sql`now()` })
    .where(eq(destinations.id, destinationId))
    .returning();
  if (!destination) throw new NotFoundError("Destination", destinationId);
  return reason === null ? { ok: true, destination } : { ok: false, reason, destination };
}

/** Refuses while cohort syncs use the destination, naming them. */
export async function deleteDestination(db: Db, id: string): Promise<DestinationRow> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(destinations).where(eq(destinations.id, id)).for("update");
    if (!current) throw new NotFoundError("Destination", id);
    const syncs = await tx
      .select({ id: cohortSyncs.id })
      .from(cohortSyncs)
      .where(eq(cohortSyncs.destinationId, id))
      .orderBy(asc(cohortSyncs.id));
    if (syncs.length > 0) {
      const ids = syncs.map((s) => s.id).join(", ");
      throw new ConflictError(
        `destination "${current.name}" is used by cohort sync${syncs.length === 1 ? "" : "s"} ${ids}; delete ${syncs.length === 1 ? "it" : "them"} first`,
      );
    }
    await tx.delete(destinations).where(eq(destinations.id, id));
    return current;
  });
}

/**
 * The destinations the policy may read, optionally within one project or environment, by name.
 * Returns ids (for a drizzle query that selects the fields the request needs).
 */
export async function readableDestinationIds(
  db: Db,
  policy: readonly PolicyStatement[],
  filter: { projectKey?: string | null | undefined; environmentKey?: string | null | undefined },
): Promise<string[]> {
  const rows = await db
    .select({ id: destinations.id, p: destinations.projectKey, e: destinations.environmentKey })
    .from(destinations)
    .where(
      and(
        filter.projectKey == null ? undefined : eq(destinations.projectKey, filter.projectKey),
        filter.environmentKey == null ? undefined : eq(destinations.environmentKey, filter.environmentKey),
      ),
    );
  return rows.filter((r) => isAllowed(policy, "read", resource.destination(r.p, r.e, r.id))).map((r) => r.id);
}
