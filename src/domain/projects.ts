import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { isUniqueViolation } from "../db/retry.ts";
import { environments, projects } from "../db/schema.ts";
import { ConflictError, NotFoundError } from "./errors.ts";
import { assertValid, keyProblem, nameProblem } from "./keys.ts";

export type ProjectRow = typeof projects.$inferSelect;
export type EnvironmentRow = typeof environments.$inferSelect;

/** 24 hex characters, the shape of the reference product's client-side IDs. */
export function generateClientSideId(): string {
  return randomBytes(12).toString("hex");
}

export async function getProject(db: Db, key: string): Promise<ProjectRow> {
  const [row] = await db.select().from(projects).where(eq(projects.key, key));
  if (!row) throw new NotFoundError("Project", key);
  return row;
}

export async function getEnvironment(db: Db, projectKey: string, key: string): Promise<EnvironmentRow> {
  const [row] = await db
    .select()
    .from(environments)
    .where(and(eq(environments.projectKey, projectKey), eq(environments.key, key)));
  if (!row) throw new NotFoundError("Environment", `${projectKey}/${key}`);
  return row;
}

export interface NewEnvironment {
  key: string;
  name: string;
}

export async function createProject(
  db: Db,
  input: { key: string; name: string; environments?: NewEnvironment[] | null | undefined },
): Promise<ProjectRow> {
  const envs = input.environments ?? [];
  assertValid(
    keyProblem("key", input.key),
    nameProblem("name", input.name),
    ...envs.flatMap((e, i) => [
      keyProblem(`environments[${i}].key`, e.key),
      nameProblem(`environments[${i}].name`, e.name),
    ]),
  );
  const dupe = envs.find((e, i) => envs.findIndex((o) => o.key === e.key) !== i);
  if (dupe) throw new ConflictError(`environment key "${dupe.key}" is given twice`);
  try {
    return await db.transaction(async (tx) => {
      const [project] = await tx
        .insert(projects)
        .values({ key: input.key, name: input.name.trim() })
        .returning();
      if (envs.length > 0) {
        await tx.insert(environments).values(
          envs.map((e) => ({
            projectId: project!.id,
            projectKey: project!.key,
            key: e.key,
            name: e.name.trim(),
            clientSideId: generateClientSideId(),
          })),
        );
      }
      return project!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`a project with key "${input.key}" already exists`);
    throw error;
  }
}

export async function updateProject(db: Db, key: string, input: { name: string }): Promise<ProjectRow> {
  assertValid(nameProblem("name", input.name));
  const [row] = await db
    .update(projects)
    .set({ name: input.name.trim(), updatedAt: new Date() })
    .where(eq(projects.key, key))
    .returning();
  if (!row) throw new NotFoundError("Project", key);
  return row;
}

export async function deleteProject(db: Db, key: string): Promise<ProjectRow> {
  const [row] = await db.delete(projects).where(eq(projects.key, key)).returning();
  if (!row) throw new NotFoundError("Project", key);
  return row;
}

export async function createEnvironment(
  db: Db,
  projectKey: string,
  input: NewEnvironment,
): Promise<EnvironmentRow> {
  assertValid(keyProblem("key", input.key), nameProblem("name", input.name));
  const project = await getProject(db, projectKey);
  try {
    const [row] = await db
      .insert(environments)
      .values({
        projectId: project.id,
        projectKey: project.key,
        key: input.key,
        name: input.name.trim(),
        clientSideId: generateClientSideId(),
      })
      .returning();
    return row!;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(`project "${projectKey}" already has an environment with key "${input.key}"`);
    }
    throw error;
  }
}

export async function updateEnvironment(
  db: Db,
  projectKey: string,
  key: string,
  input: { name: string },
): Promise<EnvironmentRow> {
  assertValid(nameProblem("name", input.name));
  const [row] = await db
    .update(environments)
    .set({ name: input.name.trim(), updatedAt: new Date() })
    .where(and(eq(environments.projectKey, projectKey), eq(environments.key, key)))
    .returning();
  if (!row) throw new NotFoundError("Environment", `${projectKey}/${key}`);
  return row;
}

export async function deleteEnvironment(db: Db, projectKey: string, key: string): Promise<EnvironmentRow> {
  const [row] = await db
    .delete(environments)
    .where(and(eq(environments.projectKey, projectKey), eq(environments.key, key)))
    .returning();
  if (!row) throw new NotFoundError("Environment", `${projectKey}/${key}`);
  return row;
}
