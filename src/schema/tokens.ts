import type { Caller } from "../context.ts";
import { isAllowed, resource } from "../domain/policy.ts";
import { builder } from "./builder.ts";
import { ActionEnum, PolicyStatementRef, RoleEnum } from "./policies.ts";

/**
 * Granted (scope-auth `$granted`) by the fields that return a token the caller just created or
 * revoked, so the caller sees what it acted on even without `read` on tokens.
 */
export const ACTED_ON_TOKEN = "actedOnToken";

export const AccessTokenRef = builder.drizzleNode("accessTokens", {
  name: "AccessToken",
  description:
    "An API access token. Its secret is shown once, at creation; only a hash is kept, and neither is " +
    "ever readable here. Visible with `read` on `token/<id>`, to the token itself, and in the result " +
    "of the mutation that created or revoked it.",
  id: { column: (t) => t.id },
  select: {
    columns: {
      id: true,
      name: true,
      hint: true,
      role: true,
      policy: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  },
  // Deliberately no tokenHash or createdById above: the hash must never leave the database.
  // Every token may see itself, whatever its policy says about other tokens.
  authScopes: (token, ctx) =>
    token.id === ctx.caller.tokenId || {
      $any: { allowed: { action: "read", resource: resource.token(token.id) }, $granted: ACTED_ON_TOKEN },
    },
  fields: (t) => ({
    name: t.exposeString("name", { description: "What the token is for." }),
    hint: t.exposeString("hint", {
      description: "Last four characters of the secret, to tell tokens apart.",
    }),
    role: t.expose("role", { type: RoleEnum, nullable: true, description: "Built-in role, if it has one." }),
    policy: t.field({
      type: [PolicyStatementRef],
      description: "Custom policy statements, if it has them.",
      resolve: (token) => token.policy,
    }),
    resource: t.string({
      description: "This token's resource specifier in policies.",
      resolve: (token) => resource.token(token.id),
    }),
    active: t.boolean({ description: "False once revoked.", resolve: (token) => token.revokedAt === null }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    lastUsedAt: t.expose("lastUsedAt", {
      type: "DateTime",
      nullable: true,
      description: "Roughly when it was last used (updated at most once a minute).",
    }),
    revokedAt: t.expose("revokedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was revoked.",
    }),
  }),
});

export const ViewerRef = builder.objectRef<Caller>("Viewer").implement({
  description: "The caller: the access token this request was made with.",
  fields: (t) => ({
    token: t.drizzleField({
      type: AccessTokenRef,
      description: "The caller's token.",
      resolve: (query, caller, _args, ctx) =>
        ctx.db.query.accessTokens.findFirst(query({ where: { id: caller.tokenId } })).then((row) => row!),
    }),
    name: t.exposeString("name", { description: "The token's name." }),
    role: t.field({
      type: RoleEnum,
      nullable: true,
      description: "The token's built-in role, if any.",
      resolve: (c) => c.role,
    }),
    effectivePolicy: t.field({
      type: [PolicyStatementRef],
      description: "Every statement that decides what the caller may do: its role's, then its own.",
      resolve: (c) => c.policy,
    }),
    can: t.boolean({
      description:
        "Whether the caller may perform `action` on `resource` (e.g. `proj/default:env/test:segment/*`).",
      args: {
        action: t.arg({ type: ActionEnum, required: true, description: "The action." }),
        resource: t.arg.string({ required: true, description: "A resource specifier." }),
      },
      resolve: (c, args) => isAllowed(c.policy, args.action, args.resource),
    }),
  }),
});
