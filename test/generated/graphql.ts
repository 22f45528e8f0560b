/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO 8601 string in UTC. */
  DateTime: { input: string; output: string; }
};

/** An API access token. Its secret is shown once, at creation; only a hash is kept. */
export type AccessToken = Node & {
  __typename?: 'AccessToken';
  /** False once revoked. */
  active: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Last four characters of the secret, to tell tokens apart. */
  hint: Scalars['String']['output'];
  /** Globally unique id, usable with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Roughly when it was last used (updated at most once a minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for. */
  name: Scalars['String']['output'];
  /** Custom policy statements, if it has them. */
  policy: Array<PolicyStatement>;
  /** This token's resource specifier in policies. */
  resource: Scalars['String']['output'];
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Built-in role, if it has one. */
  role?: Maybe<Role>;
};

/** Actions a policy statement can allow or deny. */
export type Action =
  /** Create an access token. */
  | 'createAccessToken'
  /** Create an analytics cohort. */
  | 'createCohort'
  /** Create a sync that copies a cohort into a segment. */
  | 'createCohortSync'
  /** Create a destination that receives segment changes from an environment. */
  | 'createDestination'
  /** Create an environment in a project. */
  | 'createEnvironment'
  /** Create a project. */
  | 'createProject'
  /** Create a segment in an environment. */
  | 'createSegment'
  /** Delete a cohort. */
  | 'deleteCohort'
  /** Delete a cohort sync. */
  | 'deleteCohortSync'
  /** Delete a destination. */
  | 'deleteDestination'
  /** Delete an environment and everything in it. */
  | 'deleteEnvironment'
  /** Delete a project and everything in it. */
  | 'deleteProject'
  /** Delete a segment. */
  | 'deleteSegment'
  /** See the resource in queries and subscriptions. */
  | 'read'
  /** Revoke an access token. */
  | 'revokeAccessToken'
  /** Start a cohort sync immediately. */
  | 'runCohortSync'
  /** Change a cohort's name, description or link to its analytics source. */
  | 'updateCohort'
  /** Add or remove members of a cohort. */
  | 'updateCohortMembers'
  /** Change a cohort sync's target, schedule or settings. */
  | 'updateCohortSync'
  /** Change a segment's description. */
  | 'updateDescription'
  /** Change a destination's configuration or turn it on or off. */
  | 'updateDestination'
  /** Change an environment's name or settings. */
  | 'updateEnvironment'
  /** Add or remove individually excluded context keys of a segment. */
  | 'updateExcluded'
  /** Add or remove individually included context keys of a segment. */
  | 'updateIncluded'
  /** Rename a segment. */
  | 'updateName'
  /** Change a project's name or settings. */
  | 'updateProject'
  /** Change a segment's targeting rules. */
  | 'updateRules'
  /** Change a segment's tags. */
  | 'updateTags';

/** A change someone made through the API. */
export type ActivityEvent = {
  __typename?: 'ActivityEvent';
  /** The action performed, e.g. `createProject`. */
  action: Scalars['String']['output'];
  /** Name of that token. */
  actorName: Scalars['String']['output'];
  /** Id of the access token that made the change. */
  actorTokenId: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Unique id of this event. */
  id: Scalars['String']['output'];
  /** The resource it was performed on. */
  resource: Scalars['String']['output'];
};

/** The change conflicts with existing data, e.g. a key that is already taken. */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  /** What went wrong, for programs. */
  code: ErrorCode;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** A token to create: a name and exactly one of a built-in role or custom policy statements. */
export type CreateAccessTokenInput = {
  /** What the token is for. */
  name: Scalars['String']['input'];
  /** Custom policy statements (LaunchDarkly syntax). Deny wins; nothing is allowed unless allowed. */
  policy?: InputMaybe<Array<PolicyStatementInput>>;
  /** A built-in role. */
  role?: InputMaybe<Role>;
};

/** A project to create. */
export type CreateProjectInput = {
  /** Environments to create with it. */
  environments?: InputMaybe<Array<NewEnvironmentInput>>;
  /** Unique key; letters, digits, `.`, `_`, `-`. Never changes. */
  key: Scalars['String']['input'];
  /** Human-readable name. */
  name: Scalars['String']['input'];
};

