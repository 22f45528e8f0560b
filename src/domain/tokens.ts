import { createHash, randomBytes } from "node:crypto";
import { eq, isNull, sql } from "drizzle-orm";
import type { Caller } from "../context.ts";
import type { Db } from "../db/client.ts";
import { retryOnConnectionError } from "../db/retry.ts";
import { accessTokens } from "../db/schema.ts";
import {
  InvalidInputError,
  InvalidPolicyError,
  NotAllowedError,
  NotFoundError,
  type PolicyProblemInfo,
} from "./errors.ts";
import { assertValid, nameProblem } from "./keys.ts";
import {
  BUILT_IN_ROLE_POLICIES,
  type BuiltInRole,
  effectivePolicy,
  globMatch,
  type PolicyStatement,
  validatePolicy,
} from "./policy.ts";
import type { TokenCache } from "./token-cache.ts";

const TOKEN_PREFIX = "csg_";

export type AccessTokenRow = typeof accessTokens.$inferSelect;

export function generateSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
}

/** Secrets are 192 random bits, so a fast hash is enough: there is nothing to brute-force. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function callerFromRow(row: AccessTokenRow): Caller {
  return {
    tokenId: row.id,
    name: row.name,
    role: row.role,
    policy: effectivePolicy(row.role ? [row.role] : [], row.policy),
  };
}

/** Reads the secret out of an `Authorization` value: `Bearer <secret>` or the bare secret. */
export function secretFromAuthorization(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^\s*(?:Bearer\s+)?(\S+)\s*$/i.exec(value);
  return match?.[1] ?? null;
}

export type AuthResult =
  | { ok: true; caller: Caller }
  | { ok: false; reason: "missing" | "unknown" | "revoked" };

export async function authenticate(
  db: Db,
  authorization: string | null | undefined,
  cache?: TokenCache,
): Promise<AuthResult> {
  const secret = secretFromAuthorization(authorization);
  if (!secret) return { ok: false, reason: "missing" };
  const tokenHash = hashSecret(secret);
  const cached = cache?.get(tokenHash);
  if (cached) return { ok: true, caller: cached };
  const [row] = await retryOnConnectionError(() =>
    db.select().from(accessTokens).where(eq(accessTokens.tokenHash, tokenHash)),
  );
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  // Touch at most once a minute so reads do not turn into a write per request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await retryOnConnectionError(() =>
      db.update(accessTokens).set({ lastUsedAt: sql`now()` }).where(eq(accessTokens.id, row.id)),
    );
  }
  const caller = callerFromRow(row);
  cache?.set(tokenHash, caller);
  return { ok: true, caller };
}

export const AUTH_FAILURE_MESSAGES: Record<"missing" | "unknown" | "revoked", string> = {
  missing: "Authentication required: send `Authorization: Bearer <access token>`",
  unknown: "The access token is not valid",
  revoked: "The access token has been revoked",
};

export interface CreateTokenInput {
  name: string;
  role?: BuiltInRole | null | undefined;
  policy?: unknown[] | null | undefined;
}

/** Who asks for a new token; `null` in createAccessToken means the gateway itself (first start). */
export interface TokenCreator {
  tokenId: string;
  policy: readonly PolicyStatement[];
}

/** Per list (`actions`, `resources`, ...): bounds the cost of every policy check the token will meet. */
export const MAX_POLICY_LIST_ENTRIES = 50;

function parsePolicy(input: unknown[]): PolicyStatement[] {
  const oversized: PolicyProblemInfo[] = [];
  input.forEach((raw, statement) => {
    if (typeof raw !== "object" || raw === null) return;
    for (const [field, list] of Object.entries(raw)) {
      if (Array.isArray(list) && list.length > MAX_POLICY_LIST_ENTRIES) {
        const message = `statement ${statement}: ${field} has ${list.length} entries; at most ${MAX_POLICY_LIST_ENTRIES} are allowed`;
        oversized.push({ statement, field, message });
      }
    }
  });
  const result = validatePolicy(input);
  if (result.ok && oversized.length === 0) return result.policy;
  const problems = [...(result.ok ? [] : result.problems), ...oversized];
  throw new InvalidPolicyError(problems.sort((a, b) => a.statement - b.statement));
}

