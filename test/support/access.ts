import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { PolicyStatementInput, Role } from "../generated/graphql.ts";
import { graphql } from "../generated/index.ts";
import type { TestApp } from "./app.ts";
import { httpClient } from "./client.ts";

// Documents and helpers shared by the access-control suites (test/access*.test.ts).

export const CreateToken = graphql(`
  mutation AccCreateToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      __typename
      ... on MutationCreateAccessTokenSuccess {
        data {
          secret
          token {
            id
            name
          }
        }
      }
      ... on Error {
        code
        message
      }
      ... on InvalidPolicyError {
        problems {
          statement
          field
          message
        }
      }
      ... on InvalidInputError {
        problems {
          field
          message
        }
      }
    }
  }
`);

export const RevokeToken = graphql(`
  mutation AccRevokeToken($id: ID!) {
    revokeAccessToken(id: $id) {
      __typename
      ... on MutationRevokeAccessTokenSuccess {
        data {
          id
          active
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const Tokens = graphql(`
  query AccTokens {
    accessTokens(includeRevoked: true) {
      id
      name
      active
    }
  }
`);

export const CreateProject = graphql(`
  mutation AccCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export const UpdateProject = graphql(`
  mutation AccUpdateProject($key: String!, $name: String!) {
    updateProject(key: $key, input: { name: $name }) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export const DeleteProject = graphql(`
  mutation AccDeleteProject($key: String!) {
    deleteProject(key: $key) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export const CreateEnvironment = graphql(`
  mutation AccCreateEnvironment($projectKey: String!, $key: String!) {
    createEnvironment(projectKey: $projectKey, input: { key: $key, name: "New" }) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export const UpdateEnvironment = graphql(`
  mutation AccUpdateEnvironment($projectKey: String!, $key: String!, $name: String!) {
    updateEnvironment(projectKey: $projectKey, key: $key, input: { name: $name }) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export const DeleteEnvironment = graphql(`
  mutation AccDeleteEnvironment($projectKey: String!, $key: String!) {
    deleteEnvironment(projectKey: $projectKey, key: $key) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

export const Projects = graphql(`
  query AccProjects {
    projects {
      key
      name
      environments {
        id
        key
        name
      }
    }
  }
`);

export const ProjectByKey = graphql(`
  query AccProject($key: String!) {
    project(key: $key) {
      key
      environments {
        key
      }
    }
  }
`);

export const Viewer = graphql(`
  query AccViewer {
    viewer {
      name
      role
      token {
        id
      }
      effectivePolicy {
        effect
        actions
        resources
      }
      segmentCreate: can(action: createSegment, resource: "proj/default:env/test:segment/x")
      segmentInclude: can(action: updateIncluded, resource: "proj/default:env/production:segment/x")
      segmentRules: can(action: updateRules, resource: "proj/default:env/test:segment/x")
      productionRead: can(action: read, resource: "proj/default:env/production:segment/x")
      projectCreate: can(action: createProject, resource: "proj/x")
    }
  }
`);

export const NodeById = graphql(`
  query AccNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

export type Client = ReturnType<typeof httpClient>;
export type Outcome = { __typename: string; code?: string; message?: string };

export const uid = (): string => randomBytes(4).toString("hex");
export const ROLES: Role[] = ["READER", "WRITER", "MANAGER", "ADMIN"];

/** Admin-side helpers for one running app: every fixture is made through the API with the admin token. */
export function asAdmin(app: TestApp) {
  const admin = httpClient(app.url, app.adminToken);

  async function mint(input: {
    role?: Role;
    policy?: PolicyStatementInput[];
  }): Promise<{ id: string; secret: string }> {
    const result = (await admin.data(CreateToken, { input: { name: `t-${uid()}`, ...input } }))
      .createAccessToken;
    if (result.__typename !== "MutationCreateAccessTokenSuccess") throw new Error(JSON.stringify(result));
    return { id: result.data.token.id, secret: result.data.secret };
  }

  async function tokenActive(id: string): Promise<boolean | undefined> {
    return (await admin.data(Tokens)).accessTokens.find((t) => t.id === id)?.active;
  }

  async function projectOf(key: string) {
    return (await admin.data(Projects)).projects.find((p) => p.key === key);
  }

  /** A project with one environment, `stage`, both named "Before". */
  async function newProject(): Promise<string> {
    const key = `p-${uid()}`;
    const input = { key, name: "Before", environments: [{ key: "stage", name: "Before" }] };
    expect((await admin.data(CreateProject, { input })).createProject.__typename).toBe(
      "MutationCreateProjectSuccess",
    );
    return key;
  }

  return { admin, mint, tokenActive, projectOf, newProject };
}
