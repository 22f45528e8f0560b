import { canReadWithin, resource } from "../domain/policy.ts";
import { builder } from "./builder.ts";

export const EnvironmentRef = builder.drizzleNode("environments", {
  name: "Environment",
  description:
    "A deployment stage of a project (production, test, ...). Segments and destinations live in one.",
  id: { column: (e) => e.id },
  authScopes: (env) => ({ readableWithin: resource.environment(env.projectKey, env.key) }),
  fields: (t) => ({
    key: t.exposeString("key", { description: "Unique within the project; never changes." }),
    name: t.exposeString("name", { description: "Human-readable name." }),
    projectKey: t.exposeString("projectKey", { description: "Key of the project it belongs to." }),
    clientSideId: t.exposeString("clientSideId", {
      description: "Generated identifier naming this environment to destinations and SDKs.",
    }),
    resource: t.string({
      description: "This environment's resource specifier in policies, e.g. `proj/default:env/production`.",
      resolve: (e) => resource.environment(e.projectKey, e.key),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When its name last changed." }),
  }),
});

export const ProjectRef = builder.drizzleNode("projects", {
  name: "Project",
  description: "A product or service, holding one environment per deployment stage.",
  id: { column: (p) => p.id },
  authScopes: (project) => ({ readableWithin: resource.project(project.key) }),
  fields: (t) => ({
    key: t.exposeString("key", { description: "Unique key; never changes." }),
    name: t.exposeString("name", { description: "Human-readable name." }),
    environments: t.field({
      type: [EnvironmentRef],
      description: "The project's environments the caller may see, ordered by key.",
      select: { with: { environments: { orderBy: { key: "asc" } } } },
      resolve: (project, _args, ctx) =>
        project.environments.filter((e) =>
          canReadWithin(ctx.caller.policy, resource.environment(e.projectKey, e.key)),
        ),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When its name last changed." }),
  }),
});
