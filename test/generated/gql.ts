/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription BusActivity {\n    activity {\n      resource\n    }\n  }\n": typeof types.BusActivityDocument,
    "\n  mutation BusCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n    }\n  }\n": typeof types.BusCreateProjectDocument,
    "\n  query Viewer {\n    viewer {\n      name\n      role\n      token {\n        id\n        hint\n        active\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  subscription Activity {\n    activity {\n      action\n      resource\n      actorName\n    }\n  }\n": typeof types.ActivityDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          key\n          name\n          environments {\n            key\n            clientSideId\n          }\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  query Projects {\n    projects {\n      key\n      environments {\n        key\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  subscription ProcessActivity {\n    activity {\n      action\n      resource\n    }\n  }\n": typeof types.ProcessActivityDocument,
    "\n  mutation ProcessCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n    }\n  }\n": typeof types.ProcessCreateProjectDocument,
    "\n  query ProcessProjectKeys {\n    projects {\n      key\n    }\n  }\n": typeof types.ProcessProjectKeysDocument,
};
const documents: Documents = {
    "\n  subscription BusActivity {\n    activity {\n      resource\n    }\n  }\n": types.BusActivityDocument,
    "\n  mutation BusCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n    }\n  }\n": types.BusCreateProjectDocument,
    "\n  query Viewer {\n    viewer {\n      name\n      role\n      token {\n        id\n        hint\n        active\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  subscription Activity {\n    activity {\n      action\n      resource\n      actorName\n    }\n  }\n": types.ActivityDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          key\n          name\n          environments {\n            key\n            clientSideId\n          }\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n": types.CreateProjectDocument,
    "\n  query Projects {\n    projects {\n      key\n      environments {\n        key\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  subscription ProcessActivity {\n    activity {\n      action\n      resource\n    }\n  }\n": types.ProcessActivityDocument,
    "\n  mutation ProcessCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n    }\n  }\n": types.ProcessCreateProjectDocument,
    "\n  query ProcessProjectKeys {\n    projects {\n      key\n    }\n  }\n": types.ProcessProjectKeysDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BusActivity {\n    activity {\n      resource\n    }\n  }\n"): (typeof documents)["\n  subscription BusActivity {\n    activity {\n      resource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BusCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation BusCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      name\n      role\n      token {\n        id\n        hint\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      name\n      role\n      token {\n        id\n        hint\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Activity {\n    activity {\n      action\n      resource\n      actorName\n    }\n  }\n"): (typeof documents)["\n  subscription Activity {\n    activity {\n      action\n      resource\n      actorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          key\n          name\n          environments {\n            key\n            clientSideId\n          }\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          key\n          name\n          environments {\n            key\n            clientSideId\n          }\n        }\n      }\n      ... on Error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects {\n    projects {\n      key\n      environments {\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  query Projects {\n    projects {\n      key\n      environments {\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProcessActivity {\n    activity {\n      action\n      resource\n    }\n  }\n"): (typeof documents)["\n  subscription ProcessActivity {\n    activity {\n      action\n      resource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ProcessCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessProjectKeys {\n    projects {\n      key\n    }\n  }\n"): (typeof documents)["\n  query ProcessProjectKeys {\n    projects {\n      key\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;