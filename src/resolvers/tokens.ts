import { isNull } from "drizzle-orm";
import { accessTokens } from "../db/schema.ts";
import { isAllowed, resource } from "../domain/policy.ts";
import { createAccessToken, revokeAccessToken } from "../domain/tokens.ts";
import { builder } from "../schema/builder.ts";
import { COMMON_ERRORS, InvalidPolicyError } from "../schema/errors.ts";
import { idOf } from "../schema/ids.ts";
import { PolicyStatementInput, RoleEnum, statementFromInput } from "../schema/policies.ts";
import { ACTED_ON_TOKEN, AccessTokenRef, ViewerRef } from "../schema/tokens.ts";
import { publishActivity } from "./activity.ts";

const CreateAccessTokenInput = builder.inputType("CreateAccessTokenInput", {
  description:
    "A token to create: a name and exactly one of a built-in role or custom policy statements. " +
    "It may hold only what the creating token may do itself (see `createAccessToken`).",
  fields: (t) => ({
    name: t.string({ required: true, description: "What the token is for." }),
    role: t.field({ type: RoleEnum, required: false, description: "A built-in role." }),
    policy: t.field({
      type: [PolicyStatementInput],
      required: false,
      description:
        "Custom policy statements (LaunchDarkly syntax), at most 100, each list at most 50 entries. " +
        "Deny wins; nothing is allowed unless a statement allows it.",
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
      description: "The token's metadata, shown to its creator even without `read` on tokens.",
      grantScopes: [ACTED_ON_TOKEN],
      resolve: (query, created, _args, ctx) =>
        ctx.db.query.accessTokens.findFirst(query({ where: { id: created.id } })).then((row) => row!),
    }),
  }),
});

function tokenIdFrom(id: string): string {
  return idOf("AccessToken", id);
}

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    description: "Who the caller is: its token, role and effective policy.",
    resolve: (_root, _args, ctx) => ctx.caller,
  }),
  accessTokens: t.drizzleField({
    type: [AccessTokenRef],
    description:
      "Access tokens the caller may see: its own, and those it may `read` (`token/<id>`). Metadata " +
      "only: neither secrets nor their hashes are ever readable. Newest first.",
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
      "Creates an access token and returns its secret, once; only a hash is stored. Action " +
      "`createAccessToken` on `token/*`. No escalation: the new token may hold only what the caller may " +
      "do. For each allow statement of the new token (a role's statements, or its own), each action " +
      "entry on each resource entry must be covered by one allow statement of the caller, comparing " +
      "globs literally (`proj/*:env/*:segment/*` is covered by `*` or by `proj/*:env/*:segment/*`, not " +
      "by `proj/default:*`; action `update*` needs `update*` or `*`), and no deny statement of the " +
      "caller may touch anything the entry names. `notActions` and `notResources` in the new token " +
      "count as `*`; its deny statements need nothing. Otherwise `NotAllowedError` says which entry " +
      "failed and nothing is created.",
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
        ctx.caller,
      );
      publishActivity(ctx, "createAccessToken", resource.token(token.id));
      return { id: token.id, secret };
    },
  }),
  revokeAccessToken: t.drizzleField({
    type: AccessTokenRef,
    description:
      "Revokes a token at once, in every gateway process; requests and new subscriptions with it are " +
      "refused from then on. Idempotent. Action `revokeAccessToken` on `token/<id>`, except that any " +
      "token may revoke itself (it can only lose power). Returns the revoked token's metadata.",
    args: { id: t.arg.id({ required: true, description: "The token's id (global id or uuid)." }) },
    errors: {
      types: [...COMMON_ERRORS],
      dataField: { grantScopes: [ACTED_ON_TOKEN] },
    },
    authScopes: (_root, args, ctx) => {
      let id: string;
      try {
        id = tokenIdFrom(String(args.id));
      } catch {
        return { allowed: { action: "revokeAccessToken", resource: resource.token("*") } };
      }
      if (id === ctx.caller.tokenId) return true;
      return { allowed: { action: "revokeAccessToken", resource: resource.token(id) } };
    },
    resolve: async (query, _root, args, ctx) => {
      const revoked = await revokeAccessToken(ctx.db, tokenIdFrom(String(args.id)));
      // Evict here at once; other processes evict when the activity event reaches them.
      ctx.tokenCache.evict(revoked.id);
      publishActivity(ctx, "revokeAccessToken", resource.token(revoked.id));
      return ctx.db.query.accessTokens.findFirst(query({ where: { id: revoked.id } })).then((row) => row!);
    },
  }),
}));