export async function createAccessToken(
  db: Db,
  input: CreateTokenInput,
  creator: TokenCreator | null,
): Promise<{ token: AccessTokenRow; secret: string }> {
  assertValid(nameProblem("name", input.name));
  const hasRole = input.role != null;
  const hasPolicy = input.policy != null;
  if (hasRole === hasPolicy) {
    throw new InvalidInputError([{ field: "role", message: "give exactly one of `role` or `policy`" }]);
  }
  const policy = input.policy ? parsePolicy(input.policy) : [];
  if (creator) {
    const refusal = grantRefusal(creator.policy, input.role ?? null, policy);
    if (refusal) throw new NotAllowedError(refusal);
  }
  const secret = generateSecret();
  const [token] = await db
    .insert(accessTokens)
    .values({
      name: input.name.trim(),
      tokenHash: hashSecret(secret),
      hint: secret.slice(-4),
      role: input.role ?? null,
      policy,
      createdById: creator?.tokenId ?? null,
    })
    .returning();
  return { token: token!, secret };
}

export async function revokeAccessToken(db: Db, id: string): Promise<AccessTokenRow> {
  const [row] = await db
    .update(accessTokens)
    .set({ revokedAt: sql`coalesce(${accessTokens.revokedAt}, now())` })
    .where(eq(accessTokens.id, id))
    .returning();
  if (!row) throw new NotFoundError("AccessToken", id);
  return row;
}

/** Makes `secret` an active admin token, creating it if needed. Safe to run on every start. */
export async function ensureAdminToken(db: Db, secret: string): Promise<void> {
  const tokenHash = hashSecret(secret);
  await db
    .insert(accessTokens)
    .values({ name: "ADMIN_TOKEN", tokenHash, hint: secret.slice(-4), role: "ADMIN", policy: [] })
    .onConflictDoUpdate({
      target: accessTokens.tokenHash,
      set: { role: "ADMIN", policy: [], revokedAt: null },
    });
}

export async function activeTokenCount(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(accessTokens)
    .where(isNull(accessTokens.revokedAt));
  return row?.n ?? 0;
}

// ---------------------------------------------------------------------------------------------
// No privilege escalation: a new token may hold only what its creator holds.

/** Work allowed for one check, in pattern-matching steps: well under a second, far above real policies. */
const GRANT_CHECK_STEPS = 20_000_000;

class CheckTooCostly extends Error {}

/** Glob comparisons sharing one step budget, so no pair of policies can make the check run for long. */
function globComparer(budget: number) {
  let steps = 0;
  const spend = (n: number) => {
    steps += n;
    if (steps > budget) throw new CheckTooCostly();
  };
  /** Whether `glob` matches `text`, a `*` in text being an ordinary character. */
  const matches = (glob: string, text: string): boolean => globMatch(glob, text, () => spend(1));
  return {
    /**
     * `glob` matches everything `pattern` matches: true when it matches `pattern` read literally, since
     * each `*` of `pattern` is then eaten by a `*` of `glob`, which could eat anything in its place.
     */
    covers: (glob: string, pattern: string): boolean => matches(glob, pattern),
    /**
     * Some string matches both. When both have a `*`, agreeing literal prefixes and suffixes are enough:
     * the longer prefix, every middle part of both, then the longer suffix, is such a string.
     */
    meets: (a: string, b: string): boolean => {
      const aFirst = a.indexOf("*");
      const bFirst = b.indexOf("*");
      if (aFirst === -1) return matches(b, a);
      if (bFirst === -1) return matches(a, b);
      spend(1);
      const [ap, bp] = [a.slice(0, aFirst), b.slice(0, bFirst)];
      const [as, bs] = [a.slice(a.lastIndexOf("*") + 1), b.slice(b.lastIndexOf("*") + 1)];
      return (ap.startsWith(bp) || bp.startsWith(ap)) && (as.endsWith(bs) || bs.endsWith(as));
    },
  };
}