/** A new token with its secret. The secret is shown here once and cannot be retrieved again. */
export type CreatedAccessToken = {
  __typename?: 'CreatedAccessToken';
  /** Send it as `Authorization: Bearer <secret>`. */
  secret: Scalars['String']['output'];
  /** The token's metadata. */
  token: AccessToken;
};

/** A deployment stage of a project (production, test, ...). Segments and destinations live in one. */
export type Environment = Node & {
  __typename?: 'Environment';
  /** Generated identifier naming this environment to destinations and SDKs. */
  clientSideId: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique id, usable with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Unique within the project; never changes. */
  key: Scalars['String']['output'];
  /** Human-readable name. */
  name: Scalars['String']['output'];
  /** Key of the project it belongs to. */
  projectKey: Scalars['String']['output'];
  /** This environment's resource specifier in policies, e.g. `proj/default:env/production`. */
  resource: Scalars['String']['output'];
  /** When its name last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** An expected failure: the request was understood and refused, and nothing changed. */
export type Error = {
  /** What went wrong, for programs. */
  code: ErrorCode;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** Stable machine-readable code of an expected failure. */
export type ErrorCode =
  /** The change conflicts with existing data or with a change in progress. */
  | 'CONFLICT'
  /** An argument is malformed or out of bounds. */
  | 'INVALID_INPUT'
  /** A custom policy statement is malformed. */
  | 'INVALID_POLICY'
  /** The object is managed by a cohort sync and cannot be edited directly. */
  | 'MANAGED_BY_SOURCE'
  /** The caller's policy does not allow the action on the resource. */
  | 'NOT_ALLOWED'
  /** The referenced object does not exist or is not visible to the caller. */
  | 'NOT_FOUND';

/** One problem with one input field. */
export type FieldProblem = {
  __typename?: 'FieldProblem';
  /** Path of the input field, e.g. `input.key`. */
  field: Scalars['String']['output'];
  /** What is wrong with it. */
  message: Scalars['String']['output'];
};

/** One or more input fields are invalid. */
export type InvalidInputError = Error & {
  __typename?: 'InvalidInputError';
  /** What went wrong, for programs. */
  code: ErrorCode;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
  /** Every problem found. */
  problems: Array<FieldProblem>;
};

/** A custom policy is malformed. */
export type InvalidPolicyError = Error & {
  __typename?: 'InvalidPolicyError';
  /** What went wrong, for programs. */
  code: ErrorCode;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
  /** Every problem found. */
  problems: Array<PolicyProblem>;
};

/** The object is managed by its source (a cohort sync) and cannot be changed this way. */
export type ManagedBySourceError = Error & {
  __typename?: 'ManagedBySourceError';
  /** What went wrong, for programs. */
  code: ErrorCode;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** Every change the gateway accepts. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an access token and returns its secret, once. Action `createAccessToken` on `token/*`. */
  createAccessToken: MutationCreateAccessTokenResult;
  /** Creates an environment in a project, with a new client-side ID. Action `createEnvironment`. */
  createEnvironment: MutationCreateEnvironmentResult;
  /** Creates a project, optionally with environments. Action `createProject`. */
  createProject: MutationCreateProjectResult;
  /** Deletes an environment and everything in it. Returns the deleted key. Action `deleteEnvironment`. */
  deleteEnvironment: MutationDeleteEnvironmentResult;
  /** Deletes a project with its environments and everything in them. Returns the deleted key. Action `deleteProject`. */
  deleteProject: MutationDeleteProjectResult;
  /** Revokes a token at once, in every gateway process. Idempotent. Action `revokeAccessToken`. */
  revokeAccessToken: MutationRevokeAccessTokenResult;
  /** Renames an environment. Action `updateEnvironment`. */
  updateEnvironment: MutationUpdateEnvironmentResult;
  /** Renames a project. Action `updateProject`. */
  updateProject: MutationUpdateProjectResult;
};


/** Every change the gateway accepts. */
export type MutationCreateAccessTokenArgs = {
  input: CreateAccessTokenInput;
};


/** Every change the gateway accepts. */
export type MutationCreateEnvironmentArgs = {
  input: NewEnvironmentInput;
  projectKey: Scalars['String']['input'];
};


/** Every change the gateway accepts. */
export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


/** Every change the gateway accepts. */
export type MutationDeleteEnvironmentArgs = {
  key: Scalars['String']['input'];
  projectKey: Scalars['String']['input'];
};


/** Every change the gateway accepts. */
export type MutationDeleteProjectArgs = {
  key: Scalars['String']['input'];
};


/** Every change the gateway accepts. */
export type MutationRevokeAccessTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Every change the gateway accepts. */
export type MutationUpdateEnvironmentArgs = {
  input: RenameInput;
  key: Scalars['String']['input'];
  projectKey: Scalars['String']['input'];
};


/** Every change the gateway accepts. */
export type MutationUpdateProjectArgs = {
  input: RenameInput;
  key: Scalars['String']['input'];
};

/** Result of `createAccessToken`: its success value, or one of the expected errors (nothing changed). */
export type MutationCreateAccessTokenResult = InvalidInputError | InvalidPolicyError | MutationCreateAccessTokenSuccess | NotAllowedError | NotFoundError;

/** Successful result of `createAccessToken`. */
export type MutationCreateAccessTokenSuccess = {
  __typename?: 'MutationCreateAccessTokenSuccess';
  /** What `createAccessToken` returned. */
  data: CreatedAccessToken;
};

/** Result of `createEnvironment`: its success value, or one of the expected errors (nothing changed). */
export type MutationCreateEnvironmentResult = ConflictError | InvalidInputError | MutationCreateEnvironmentSuccess | NotAllowedError | NotFoundError;

/** Successful result of `createEnvironment`. */
export type MutationCreateEnvironmentSuccess = {
  __typename?: 'MutationCreateEnvironmentSuccess';
  /** What `createEnvironment` returned. */
  data: Environment;
};

/** Result of `createProject`: its success value, or one of the expected errors (nothing changed). */
export type MutationCreateProjectResult = ConflictError | InvalidInputError | MutationCreateProjectSuccess | NotAllowedError | NotFoundError;

/** Successful result of `createProject`. */
export type MutationCreateProjectSuccess = {
  __typename?: 'MutationCreateProjectSuccess';
  /** What `createProject` returned. */
  data: Project;
};

/** Result of `deleteEnvironment`: its success value, or one of the expected errors (nothing changed). */
export type MutationDeleteEnvironmentResult = InvalidInputError | MutationDeleteEnvironmentSuccess | NotAllowedError | NotFoundError;

/** Successful result of `deleteEnvironment`. */
export type MutationDeleteEnvironmentSuccess = {
  __typename?: 'MutationDeleteEnvironmentSuccess';
  /** What `deleteEnvironment` returned. */
  data: Scalars['String']['output'];
};

/** Result of `deleteProject`: its success value, or one of the expected errors (nothing changed). */
export type MutationDeleteProjectResult = InvalidInputError | MutationDeleteProjectSuccess | NotAllowedError | NotFoundError;

/** Successful result of `deleteProject`. */
export type MutationDeleteProjectSuccess = {
  __typename?: 'MutationDeleteProjectSuccess';
  /** What `deleteProject` returned. */
  data: Scalars['String']['output'];
};

/** Result of `revokeAccessToken`: its success value, or one of the expected errors (nothing changed). */
export type MutationRevokeAccessTokenResult = InvalidInputError | MutationRevokeAccessTokenSuccess | NotAllowedError | NotFoundError;

/** Successful result of `revokeAccessToken`. */
export type MutationRevokeAccessTokenSuccess = {
  __typename?: 'MutationRevokeAccessTokenSuccess';
  /** What `revokeAccessToken` returned. */
  data: AccessToken;
};

/** Result of `updateEnvironment`: its success value, or one of the expected errors (nothing changed). */
export type MutationUpdateEnvironmentResult = InvalidInputError | MutationUpdateEnvironmentSuccess | NotAllowedError | NotFoundError;

/** Successful result of `updateEnvironment`. */
export type MutationUpdateEnvironmentSuccess = {
  __typename?: 'MutationUpdateEnvironmentSuccess';
  /** What `updateEnvironment` returned. */
  data: Environment;
};

/** Result of `updateProject`: its success value, or one of the expected errors (nothing changed). */
export type MutationUpdateProjectResult = InvalidInputError | MutationUpdateProjectSuccess | NotAllowedError | NotFoundError;

/** Successful result of `updateProject`. */
export type MutationUpdateProjectSuccess = {
  __typename?: 'MutationUpdateProjectSuccess';
  /** What `updateProject` returned. */
  data: Project;
};

/** An environment to create. */
export type NewEnvironmentInput = {
  /** Unique within the project; letters, digits, `.`, `_`, `-`. */
  key: Scalars['String']['input'];
  /** Human-readable name. */
  name: Scalars['String']['input'];
};

/** An object with a globally unique id. */
export type Node = {
  /** Globally unique id, usable with `node(id:)`. */
  id: Scalars['ID']['output'];
};

/** The caller's token does not allow this action on this resource. */
export type NotAllowedError = Error & {
  __typename?: 'NotAllowedError';
  /** What went wrong, for programs. */
  code: ErrorCode;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** The referenced object does not exist, or the caller may not see it. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  /** What went wrong, for programs. */
  code: ErrorCode;
  /** The id or key that was looked up. */
  id: Scalars['String']['output'];
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
  /** Kind of object that was looked up. */
  resourceType: Scalars['String']['output'];
};

/** Whether a statement grants or withholds what it names. A matching deny always wins. */
export type PolicyEffect =
  /** Grants the actions on the resources. */
  | 'ALLOW'
  /** Withholds the actions on the resources, whatever else allows them. */
  | 'DENY';

/** One problem with one statement of a policy. */
export type PolicyProblem = {
  __typename?: 'PolicyProblem';
  /** The statement field at fault (`effect`, `actions`, ...). */
  field: Scalars['String']['output'];
  /** What is wrong with it. */
  message: Scalars['String']['output'];
  /** 0-based index of the statement. */
  statement: Scalars['Int']['output'];
};

/** One statement of a policy in LaunchDarkly's syntax. Resources look like `proj/<p>:env/<e>:segment/<s>`, `proj/<p>:env/<e>:destination/<d>`, `cohort/<c>`, `cohort/<c>:sync/<s>` or `token/<t>`; `*` matches anything. */
export type PolicyStatement = {
  __typename?: 'PolicyStatement';
  /** Actions this statement covers (globs allowed). */
  actions?: Maybe<Array<Scalars['String']['output']>>;
  /** Allow or deny. */
  effect: PolicyEffect;
  /** Covers every action except these. */
  notActions?: Maybe<Array<Scalars['String']['output']>>;
  /** Covers every resource except these. */
  notResources?: Maybe<Array<Scalars['String']['output']>>;
  /** Resource specifiers this statement covers. */
  resources?: Maybe<Array<Scalars['String']['output']>>;
};

/** One policy statement. Give exactly one of `actions`/`notActions` and one of `resources`/`notResources`. */
export type PolicyStatementInput = {
  /** Actions covered; `*` globs allowed. */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Allow or deny. */
  effect: PolicyEffect;
  /** Covers every action except these. */
  notActions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Covers every resource except these. */
  notResources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Resource specifiers covered. */
  resources?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A product or service, holding one environment per deployment stage. */
export type Project = Node & {
  __typename?: 'Project';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The project's environments the caller may see, ordered by key. */
  environments: Array<Environment>;
  /** Globally unique id, usable with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Unique key; never changes. */
  key: Scalars['String']['output'];
  /** Human-readable name. */
  name: Scalars['String']['output'];
  /** When its name last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Everything a token can read. */
export type Query = {
  __typename?: 'Query';
  /** Access tokens the caller may see (metadata only, never secrets), newest first. */
  accessTokens: Array<AccessToken>;
  /** Fetches any object by its global id; null when it does not exist. */
  node?: Maybe<Node>;
  /** Fetches several objects by global id, in order. */
  nodes: Array<Maybe<Node>>;
  /** One project by key; null if it does not exist or the caller may not see it. */
  project?: Maybe<Project>;
  /** Projects the caller may see something in, ordered by key. */
  projects: Array<Project>;
  /** Who the caller is: its token, role and effective policy. */
  viewer: Viewer;
};


/** Everything a token can read. */
export type QueryAccessTokensArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Everything a token can read. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a token can read. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Everything a token can read. */
export type QueryProjectArgs = {
  key: Scalars['String']['input'];
};

/** A new name. */
export type RenameInput = {
  /** The new human-readable name. */
  name: Scalars['String']['input'];
};

/** Built-in roles. Each includes everything the one before it allows. */
export type Role =
  /** Every action (*) on every resource (*), including projects, environments and access tokens. */
  | 'ADMIN'
  /** Everything WRITER can do, plus createDestination, updateDestination, deleteDestination on every destination (proj/*:env/*:destination/*). */
  | 'MANAGER'
  /** Only read, on every resource (*). */
  | 'READER'
  /** Everything READER can do, plus createSegment, deleteSegment, updateName, updateDescription, updateTags, updateIncluded, updateExcluded, updateRules on every segment (proj/*:env/*:segment/*); createCohort, updateCohort, updateCohortMembers, deleteCohort on every cohort (cohort/*); and createCohortSync, updateCohortSync, runCohortSync, deleteCohortSync on every cohort sync (cohort/*:sync/*). */
  | 'WRITER';

/** Live events, over graphql-ws (WebSocket) or SSE. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Live feed of changes made through any gateway process, limited to resources the caller may read. */
  activity: ActivityEvent;
};

/** The caller: the access token this request was made with. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Whether the caller may perform `action` on `resource` (e.g. `proj/default:env/test:segment/*`). */
  can: Scalars['Boolean']['output'];
  /** Every statement that decides what the caller may do: its role's, then its own. */
  effectivePolicy: Array<PolicyStatement>;
  /** The token's name. */
  name: Scalars['String']['output'];
  /** The token's built-in role, if any. */
  role?: Maybe<Role>;
  /** The caller's token. */
  token: AccessToken;
};


/** The caller: the access token this request was made with. */
export type ViewerCanArgs = {
  action: Action;
  resource: Scalars['String']['input'];
};

export type BusActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BusActivitySubscription = { __typename?: 'Subscription', activity: { __typename?: 'ActivityEvent', resource: string } };

export type BusCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type BusCreateProjectMutation = { __typename?: 'Mutation', createProject:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateProjectSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', name: string, role?: Role | null, token: { __typename?: 'AccessToken', id: string, hint: string, active: boolean } } };

export type ActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ActivitySubscription = { __typename?: 'Subscription', activity: { __typename?: 'ActivityEvent', action: string, resource: string, actorName: string } };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { __typename?: 'Mutation', createProject:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationCreateProjectSuccess', data: { __typename?: 'Project', key: string, name: string, environments: Array<{ __typename?: 'Environment', key: string, clientSideId: string }> } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type ProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsQuery = { __typename?: 'Query', projects: Array<{ __typename?: 'Project', key: string, environments: Array<{ __typename?: 'Environment', key: string }> }> };

export type ProcessActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ProcessActivitySubscription = { __typename?: 'Subscription', activity: { __typename?: 'ActivityEvent', action: string, resource: string } };

export type ProcessCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type ProcessCreateProjectMutation = { __typename?: 'Mutation', createProject:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateProjectSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type ProcessProjectKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcessProjectKeysQuery = { __typename?: 'Query', projects: Array<{ __typename?: 'Project', key: string }> };


export const BusActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BusActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}}]} as unknown as DocumentNode<BusActivitySubscription, BusActivitySubscriptionVariables>;
export const BusCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BusCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<BusCreateProjectMutation, BusCreateProjectMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<ActivitySubscription, ActivitySubscriptionVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateProjectSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clientSideId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const ProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const ProcessActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProcessActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}}]} as unknown as DocumentNode<ProcessActivitySubscription, ProcessActivitySubscriptionVariables>;
export const ProcessCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcessCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ProcessCreateProjectMutation, ProcessCreateProjectMutationVariables>;
export const ProcessProjectKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessProjectKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ProcessProjectKeysQuery, ProcessProjectKeysQueryVariables>;