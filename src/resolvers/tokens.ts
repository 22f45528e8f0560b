import { decodeGlobalID } from "@pothos/plugin-relay";
import { isNull } from "drizzle-orm";
import { accessTokens } from "../db/schema.ts";
import { NotFoundError } from "../domain/errors.ts";
import { isAllowed, resource } from "../domain/policy.ts";
import { createAccessToken, revokeAccessToken } from "../domain/tokens.ts";
import { builder } from "../schema/builder.ts";
import { COMMON_ERRORS, InvalidPolicyError } from "../schema/errors.ts";
import { PolicyStatementInput, RoleEnum, statementFromInput } from "../schema/policies.ts";
import { AccessTokenRef, ViewerRef } from "../schema/tokens.ts";
import { publishActivity } from "./activity.ts";

const CreateAccessTokenInput = builder.inputType("CreateAccessTokenInput", {
  description: "A token to create: a name and exactly one of a built-in role or custom policy statements.",
  fields: (t) => ({
    name: t.string({ required: true, description: "What the token is for." }),
    role: t.field({ type: RoleEnum, required: false, description: "A built-in role." }),
    policy: t.field({
      type: [PolicyStatementInput],
      required: false,
      description:
        "Custom policy statements (LaunchDarkly syntax). Deny wins; nothing is allowed unless allowed.",
    }),
  }),
});

interface CreatedToken {
  id: string;
  secret: string;
}

const CreatedAccessTokenRef = builder.objectRef<CreatedToken>("CreatedAccessToken").implement({
  description: "A new token with its secret. The secret is shown here once and cannot be retrieved again.",
  fields: (t) => ({
    secret: t.exposeString("secret", { description: "Send it as `Authorization: Bearer <secret>`." }),
    token: t.drizzleField({
      type: AccessTokenRef,
      description: "The token's metadata.",
      resolve: (query, created, _args, ctx) =>
        ctx.db.query.accessTokens.findFirst(query({ where: { id: created.id } })).then((row) => row!),
    }),
  }),
});

/** Accepts a relay global id of an AccessToken, or its raw uuid. */
function tokenIdFrom(id: string): string {
  try {
    const decoded = decodeGlobalID(id);
    if (decoded.typename === "AccessToken") return decoded.id;
  } catch {
    // not a global id; fall through to the raw form
  }
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return id;
  throw new NotFoundError("AccessToken", id);
}

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    description: "Who the caller is: its token, role and effective policy.",
    resolve: (_root, _args, ctx) => ctx.caller,
  }),
  accessTokens: t.drizzleField({
    type: [AccessTokenRef],
    description: "Access tokens the caller may see (metadata only, never secrets), newest first.",
    args: {
      includeRevoked: t.arg.boolean({ defaultValue: false, description: "Include revoked tokens." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const ids = (
        await ctx.db
          .select({ id: accessTokens.id })
          .from(accessTokens)
          .where(args.includeRevoked ? undefined : isNull(accessTokens.revokedAt))
      )
        .map((row) => row.id)
        .filter(
          (id) => id === ctx.caller.tokenId || isAllowed(ctx.caller.policy, "read", resource.token(id)),
        );
      return ctx.db.query.accessTokens.findMany(
        query({ where: { id: { in: ids } }, orderBy: { createdAt: "desc" } }),
      );
    },
  }),
}));

builder.mutationFields((t) => ({
  createAccessToken: t.field({
    type: CreatedAccessTokenRef,
    description:
      "Creates an access token and returns its secret, once. Action `createAccessToken` on `token/*`.",
    args: { input: t.arg({ type: CreateAccessTokenInput, required: true, description: "The token." }) },
    errors: { types: [...COMMON_ERRORS, InvalidPolicyError] },
    authScopes: { allowed: { action: "createAccessToken", resource: resource.token("*") } },
    resolve: async (_root, args, ctx) => {
      const { token, secret } = await createAccessToken(
        ctx.db,
        {
          name: args.input.name,
          role: args.input.role,
          policy: args.input.policy?.map((s) => statementFromInput(s)),
        },
        ctx.caller.tokenId,
      );
      publishActivity(ctx, "createAccessToken", resource.token(token.id));
      return { id: token.id, secret };
    },
  }),
  revokeAccessToken: t.drizzleField({
    type: AccessTokenRef,
    description: "Revokes a token at once, in every gateway process. Idempotent. Action `revokeAccessToken`.",
    args: { id: t.arg.id({ required: true, description: "The token's id." }) },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: (_root, args) => {
      let id: string;
      try {
        id = tokenIdFrom(String(args.id));
      } catch {
        return { allowed: { action: "revokeAccessToken", resource: resource.token("*") } };
      }
      return { allowed: { action: "revokeAccessToken", resource: resource.token(id) } };
    },
    resolve: async (query, _root, args, ctx) => {
      const revoked = await revokeAccessToken(ctx.db, tokenIdFrom(String(args.id)));
      publishActivity(ctx, "revokeAccessToken", resource.token(revoked.id));
      return ctx.db.query.accessTokens.findFirst(query({ where: { id: revoked.id } })).then((row) => row!);
    },
  }),
}));
