import { createHash, randomBytes } from "node:crypto";
import { eq, isNull, sql } from "drizzle-orm";
import type { Caller } from "../context.ts";
import type { Db } from "../db/client.ts";
import { retryOnConnectionError } from "../db/retry.ts";
import { accessTokens } from "../db/schema.ts";
import { InvalidInputError, InvalidPolicyError, NotFoundError } from "./errors.ts";
import { assertValid, nameProblem } from "./keys.ts";
import { type BuiltInRole, effectivePolicy, type PolicyStatement, validatePolicy } from "./policy.ts";

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

export async function authenticate(db: Db, authorization: string | null | undefined): Promise<AuthResult> {
  const secret = secretFromAuthorization(authorization);
  if (!secret) return { ok: false, reason: "missing" };
  const tokenHash = hashSecret(secret);
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
  return { ok: true, caller: callerFromRow(row) };
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

export async function createAccessToken(
  db: Db,
  input: CreateTokenInput,
  createdById: string | null,
): Promise<{ token: AccessTokenRow; secret: string }> {
  assertValid(nameProblem("name", input.name));
  const hasRole = input.role != null;
  const hasPolicy = input.policy != null;
  if (hasRole === hasPolicy) {
    throw new InvalidInputError([{ field: "role", message: "give exactly one of `role` or `policy`" }]);
  }
  let policy: PolicyStatement[] = [];
  if (hasPolicy) {
    const result = validatePolicy(input.policy);
    if (!result.ok) throw new InvalidPolicyError(result.problems);
    policy = result.policy;
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
      createdById,
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
