import { lexicographicSortSchema } from "graphql";
import "./errors.ts";
import "./policies.ts";
import "./projects.ts";
import "./tokens.ts";
import "../resolvers/activity.ts";
import "../resolvers/projects.ts";
import "../resolvers/tokens.ts";
import { builder } from "./builder.ts";
import { describeGeneratedTypes } from "./describe-generated.ts";

export const schema = lexicographicSortSchema(describeGeneratedTypes(builder.toSchema()));
