import { markNotificationsRead } from "../domain/sync/notifications.ts";
import { builder } from "../schema/builder.ts";
import { COMMON_ERRORS } from "../schema/errors.ts";
import { idOf } from "../schema/ids.ts";
import { SyncRunRef } from "../schema/sync.ts";

const NotificationKindEnum = builder.enumType("NotificationKind", {
  description: "What a notification is about.",
  values: {
    SYNC_SUCCEEDED: { description: "A cohort sync run you created finished." },
    SYNC_FAILED: { description: "A cohort sync run you created gave up." },
  } as const,
});

const NotificationRef = builder.drizzleNode("notifications", {
  name: "Notification",
  description: "A message for the token that created a cohort sync, about how one of its runs ended.",
  id: { column: (n) => n.id },
  // Notifications belong to one token; nobody else sees them.
  authScopes: (n, ctx) => n.recipientTokenId === ctx.caller.tokenId,
  fields: (t) => ({
    kind: t.expose("kind", { type: NotificationKindEnum, description: "What it is about." }),
    message: t.exposeString("message", { description: "A sentence for people." }),
    run: t.field({
      type: SyncRunRef,
      nullable: true,
      description: "The run it is about.",
      resolve: async (n, _args, ctx) =>
        n.runId
          ? ((await ctx.db.query.syncRuns.findFirst({
              where: { id: n.runId },
              with: { cohortSync: { columns: { cohortId: true } } },
            })) ?? null)
          : null,
    }),
    read: t.boolean({ description: "Whether it was marked read.", resolve: (n) => n.readAt !== null }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true, description: "When it was marked read." }),
  }),
});

builder.queryFields((t) => ({
  notifications: t.drizzleConnection({
    type: "notifications",
    description: "The caller's notifications, newest first.",
    args: {
      unreadOnly: t.arg.boolean({ defaultValue: false, description: "Only those not yet marked read." }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.notifications.findMany(
        query({
          where: {
            recipientTokenId: ctx.caller.tokenId,
            ...(args.unreadOnly ? { readAt: { isNull: true } } : {}),
          },
          orderBy: { createdAt: "desc" },
        }),
      ),
  }),
}));

builder.mutationFields((t) => ({
  markNotificationsRead: t.int({
    description:
      "Marks the caller's notifications read: the given ones, or all when `ids` is omitted. Returns how many changed.",
    args: { ids: t.arg.idList({ required: false, description: "Notifications to mark; all when omitted." }) },
    errors: { types: [...COMMON_ERRORS] },
    resolve: (_root, args, ctx) =>
      markNotificationsRead(
        ctx.db,
        ctx.caller.tokenId,
        args.ids ? args.ids.map((id) => idOf("Notification", id)) : null,
      ),
  }),
}));

builder.subscriptionFields((t) => ({
  notifications: t.field({
    type: NotificationRef,
    description: "The caller's new notifications as they are created, in any gateway process.",
    subscribe: (_root, _args, ctx) => ctx.bus.subscribe("notification", ctx.caller.tokenId),
    resolve: async (event, _args, ctx) =>
      (await ctx.db.query.notifications.findFirst({ where: { id: event.id } }))!,
  }),
}));
