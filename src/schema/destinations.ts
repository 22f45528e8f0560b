import type { DestinationStatus } from "../db/schema.ts";
import { isAllowed, resource } from "../domain/policy.ts";
import { builder } from "./builder.ts";
import { AccessTokenRef } from "./tokens.ts";

export const DestinationStatusEnum = builder.enumType("DestinationStatus", {
  description: "Whether a destination's access token can currently write the environment's segments.",
  values: {
    CONNECTED: {
      value: "CONNECTED",
      description: "The token exists, is active and may create segments and update their included contexts.",
    },
    ERROR: {
      value: "ERROR",
      description: "The last check failed; `statusReason` says why. Syncs to it fail until it is fixed.",
    },
  } satisfies Record<DestinationStatus, { value: DestinationStatus; description: string }>,
});

export const DestinationRef = builder.drizzleNode("destinations", {
  name: "Destination",
  description:
    "A target environment for cohort syncs, written to with an access token, plus the mapping from a " +
    "cohort member to the segment's context key.",
  id: { column: (d) => d.id },
  authScopes: (d) => ({
    allowed: { action: "read", resource: resource.destination(d.projectKey, d.environmentKey, d.id) },
  }),
  fields: (t) => ({
    name: t.exposeString("name", { description: "Human-readable name." }),
    projectKey: t.exposeString("projectKey", { description: "Key of the project of its environment." }),
    environmentKey: t.exposeString("environmentKey", { description: "Key of its environment." }),
    environment: t.relation("environment", {
      description: "The environment synced segments are written to.",
    }),
    clientSideId: t.string({
      description: "Client-side ID of its environment.",
      select: { with: { environment: { columns: { clientSideId: true } } } },
      resolve: (d) => d.environment.clientSideId,
    }),
    userKeyProperty: t.exposeString("userKeyProperty", {
      description:
        "Which member value becomes the context key: `user_id`, `amplitude_id`, `device_id`, or a property " +
        "name (`user_properties.<name>` or an imported CSV column).",
    }),
    contextKind: t.exposeString("contextKind", {
      description: "Context kind of every context in its synced segments, e.g. `user`.",
    }),
    status: t.expose("status", { type: DestinationStatusEnum, description: "Result of the last check." }),
    statusReason: t.exposeString("statusReason", {
      nullable: true,
      description: "Why the last check failed; null when CONNECTED.",
    }),
    checkedAt: t.expose("checkedAt", { type: "DateTime", description: "When the token was last checked." }),
    accessToken: t.field({
      type: AccessTokenRef,
      nullable: true,
      description:
        "The token it writes with (metadata only; the secret is never stored). Null when the caller may not read the token.",
      select: { columns: { tokenId: true } },
      resolve: async (d, _args, ctx) => {
        if (
          d.tokenId !== ctx.caller.tokenId &&
          !isAllowed(ctx.caller.policy, "read", resource.token(d.tokenId))
        ) {
          return null;
        }
        return (await ctx.db.query.accessTokens.findFirst({ where: { id: d.tokenId } })) ?? null;
      },
    }),
    resource: t.string({
      description: "Its resource specifier in policies, e.g. `proj/default:env/production:destination/<id>`.",
      resolve: (d) => resource.destination(d.projectKey, d.environmentKey, d.id),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When its settings last changed." }),
  }),
});