type Comparer = ReturnType<typeof globComparer>;
type Side = readonly string[] | undefined;

/** Everything `pattern` matches is named by the list pair (a sure yes; may say no when unsure). */
function sideCovers(c: Comparer, list: Side, notList: Side, pattern: string): boolean {
  if (list === undefined && notList === undefined) return false;
  return (
    (list === undefined || list.some((g) => c.covers(g, pattern))) &&
    (notList === undefined || !notList.some((g) => c.meets(g, pattern)))
  );
}

/** Something `pattern` matches may be named by the list pair (a sure no; may say yes when unsure). */
function sideMeets(c: Comparer, list: Side, notList: Side, pattern: string): boolean {
  if (list === undefined && notList === undefined) return false;
  return (
    (list === undefined || list.some((g) => c.meets(g, pattern))) &&
    (notList === undefined || !notList.some((g) => c.covers(g, pattern)))
  );
}

// Echoes the caller's own input, so bounded.
function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

const REFUSAL = "A token can only be given what its creator may do";

/**
 * Why `grantor` may not create a token with `role` or `policy`, or null when it may. Rule: for every
 * allow statement of the new token (a role's statements, or the custom ones), every action entry
 * paired with every resource entry must be covered by one allow statement of the grantor, read
 * literally (`proj/*:env/*:segment/*` is covered by `*` or `proj/*:env/*:segment/*`, not by
 * `proj/default:*`), and no deny statement of the grantor may touch any of the resources it can name.
 * `notActions`/`notResources` in the new token count as `*`. The new token's deny statements only take
 * power away, so they need nothing. Conservative: it refuses some grants a finer analysis would allow.
 */
export function grantRefusal(
  grantor: readonly PolicyStatement[],
  role: BuiltInRole | null,
  policy: readonly PolicyStatement[],
): string | null {
  const requested = role ? BUILT_IN_ROLE_POLICIES[role] : policy;
  const c = globComparer(GRANT_CHECK_STEPS);
  const allows = grantor.filter((g) => g.effect === "allow");
  const denies = grantor.filter((g) => g.effect === "deny");
  // Per pattern, which allow statements cover it and which deny statements may touch it, on one side;
  // memoised because every action entry is paired with every resource entry.
  const perPattern = (
    test: (g: PolicyStatement, pattern: string) => boolean,
    statements: PolicyStatement[],
  ) => {
    const memo = new Map<string, boolean[]>();
    return (pattern: string): boolean[] => {
      const known = memo.get(pattern);
      if (known) return known;
      const found = statements.map((g) => test(g, pattern));
      memo.set(pattern, found);
      return found;
    };
  };
  const actionCovered = perPattern((g, a) => sideCovers(c, g.actions, g.notActions, a), allows);
  const resourceCovered = perPattern((g, r) => sideCovers(c, g.resources, g.notResources, r), allows);
  const actionDenied = perPattern((g, a) => sideMeets(c, g.actions, g.notActions, a), denies);
  const resourceDenied = perPattern((g, r) => sideMeets(c, g.resources, g.notResources, r), denies);
  try {
    for (const [index, s] of requested.entries()) {
      if (s.effect !== "allow") continue;
      const what = role ? `role ${role}` : `statement ${index}`;
      for (const action of s.actions ?? ["*"]) {
        for (const res of s.resources ?? ["*"]) {
          const pair = `${quoted(action)} on ${quoted(res)}`;
          const [ca, cr] = [actionCovered(action), resourceCovered(res)];
          if (!ca.some((ok, i) => ok && cr[i])) {
            return `${REFUSAL}: ${what} allows ${pair}, which your token is not allowed in full`;
          }
          const [da, dr] = [actionDenied(action), resourceDenied(res)];
          if (da.some((ok, i) => ok && dr[i])) {
            return `${REFUSAL}: ${what} allows ${pair}, part of which a deny statement of your token withholds`;
          }
        }
      }
    }
  } catch (error) {
    if (error instanceof CheckTooCostly) {
      return `${REFUSAL}, and this policy is too large to check against your token's policy; use fewer or simpler entries`;
    }
    throw error;
  }
  return null;
}
