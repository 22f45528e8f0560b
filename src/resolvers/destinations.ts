import { encodeGlobalID } from "@pothos/plugin-relay";
import { eq } from "drizzle-orm";
import type { Context } from "../context.ts";
import { destinations, environments } from "../db/schema.ts";
import {
  checkDestination,
  createDestination,
  deleteDestination,
  environmentByClientSideId,
  readableDestinationIds,
  updateDestination,
} from "../domain/destinations.ts";
import { NotFoundError } from "../domain/errors.ts";
import { uuidFrom } from "../domain/ids.ts";
import { type Action, isAllowed, resource } from "../domain/policy.ts";
import { builder } from "../schema/builder.ts";
import { DestinationRef } from "../schema/destinations.ts";
import { COMMON_ERRORS, ConflictError } from "../schema/errors.ts";
import { publishActivity } from "./activity.ts";

const CreateDestinationInput = builder.inputType("CreateDestinationInput", {
  description: "A destination to create.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Human-readable name." }),
    accessToken: t.string({
      required: true,
      description:
        "Secret of an active token allowed `createSegment` and `updateIncluded` on the environment's segments " +
        "(`proj/<p>:env/<e>:segment/*`), e.g. a WRITER. Only a reference to the token is kept.",
    }),
    clientSideId: t.string({ required: true, description: "Client-side ID of the target environment." }),
    userKeyProperty: t.string({
      required: false,
      description:
        "Member value used as the context key: `user_id` (default), `amplitude_id`, `device_id`, or a " +
        "property name (`user_properties.<name>` or an imported CSV column).",
    }),
    contextKind: t.string({
      required: false,
      description: "Context kind of the synced contexts; `user` by default.",
    }),
  }),
});

const UpdateDestinationInput = builder.inputType("UpdateDestinationInput", {
  description: "Changes to a destination; omitted fields stay as they are.",
  fields: (t) => ({
    name: t.string({ required: false, description: "New name." }),
    accessToken: t.string({
      required: false,
      description: "Secret of a new token, validated like at creation; the status becomes CONNECTED.",
    }),
    userKeyProperty: t.string({ required: false, description: "New member-to-context-key mapping." }),
    contextKind: t.string({ required: false, description: "New context kind." }),
  }),
});

const destinationIdArg = { required: true, description: "The destination's global id (or uuid)." } as const;

function destinationIdFrom(id: string | number): string {
  const uuid = uuidFrom("Destination", String(id));
  if (uuid === null) throw new NotFoundError("Destination", String(id));
  return uuid;
}

/** Destinations live in an environment, so the scope needs a lookup; unknown ids fall through to NotFound. */
async function onDestination(ctx: Context, action: Action, id: string | number) {
  const uuid = uuidFrom("Destination", String(id));
  if (uuid === null) return true;
  const [row] = await ctx.db
    .select({ p: destinations.projectKey, e: destinations.environmentKey })
    .from(destinations)
    .where(eq(destinations.id, uuid));
  return row ? { allowed: { action, resource: resource.destination(row.p, row.e, uuid) } } : true;
}

