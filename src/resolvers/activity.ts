import { randomUUID } from "node:crypto";
import type { Context } from "../context.ts";
import { type Action, isAllowed } from "../domain/policy.ts";
import type { ActivityEvent } from "../pubsub.ts";
import { builder } from "../schema/builder.ts";

/** Announces a successful change on the event bus, to every gateway process. */
export function publishActivity(ctx: Context, action: Action, resource: string): void {
  ctx.bus.publish("activity", {
    id: randomUUID(),
    action,
    resource,
    actorTokenId: ctx.caller.tokenId,
    actorName: ctx.caller.name,
    at: new Date().toISOString(),
  });
}

const ActivityEventRef = builder.objectRef<ActivityEvent>("ActivityEvent").implement({
  description: "A change someone made through the API.",
  fields: (t) => ({
    id: t.exposeString("id", { description: "Unique id of this event." }),
    action: t.exposeString("action", { description: "The action performed, e.g. `createProject`." }),
    resource: t.exposeString("resource", { description: "The resource it was performed on." }),
    actorTokenId: t.exposeString("actorTokenId", {
      description: "Id of the access token that made the change.",
    }),
    actorName: t.exposeString("actorName", { description: "Name of that token." }),
    at: t.field({ type: "DateTime", description: "When it happened.", resolve: (e) => e.at }),
  }),
});

builder.subscriptionField("activity", (t) =>
  t.field({
    type: ActivityEventRef,
    description:
      "Live feed of changes made through any gateway process, limited to resources the caller may read.",
    subscribe: async function* (_root, _args, ctx) {
      for await (const event of ctx.bus.subscribe("activity")) {
        if (isAllowed(ctx.caller.policy, "read", event.resource)) yield event;
      }
    },
    resolve: (event) => event,
  }),
);
