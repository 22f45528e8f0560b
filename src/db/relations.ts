import { defineRelations } from "drizzle-orm";
import * as schema from "./schema.ts";

export const relations = defineRelations(schema, (r) => ({
  projects: {
    environments: r.many.environments(),
  },
  environments: {
    project: r.one.projects({ from: r.environments.projectId, to: r.projects.id, optional: false }),
  },
  accessTokens: {
    createdBy: r.one.accessTokens({ from: r.accessTokens.createdById, to: r.accessTokens.id }),
  },
}));