builder.queryFields((t) => ({
  destinations: t.drizzleField({
    type: [DestinationRef],
    description: "Destinations the caller may read, optionally in one project or environment, by name.",
    args: {
      projectKey: t.arg.string({ required: false, description: "Only this project's." }),
      environmentKey: t.arg.string({
        required: false,
        description: "Only this environment's (any project).",
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const ids = await readableDestinationIds(ctx.db, ctx.caller.policy, args);
      return ctx.db.query.destinations.findMany(
        query({ where: { id: { in: ids } }, orderBy: { name: "asc", id: "asc" } }),
      );
    },
  }),
  destination: t.drizzleField({
    type: DestinationRef,
    nullable: true,
    description: "One destination by id; null if it does not exist or the caller may not read it.",
    args: { id: t.arg.id(destinationIdArg) },
    resolve: async (query, _root, args, ctx) => {
      const id = uuidFrom("Destination", String(args.id));
      if (id === null) return null;
      const [found] = await ctx.db
        .select({ p: destinations.projectKey, e: destinations.environmentKey })
        .from(destinations)
        .where(eq(destinations.id, id));
      if (!found || !isAllowed(ctx.caller.policy, "read", resource.destination(found.p, found.e, id)))
        return null;
      return (await ctx.db.query.destinations.findFirst(query({ where: { id } }))) ?? null;
    },
  }),
}));

builder.mutationFields((t) => ({
  createDestination: t.drizzleField({
    type: DestinationRef,
    description:
      "Creates a destination after checking its token can write the environment's segments. Action " +
      "`createDestination` on `proj/<p>:env/<e>:destination/*` of the environment the client-side ID names.",
    args: { input: t.arg({ type: CreateDestinationInput, required: true, description: "The destination." }) },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: async (_root, args, ctx) => {
      const env = await environmentByClientSideId(ctx.db, args.input.clientSideId);
      if (env) {
        return {
          allowed: {
            action: "createDestination",
            resource: resource.destination(env.projectKey, env.key, "*"),
          },
        };
      }
      // Unknown client-side ID: callers who may create destinations somewhere get the clear input error.
      const envs = await ctx.db
        .select({ p: environments.projectKey, e: environments.key })
        .from(environments);
      return envs.some((e) =>
        isAllowed(ctx.caller.policy, "createDestination", resource.destination(e.p, e.e, "*")),
      );
    },
    resolve: async (query, _root, args, ctx) => {
      const created = await createDestination(ctx.db, args.input, ctx.caller.tokenId);
      publishActivity(
        ctx,
        "createDestination",
        resource.destination(created.projectKey, created.environmentKey, created.id),
      );
      return ctx.db.query.destinations.findFirst(query({ where: { id: created.id } })).then((row) => row!);
    },
  }),
  updateDestination: t.drizzleField({
    type: DestinationRef,
    description: "Changes a destination's name, mapping, context kind or token. Action `updateDestination`.",
    args: {
      id: t.arg.id(destinationIdArg),
      input: t.arg({ type: UpdateDestinationInput, required: true, description: "The change." }),
    },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: (_root, args, ctx) => onDestination(ctx, "updateDestination", args.id),
    resolve: async (query, _root, args, ctx) => {
      const updated = await updateDestination(ctx.db, destinationIdFrom(args.id), args.input);
      publishActivity(
        ctx,
        "updateDestination",
        resource.destination(updated.projectKey, updated.environmentKey, updated.id),
      );
      return ctx.db.query.destinations.findFirst(query({ where: { id: updated.id } })).then((row) => row!);
    },
  }),
  checkDestination: t.drizzleField({
    type: DestinationRef,
    description:
      "Checks the destination's token again (active, still allowed to write the segments) and records " +
      "the status. Action `updateDestination`.",
    args: { id: t.arg.id(destinationIdArg) },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: (_root, args, ctx) => onDestination(ctx, "updateDestination", args.id),
    resolve: async (query, _root, args, ctx) => {
      const { destination } = await checkDestination(ctx.db, destinationIdFrom(args.id));
      publishActivity(
        ctx,
        "updateDestination",
        resource.destination(destination.projectKey, destination.environmentKey, destination.id),
      );
      return ctx.db.query.destinations
        .findFirst(query({ where: { id: destination.id } }))
        .then((row) => row!);
    },
  }),
  deleteDestination: t.id({
    description:
      "Deletes a destination; refused while a cohort sync uses it. Returns its global id. Action `deleteDestination`.",
    args: { id: t.arg.id(destinationIdArg) },
    errors: { types: [...COMMON_ERRORS, ConflictError] },
    authScopes: (_root, args, ctx) => onDestination(ctx, "deleteDestination", args.id),
    resolve: async (_root, args, ctx) => {
      const deleted = await deleteDestination(ctx.db, destinationIdFrom(args.id));
      publishActivity(
        ctx,
        "deleteDestination",
        resource.destination(deleted.projectKey, deleted.environmentKey, deleted.id),
      );
      return encodeGlobalID("Destination", deleted.id);
    },
  }),
}));
