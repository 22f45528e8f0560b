import { projects } from "../db/schema.ts";
import { canReadWithin, resource } from "../domain/policy.ts";
import {
  createEnvironment,
  createProject,
  deleteEnvironment,
  deleteProject,
  updateEnvironment,
  updateProject,
} from "../domain/projects.ts";
import { builder } from "../schema/builder.ts";
import { COMMON_ERRORS, ConflictError } from "../schema/errors.ts";
import { EnvironmentRef, ProjectRef } from "../schema/projects.ts";
import { publishActivity } from "./activity.ts";

const NewEnvironmentInput = builder.inputType("NewEnvironmentInput", {
  description: "An environment to create.",
  fields: (t) => ({
    key: t.string({
      required: true,
      description: "Unique within the project; letters, digits, `.`, `_`, `-`.",
    }),
    name: t.string({ required: true, description: "Human-readable name." }),
  }),
});

const CreateProjectInput = builder.inputType("CreateProjectInput", {
  description: "A project to create.",
  fields: (t) => ({
    key: t.string({
      required: true,
      description: "Unique key; letters, digits, `.`, `_`, `-`. Never changes.",
    }),
    name: t.string({ required: true, description: "Human-readable name." }),
    environments: t.field({
      type: [NewEnvironmentInput],
      required: false,
      description: "Environments to create with it.",
    }),
  }),
});

const RenameInput = builder.inputType("RenameInput", {
  description: "A new name.",
  fields: (t) => ({ name: t.string({ required: true, description: "The new human-readable name." }) }),
});

builder.queryFields((t) => ({
  projects: t.drizzleField({
    type: [ProjectRef],
    description: "Projects the caller may see something in, ordered by key.",
    resolve: async (query, _root, _args, ctx) => {
      const keys = (await ctx.db.select({ key: projects.key }).from(projects))
        .map((p) => p.key)
        .filter((key) => canReadWithin(ctx.caller.policy, resource.project(key)));
      return ctx.db.query.projects.findMany(query({ where: { key: { in: keys } }, orderBy: { key: "asc" } }));
    },
  }),
  project: t.drizzleField({
    type: ProjectRef,
    nullable: true,
    description: "One project by key; null if it does not exist or the caller may not see it.",
    args: { key: t.arg.string({ required: true, description: "The project key." }) },
    resolve: async (query, _root, args, ctx) => {
      if (!canReadWithin(ctx.caller.policy, resource.project(args.key))) return null;
      return (await ctx.db.query.projects.findFirst(query({ where: { key: args.key } }))) ?? null;
    },
  }),
}));

builder.mutationFields((t) => ({
  createProject: t.drizzleField({
    type: ProjectRef,
    description: "Creates a project, optionally with environments. Action `createProject`.",
    args: { input: t.arg({ type: CreateProjectInput, required: true, description: "The project." }) },
    errors: { types: [...COMMON_ERRORS, ConflictError] },
    authScopes: (_root, args) => ({
      allowed: { action: "createProject", resource: resource.project(args.input.key) },
    }),
    resolve: async (query, _root, args, ctx) => {
      const created = await createProject(ctx.db, args.input);
      publishActivity(ctx, "createProject", resource.project(created.key));
      return ctx.db.query.projects.findFirst(query({ where: { id: created.id } })).then((row) => row!);
    },
  }),
  updateProject: t.drizzleField({
    type: ProjectRef,
    description: "Renames a project. Action `updateProject`.",
    args: {
      key: t.arg.string({ required: true, description: "The project key." }),
      input: t.arg({ type: RenameInput, required: true, description: "The change." }),
    },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: (_root, args) => ({
      allowed: { action: "updateProject", resource: resource.project(args.key) },
    }),
    resolve: async (query, _root, args, ctx) => {
      const updated = await updateProject(ctx.db, args.key, args.input);
      publishActivity(ctx, "updateProject", resource.project(updated.key));
      return ctx.db.query.projects.findFirst(query({ where: { id: updated.id } })).then((row) => row!);
    },
  }),
  deleteProject: t.string({
    description:
      "Deletes a project with its environments and everything in them. Returns the deleted key. Action `deleteProject`.",
    args: { key: t.arg.string({ required: true, description: "The project key." }) },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: (_root, args) => ({
      allowed: { action: "deleteProject", resource: resource.project(args.key) },
    }),
    resolve: async (_root, args, ctx) => {
      const deleted = await deleteProject(ctx.db, args.key);
      publishActivity(ctx, "deleteProject", resource.project(deleted.key));
      return deleted.key;
    },
  }),
  createEnvironment: t.drizzleField({
    type: EnvironmentRef,
    description:
      "Creates an environment in a project, with a new client-side ID. Action `createEnvironment`.",
    args: {
      projectKey: t.arg.string({ required: true, description: "The project key." }),
      input: t.arg({ type: NewEnvironmentInput, required: true, description: "The environment." }),
    },
    errors: { types: [...COMMON_ERRORS, ConflictError] },
    authScopes: (_root, args) => ({
      allowed: {
        action: "createEnvironment",
        resource: resource.environment(args.projectKey, args.input.key),
      },
    }),
    resolve: async (query, _root, args, ctx) => {
      const created = await createEnvironment(ctx.db, args.projectKey, args.input);
      publishActivity(ctx, "createEnvironment", resource.environment(created.projectKey, created.key));
      return ctx.db.query.environments.findFirst(query({ where: { id: created.id } })).then((row) => row!);
    },
  }),
  updateEnvironment: t.drizzleField({
    type: EnvironmentRef,
    description: "Renames an environment. Action `updateEnvironment`.",
    args: {
      projectKey: t.arg.string({ required: true, description: "The project key." }),
      key: t.arg.string({ required: true, description: "The environment key." }),
      input: t.arg({ type: RenameInput, required: true, description: "The change." }),
    },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: (_root, args) => ({
      allowed: { action: "updateEnvironment", resource: resource.environment(args.projectKey, args.key) },
    }),
    resolve: async (query, _root, args, ctx) => {
      const updated = await updateEnvironment(ctx.db, args.projectKey, args.key, args.input);
      publishActivity(ctx, "updateEnvironment", resource.environment(updated.projectKey, updated.key));
      return ctx.db.query.environments.findFirst(query({ where: { id: updated.id } })).then((row) => row!);
    },
  }),
  deleteEnvironment: t.string({
    description:
      "Deletes an environment and everything in it. Returns the deleted key. Action `deleteEnvironment`.",
    args: {
      projectKey: t.arg.string({ required: true, description: "The project key." }),
      key: t.arg.string({ required: true, description: "The environment key." }),
    },
    errors: { types: [...COMMON_ERRORS] },
    authScopes: (_root, args) => ({
      allowed: { action: "deleteEnvironment", resource: resource.environment(args.projectKey, args.key) },
    }),
    resolve: async (_root, args, ctx) => {
      const deleted = await deleteEnvironment(ctx.db, args.projectKey, args.key);
      publishActivity(ctx, "deleteEnvironment", resource.environment(deleted.projectKey, deleted.key));
      return deleted.key;
    },
  }),
}));
