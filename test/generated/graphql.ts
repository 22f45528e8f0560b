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
  /** A value a rule clause compares with: a string, a number or a boolean. */
  ClauseValue: { input: any; output: any; }
  /** An instant in time, as an ISO 8601 string in UTC. */
  DateTime: { input: string; output: string; }
  /** A context as JSON, in the reference product's format: `{"kind": "user", "key": "u1", "plan": "pro"}` (kind defaults to `user`), or several kinds at once: `{"kind": "multi", "user": {"key": "u1"}, "org": {"key": "o1"}}`. */
  EvaluationContext: { input: any; output: any; }
  /** A file sent with the GraphQL multipart request (spec: github.com/jaydenseric/graphql-multipart-request-spec). */
  File: { input: any; output: any; }
};

/** An API access token. Its secret is shown once, at creation; only a hash is kept, and neither is ever readable here. Visible with `read` on `token/<id>`, to the token itself, and in the result of the mutation that created or revoked it. */
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

/** A cohort defined in Amplitude. */
export type AmplitudeCohort = {
  __typename?: 'AmplitudeCohort';
  /** Its description in Amplitude. */
  description?: Maybe<Scalars['String']['output']>;
  /** Amplitude's id for it; give it to `linkAmplitudeCohort`. */
  externalId: Scalars['String']['output'];
  /** When Amplitude last computed it. */
  lastComputed?: Maybe<Scalars['DateTime']['output']>;
  /** Its name in Amplitude. */
  name: Scalars['String']['output'];
  /** Members at its last computation. */
  size?: Maybe<Scalars['Int']['output']>;
};

/** Amplitude could not be reached or used. Nothing changed. */
export type AmplitudeSourceError = Error & {
  __typename?: 'AmplitudeSourceError';
  /** What went wrong, for programs. */
  code: ErrorCode;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
  /** What failed. */
  reason: AmplitudeSourceReason;
  /** For RATE_LIMITED: how long Amplitude asked to wait, when it said. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
};

/** Why Amplitude could not be used. */
export type AmplitudeSourceReason =
  /** Amplitude refused the configured API key or secret key. */
  | 'AUTH'
  /** The gateway has no Amplitude API key and secret key. */
  | 'NOT_CONFIGURED'
  /** Amplitude rate-limited the gateway; try again later. */
  | 'RATE_LIMITED'
  /** Amplitude did not answer, or the export did not finish, in time. */
  | 'TIMEOUT'
  /** Amplitude failed or answered something unexpected. */
  | 'UPSTREAM';

/** A set of users (an analytics cohort), kept here so syncs can copy it into segments. */
export type Cohort = Node & {
  __typename?: 'Cohort';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the cohort is; may be empty. */
  description: Scalars['String']['output'];
  /** Path of the CSV export on this gateway (GET with `Authorization: Bearer <token>`): amplitude_id, user_id, device_id and property columns, the format `importCohortCsv` reads. */
  exportPath: Scalars['String']['output'];
  /** For AMPLITUDE cohorts: the Amplitude cohort id. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Globally unique id, usable with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** When members were last refreshed from Amplitude. */
  lastRefreshedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Number of members (kept current, not counted). */
  memberCount: Scalars['Int']['output'];
  /** Members ordered by member key; page with `first`/`after` (keyset cursors). */
  members: CohortMembersConnection;
  /** Members whose mapped value is missing or empty, for a mapping or a destination's mapping (give exactly one). Such members are left out of synced segments. Scans the cohort on each request. */
  missingKeyReport: CohortMissingKeyReportResult;
  /** Human-readable name. */
  name: Scalars['String']['output'];
  /** Its resource specifier in policies, `cohort/<id>`. */
  resource: Scalars['String']['output'];
  /** Where members come from. */
  sourceKind: CohortSourceKind;
  /** When it or its membership last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A set of users (an analytics cohort), kept here so syncs can copy it into segments. */
export type CohortMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A set of users (an analytics cohort), kept here so syncs can copy it into segments. */
export type CohortMissingKeyReportArgs = {
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  sampleSize?: InputMaybe<Scalars['Int']['input']>;
  userKeyProperty?: InputMaybe<Scalars['String']['input']>;
};

/** How an imported file combines with the cohort's current members. */
export type CohortImportMode =
  /** Members in the file are added or updated; nobody is removed. */
  | 'MERGE'
  /** The file becomes the whole membership; others are removed. */
  | 'REPLACE';

/** What an import (CSV) or a refresh (Amplitude) did. */
export type CohortImportResult = {
  __typename?: 'CohortImportResult';
  /** The cohort, after the import. */
  cohort: Cohort;
  /** Members that were not in the cohort before. */
  inserted: Scalars['Int']['output'];
  /** Members in the cohort afterwards. */
  memberCount: Scalars['Int']['output'];
  /** Members removed because the source no longer lists them. */
  removed: Scalars['Int']['output'];
  /** Data rows read (a member listed on several rows counts each time; the last row wins). */
  rowsRead: Scalars['Int']['output'];
  /** Members already there exactly as given. */
  unchanged: Scalars['Int']['output'];
  /** Members already there whose ids or properties changed. */
  updated: Scalars['Int']['output'];
};

/** A member of a cohort, identified by Amplitude ID, else user ID, else device ID. */
export type CohortMember = {
  __typename?: 'CohortMember';
  /** Amplitude ID. */
  amplitudeId?: Maybe<Scalars['String']['output']>;
  /** Device ID. */
  deviceId?: Maybe<Scalars['String']['output']>;
  /** Identity within the cohort: `a:<amplitude_id>`, else `u:<user_id>`, else `d:<device_id>`. */
  memberKey: Scalars['String']['output'];
  /** Other properties, ordered by name. */
  properties: Array<CohortMemberProperty>;
  /** User ID. */
  userId?: Maybe<Scalars['String']['output']>;
};

/** A member: at least one of the ids. Its member key is `a:<amplitudeId>`, else `u:<userId>`, else `d:<deviceId>`. */
export type CohortMemberInput = {
  /** Amplitude ID (digits). */
  amplitudeId?: InputMaybe<Scalars['String']['input']>;
  /** Device ID. */
  deviceId?: InputMaybe<Scalars['String']['input']>;
  /** Other properties; they replace the member's current ones. */
  properties?: InputMaybe<Array<CohortMemberPropertyInput>>;
  /** User ID. */
  userId?: InputMaybe<Scalars['String']['input']>;
};

/** One property of a cohort member (a CSV column other than the ids). */
export type CohortMemberProperty = {
  __typename?: 'CohortMemberProperty';
  /** Column name, e.g. `user_properties.plan`. */
  name: Scalars['String']['output'];
  /** The member's value; never empty. */
  value: Scalars['String']['output'];
};

/** One property of a member. */
export type CohortMemberPropertyInput = {
  /** Property name, e.g. `user_properties.plan`. */
  name: Scalars['String']['input'];
  /** Its value; empty means not set. */
  value: Scalars['String']['input'];
};

/** A member to remove: its member key, or the ids it was added with (giving the same key). */
export type CohortMemberRefInput = {
  /** Amplitude ID. */
  amplitudeId?: InputMaybe<Scalars['String']['input']>;
  /** Device ID. */
  deviceId?: InputMaybe<Scalars['String']['input']>;
  /** The member key, e.g. `u:alice`. */
  memberKey?: InputMaybe<Scalars['String']['input']>;
  /** User ID. */
  userId?: InputMaybe<Scalars['String']['input']>;
};

/** A page of cohort members. */
export type CohortMembersConnection = {
  __typename?: 'CohortMembersConnection';
  /** The members on this page, with cursors. */
  edges: Array<CohortMembersConnectionEdge>;
  /** The items of this page. */
  nodes: Array<CohortMember>;
  /** Where this page sits: cursors and whether there is more. */
  pageInfo: PageInfo;
};

/** A cohort member with its cursor. */
export type CohortMembersConnectionEdge = {
  __typename?: 'CohortMembersConnectionEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: CohortMember;
};

/** What a change to a cohort's members did. */
export type CohortMembershipChange = {
  __typename?: 'CohortMembershipChange';
  /** The cohort, after the change. */
  cohort: Cohort;
  /** Members that were not in the cohort before. */
  inserted: Scalars['Int']['output'];
  /** Members in the cohort after the change. */
  memberCount: Scalars['Int']['output'];
  /** Members removed. */
  removed: Scalars['Int']['output'];
  /** Members whose ids or properties changed. */
  updated: Scalars['Int']['output'];
};

/** Members a sync with this mapping would leave out, because their mapped value is missing or empty. */
export type CohortMissingKeyReport = {
  __typename?: 'CohortMissingKeyReport';
  /** How many members lack the value. */
  missingCount: Scalars['Int']['output'];
  /** The first few of them by member key; the CSV export lists them all. */
  sample: Array<CohortMember>;
  /** The mapping checked. */
  userKeyProperty: Scalars['String']['output'];
};

/** The report, or why it could not be made. */
export type CohortMissingKeyReportResult = CohortMissingKeyReportSuccess | InvalidInputError | NotAllowedError | NotFoundError;

/** The missing-key report. */
export type CohortMissingKeyReportSuccess = {
  __typename?: 'CohortMissingKeyReportSuccess';
  /** The report. */
  data: CohortMissingKeyReport;
};

/** Where a cohort's members come from. */
export type CohortSourceKind =
  /** Refreshed from a cohort in Amplitude (`refreshCohort`); not editable directly. */
  | 'AMPLITUDE'
  /** Written through the API or imported from CSV. */
  | 'BUILT_IN';

/** Keeps one cohort in step with a synced segment in one destination, once or on a schedule. */
export type CohortSync = Node & {
  __typename?: 'CohortSync';
  /** The run queued or in progress, if any. */
  activeRun?: Maybe<SyncRun>;
  /** The cohort being synced. */
  cohort: Cohort;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Where it is synced to. */
  destination: Destination;
  /** How often it runs on its own. */
  frequency: SyncFrequency;
  /** Globally unique id, usable with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** When the schedule next queues a run; null for one-time or paused syncs. */
  nextRunAt?: Maybe<Scalars['DateTime']['output']>;
  /** Paused syncs run only by hand. */
  paused: Scalars['Boolean']['output'];
  /** This sync's resource specifier in policies. */
  resource: Scalars['String']['output'];
  /** Its runs, newest first. */
  runs: CohortSyncRunsConnection;
  /** The synced segment it keeps current (null only if it was deleted; the next run re-creates it). */
  segment?: Maybe<Segment>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** Keeps one cohort in step with a synced segment in one destination, once or on a schedule. */
export type CohortSyncRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to move through it. */
export type CohortSyncRunsConnection = {
  __typename?: 'CohortSyncRunsConnection';
  /** The items of this page with their cursors. */
  edges: Array<CohortSyncRunsConnectionEdge>;
  /** The items of this page. */
  nodes: Array<SyncRun>;
  /** Where this page sits: cursors and whether there is more. */
  pageInfo: PageInfo;
  /** How many items match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a page, with its cursor. */
export type CohortSyncRunsConnectionEdge = {
  __typename?: 'CohortSyncRunsConnectionEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SyncRun;
};

/** A page of cohorts. */
export type CohortsConnection = {
  __typename?: 'CohortsConnection';
  /** The cohorts on this page, with cursors. */
  edges: Array<CohortsConnectionEdge>;
  /** The items of this page. */
  nodes: Array<Cohort>;
  /** Where this page sits: cursors and whether there is more. */
  pageInfo: PageInfo;
};

/** A cohort with its cursor. */
export type CohortsConnectionEdge = {
  __typename?: 'CohortsConnectionEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The cohort. */
  node: Cohort;
};

/** The change conflicts with existing data, e.g. a key that is already taken. */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  /** What went wrong, for programs. */
  code: ErrorCode;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** A token to create: a name and exactly one of a built-in role or custom policy statements. It may hold only what the creating token may do itself (see `createAccessToken`). */
export type CreateAccessTokenInput = {
  /** What the token is for. */
  name: Scalars['String']['input'];
  /** Custom policy statements (LaunchDarkly syntax), at most 100, each list at most 50 entries. Deny wins; nothing is allowed unless a statement allows it. */
  policy?: InputMaybe<Array<PolicyStatementInput>>;
  /** A built-in role. */
  role?: InputMaybe<Role>;
};

/** A cohort to create. */
export type CreateCohortInput = {
  /** Link it to this Amplitude cohort (see `amplitudeCohorts`) instead of keeping members here. */
  amplitudeCohortId?: InputMaybe<Scalars['String']['input']>;
  /** What the cohort is. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Human-readable name. */
  name: Scalars['String']['input'];
};

/** A cohort sync to create. */
export type CreateCohortSyncInput = {
  /** The cohort to sync. */
  cohortId: Scalars['ID']['input'];
  /** The destination to sync it to. */
  destinationId: Scalars['ID']['input'];
  /** How often it runs on its own. */
  frequency: SyncFrequency;
};

/** A destination to create. */
export type CreateDestinationInput = {
  /** Secret of an active token allowed `createSegment` and `updateIncluded` on the environment's segments (`proj/<p>:env/<e>:segment/*`), e.g. a WRITER. Only a reference to the token is kept. */
  accessToken: Scalars['String']['input'];
  /** Client-side ID of the target environment. */
  clientSideId: Scalars['String']['input'];
  /** Context kind of the synced contexts; `user` by default. */
  contextKind?: InputMaybe<Scalars['String']['input']>;
  /** Human-readable name. */
  name: Scalars['String']['input'];
  /** Member value used as the context key: `user_id` (default), `amplitude_id`, `device_id`, or a property name (`user_properties.<name>` or an imported CSV column). */
  userKeyProperty?: InputMaybe<Scalars['String']['input']>;
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

/** A list- or rule-based segment to create. */
export type CreateSegmentInput = {
  /** Kind of context its targets are keys of. */
  contextKind?: InputMaybe<Scalars['String']['input']>;
  /** What the segment is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Environment key. */
  environmentKey: Scalars['String']['input'];
  /** Unique in the environment; letters, digits, `.`, `_`, `-`. Never changes. */
  key: Scalars['String']['input'];
  /** LIST or RULE; SYNCED segments come from syncs. */
  kind: SegmentKind;
  /** Human-readable name. */
  name: Scalars['String']['input'];
  /** Project key. */
  projectKey: Scalars['String']['input'];
  /** Targeting rules, in order. */
  rules?: InputMaybe<Array<SegmentRuleInput>>;
  /** Labels for finding the segment. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new token with its secret. The secret is shown here once and cannot be retrieved again. */
export type CreatedAccessToken = {
  __typename?: 'CreatedAccessToken';
  /** Send it as `Authorization: Bearer <secret>`. */
  secret: Scalars['String']['output'];
  /** The token's metadata, shown to its creator even without `read` on tokens. */
  token: AccessToken;
};

/** A cohort CSV could not be imported: bad rows, bad format or over a limit. Nothing changed. */
export type CsvImportError = Error & {
  __typename?: 'CsvImportError';
  /** What went wrong, for programs. */
  code: ErrorCode;
  /** The first problems found, in file order. */
  errors: Array<CsvRowProblem>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
  /** True when more problems were found than listed. */
  truncated: Scalars['Boolean']['output'];
};

/** One problem in a CSV file. */
export type CsvRowProblem = {
  __typename?: 'CsvRowProblem';
  /** 1-based line of the file where the row starts. */
  line: Scalars['Int']['output'];
  /** What is wrong. */
  message: Scalars['String']['output'];
};

/** A target environment for cohort syncs, written to with an access token, plus the mapping from a cohort member to the segment's context key. */
export type Destination = Node & {
  __typename?: 'Destination';
  /** The token it writes with (metadata only; the secret is never stored). Null when the caller may not read the token. */
  accessToken?: Maybe<AccessToken>;
  /** When the token was last checked. */
  checkedAt: Scalars['DateTime']['output'];
  /** Client-side ID of its environment. */
  clientSideId: Scalars['String']['output'];
  /** Context kind of every context in its synced segments, e.g. `user`. */
  contextKind: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The environment synced segments are written to. */
  environment: Environment;
  /** Key of its environment. */
  environmentKey: Scalars['String']['output'];
  /** Globally unique id, usable with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Human-readable name. */
  name: Scalars['String']['output'];
  /** Key of the project of its environment. */
  projectKey: Scalars['String']['output'];
  /** Its resource specifier in policies, e.g. `proj/default:env/production:destination/<id>`. */
  resource: Scalars['String']['output'];
  /** Result of the last check. */
  status: DestinationStatus;
  /** Why the last check failed; null when CONNECTED. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** When its settings last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Which member value becomes the context key: `user_id`, `amplitude_id`, `device_id`, or a property name (`user_properties.<name>` or an imported CSV column). */
  userKeyProperty: Scalars['String']['output'];
};

/** Whether a destination's access token can currently write the environment's segments. */
export type DestinationStatus =
  /** The token exists, is active and may create segments and update their included contexts. */
  | 'CONNECTED'
  /** The last check failed; `statusReason` says why. Syncs to it fail until it is fixed. */
  | 'ERROR';

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
  | 'NOT_FOUND'
  /** An outside service the gateway depends on (Amplitude) failed or refused; see the message. */
  | 'UPSTREAM';

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
  /** Adds members, or updates those with the same member key (the last entry wins). At most MAX_MEMBERS_PER_MUTATION per call. Action `updateCohortMembers`. */
  addCohortMembers: MutationAddCohortMembersResult;
  /** Cancels a run: a queued run at once, a running one at its next batch boundary (its changes are not applied). A finished run, or one already applying its changes, is a CONFLICT. Action `runCohortSync`. */
  cancelSyncRun: MutationCancelSyncRunResult;
  /** Checks the destination's token again (active, still allowed to write the segments) and records the status. Action `updateDestination`. */
  checkDestination: MutationCheckDestinationResult;
  /** Creates an access token and returns its secret, once; only a hash is stored. Action `createAccessToken` on `token/*`. No escalation: the new token may hold only what the caller may do. For each allow statement of the new token (a role's statements, or its own), each action entry on each resource entry must be covered by one allow statement of the caller, comparing globs literally (`proj/*:env/*:segment/*` is covered by `*` or by `proj/*:env/*:segment/*`, not by `proj/default:*`; action `update*` needs `update*` or `*`), and no deny statement of the caller may touch anything the entry names. `notActions` and `notResources` in the new token count as `*`; its deny statements need nothing. Otherwise `NotAllowedError` says which entry failed and nothing is created. */
  createAccessToken: MutationCreateAccessTokenResult;
  /** Creates a cohort, empty, or linked to an Amplitude cohort (then fill it with `refreshCohort`). Action `createCohort` on `cohort/*`. */
  createCohort: MutationCreateCohortResult;
  /** Syncs a cohort to a destination: creates the synced segment (key derived from the cohort's name, its name and description from the cohort) and queues the first run. The same pair twice is a CONFLICT. Actions `createCohortSync` on `cohort/<cohort>:sync/*` and `createSegment` and `updateIncluded` on the destination's segments. */
  createCohortSync: MutationCreateCohortSyncResult;
  /** Creates a destination after checking its token can write the environment's segments. Action `createDestination` on `proj/<p>:env/<e>:destination/*` of the environment the client-side ID names. */
  createDestination: MutationCreateDestinationResult;
  /** Creates an environment in a project, with a new client-side ID. Action `createEnvironment`. */
  createEnvironment: MutationCreateEnvironmentResult;
  /** Creates a project, optionally with environments. Action `createProject`. */
  createProject: MutationCreateProjectResult;
  /** Creates a list- or rule-based segment. Action `createSegment`. */
  createSegment: MutationCreateSegmentResult;
  /** Deletes a cohort and its members; refused while a cohort sync uses it. Returns its global id. Action `deleteCohort`. */
  deleteCohort: MutationDeleteCohortResult;
  /** Deletes a cohort sync and its run history; a run in progress stops. Its segment keeps its current members and becomes an ordinary LIST segment, unless `deleteSegment` is true, in which case the segment is deleted too. Returns the deleted sync's id. Action `deleteCohortSync`. */
  deleteCohortSync: MutationDeleteCohortSyncResult;
  /** Deletes a destination; refused while a cohort sync uses it. Returns its global id. Action `deleteDestination`. */
  deleteDestination: MutationDeleteDestinationResult;
  /** Deletes an environment and everything in it. Returns the deleted key. Action `deleteEnvironment`. */
  deleteEnvironment: MutationDeleteEnvironmentResult;
  /** Deletes a project with its environments and everything in them. Returns the deleted key. Action `deleteProject`. */
  deleteProject: MutationDeleteProjectResult;
  /** Deletes a segment and its targets; returns its key. Creating the key again starts a new generation. A synced segment whose cohort sync exists is refused (delete the sync first). Action `deleteSegment`. */
  deleteSegment: MutationDeleteSegmentResult;
  /** Imports members from a CSV in Amplitude's export format (header `amplitude_id,user_id`, optional `device_id`, then property columns), sent as a GraphQL multipart upload. All or nothing: any bad row fails the import with line numbers and nothing changes. Action `updateCohortMembers`. */
  importCohortCsv: MutationImportCohortCsvResult;
  /** Makes a cohort a copy of an Amplitude cohort: `refreshCohort` then replaces its members with Amplitude's, and they can no longer be edited directly. Action `updateCohort`. */
  linkAmplitudeCohort: MutationLinkAmplitudeCohortResult;
  /** Marks the caller's notifications read: the given ones, or all when `ids` is omitted. Returns how many changed. */
  markNotificationsRead: MutationMarkNotificationsReadResult;
  /** Replaces an Amplitude-linked cohort's members with the remote cohort's (Behavioral Cohorts API), all or nothing. May take minutes while Amplitude prepares the export. Action `updateCohortMembers`. */
  refreshCohort: MutationRefreshCohortResult;
  /** Removes members; ones not in the cohort are ignored. At most MAX_MEMBERS_PER_MUTATION per call. Action `updateCohortMembers`. */
  removeCohortMembers: MutationRemoveCohortMembersResult;
  /** Revokes a token at once, in every gateway process; requests and new subscriptions with it are refused from then on. Idempotent. Action `revokeAccessToken` on `token/<id>`, except that any token may revoke itself (it can only lose power). Returns the revoked token's metadata. */
  revokeAccessToken: MutationRevokeAccessTokenResult;
  /** Runs a cohort sync now. If a run is already queued or running, returns that run instead of queuing another. Action `runCohortSync`. */
  runCohortSync: MutationRunCohortSyncResult;
  /** Changes a cohort's name or description. Action `updateCohort`. */
  updateCohort: MutationUpdateCohortResult;
  /** Changes the frequency, or pauses or resumes the schedule. Action `updateCohortSync`. */
  updateCohortSync: MutationUpdateCohortSyncResult;
  /** Changes a destination's name, mapping, context kind or token. Action `updateDestination`. */
  updateDestination: MutationUpdateDestinationResult;
  /** Renames an environment. Action `updateEnvironment`. */
  updateEnvironment: MutationUpdateEnvironmentResult;
  /** Renames a project. Action `updateProject`. */
  updateProject: MutationUpdateProjectResult;
  /** Changes a segment's name, description or tags (actions `updateName`, `updateDescription`, `updateTags` for the fields given). On a synced segment, changed fields are no longer overwritten by syncs. */
  updateSegment: MutationUpdateSegmentResult;
  /** Replaces a list- or rule-based segment's rules. Action `updateRules`. */
  updateSegmentRules: MutationUpdateSegmentRulesResult;
  /** Adds and removes individually included and excluded context keys of a list- or rule-based segment, at most `MAX_TARGETS_PER_MUTATION` keys per call. Actions `updateIncluded` and `updateExcluded` for the lists changed. */
  updateSegmentTargets: MutationUpdateSegmentTargetsResult;
};


/** Every change the gateway accepts. */
export type MutationAddCohortMembersArgs = {
  cohortId: Scalars['ID']['input'];
  members: Array<CohortMemberInput>;
};


/** Every change the gateway accepts. */
export type MutationCancelSyncRunArgs = {
  id: Scalars['ID']['input'];
};


/** Every change the gateway accepts. */
export type MutationCheckDestinationArgs = {
  id: Scalars['ID']['input'];
};


/** Every change the gateway accepts. */
export type MutationCreateAccessTokenArgs = {
  input: CreateAccessTokenInput;
};


/** Every change the gateway accepts. */
export type MutationCreateCohortArgs = {
  input: CreateCohortInput;
};


/** Every change the gateway accepts. */
export type MutationCreateCohortSyncArgs = {
  input: CreateCohortSyncInput;
};


/** Every change the gateway accepts. */
export type MutationCreateDestinationArgs = {
  input: CreateDestinationInput;
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
export type MutationCreateSegmentArgs = {
  input: CreateSegmentInput;
};


/** Every change the gateway accepts. */
export type MutationDeleteCohortArgs = {
  id: Scalars['ID']['input'];
};


/** Every change the gateway accepts. */
export type MutationDeleteCohortSyncArgs = {
  deleteSegment?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/** Every change the gateway accepts. */
export type MutationDeleteDestinationArgs = {
  id: Scalars['ID']['input'];
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
export type MutationDeleteSegmentArgs = {
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  projectKey: Scalars['String']['input'];
};


/** Every change the gateway accepts. */
export type MutationImportCohortCsvArgs = {
  cohortId: Scalars['ID']['input'];
  file: Scalars['File']['input'];
  mode: CohortImportMode;
};


/** Every change the gateway accepts. */
export type MutationLinkAmplitudeCohortArgs = {
  cohortId: Scalars['ID']['input'];
  externalId: Scalars['String']['input'];
};


/** Every change the gateway accepts. */
export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Every change the gateway accepts. */
export type MutationRefreshCohortArgs = {
  cohortId: Scalars['ID']['input'];
};


/** Every change the gateway accepts. */
export type MutationRemoveCohortMembersArgs = {
  cohortId: Scalars['ID']['input'];
  members: Array<CohortMemberRefInput>;
};


/** Every change the gateway accepts. */
export type MutationRevokeAccessTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Every change the gateway accepts. */
export type MutationRunCohortSyncArgs = {
  id: Scalars['ID']['input'];
};


/** Every change the gateway accepts. */
export type MutationUpdateCohortArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCohortInput;
};


/** Every change the gateway accepts. */
export type MutationUpdateCohortSyncArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCohortSyncInput;
};


/** Every change the gateway accepts. */
export type MutationUpdateDestinationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDestinationInput;
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


/** Every change the gateway accepts. */
export type MutationUpdateSegmentArgs = {
  environmentKey: Scalars['String']['input'];
  input: UpdateSegmentInput;
  key: Scalars['String']['input'];
  projectKey: Scalars['String']['input'];
};


/** Every change the gateway accepts. */
export type MutationUpdateSegmentRulesArgs = {
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  projectKey: Scalars['String']['input'];
  rules: Array<SegmentRuleInput>;
};


/** Every change the gateway accepts. */
export type MutationUpdateSegmentTargetsArgs = {
  environmentKey: Scalars['String']['input'];
  input: SegmentTargetsInput;
  key: Scalars['String']['input'];
  projectKey: Scalars['String']['input'];
};

/** Result of `addCohortMembers`: its success value, or one of the expected errors (nothing changed). */
export type MutationAddCohortMembersResult = InvalidInputError | ManagedBySourceError | MutationAddCohortMembersSuccess | NotAllowedError | NotFoundError;

/** Successful result of `addCohortMembers`. */
export type MutationAddCohortMembersSuccess = {
  __typename?: 'MutationAddCohortMembersSuccess';
  /** What `addCohortMembers` returned. */
  data: CohortMembershipChange;
};

/** Result of `cancelSyncRun`: its success value, or one of the expected errors (nothing changed). */
export type MutationCancelSyncRunResult = ConflictError | InvalidInputError | MutationCancelSyncRunSuccess | NotAllowedError | NotFoundError;

/** Successful result of `cancelSyncRun`. */
export type MutationCancelSyncRunSuccess = {
  __typename?: 'MutationCancelSyncRunSuccess';
  /** What `cancelSyncRun` returned. */
  data: SyncRun;
};

/** Result of `checkDestination`: its success value, or one of the expected errors (nothing changed). */
export type MutationCheckDestinationResult = InvalidInputError | MutationCheckDestinationSuccess | NotAllowedError | NotFoundError;

/** Successful result of `checkDestination`. */
export type MutationCheckDestinationSuccess = {
  __typename?: 'MutationCheckDestinationSuccess';
  /** What `checkDestination` returned. */
  data: Destination;
};

/** Result of `createAccessToken`: its success value, or one of the expected errors (nothing changed). */
export type MutationCreateAccessTokenResult = InvalidInputError | InvalidPolicyError | MutationCreateAccessTokenSuccess | NotAllowedError | NotFoundError;

/** Successful result of `createAccessToken`. */
export type MutationCreateAccessTokenSuccess = {
  __typename?: 'MutationCreateAccessTokenSuccess';
  /** What `createAccessToken` returned. */
  data: CreatedAccessToken;
};

/** Result of `createCohort`: its success value, or one of the expected errors (nothing changed). */
export type MutationCreateCohortResult = InvalidInputError | MutationCreateCohortSuccess | NotAllowedError | NotFoundError;

/** Successful result of `createCohort`. */
export type MutationCreateCohortSuccess = {
  __typename?: 'MutationCreateCohortSuccess';
  /** What `createCohort` returned. */
  data: Cohort;
};

/** Result of `createCohortSync`: its success value, or one of the expected errors (nothing changed). */
export type MutationCreateCohortSyncResult = ConflictError | InvalidInputError | MutationCreateCohortSyncSuccess | NotAllowedError | NotFoundError;

/** Successful result of `createCohortSync`. */
export type MutationCreateCohortSyncSuccess = {
  __typename?: 'MutationCreateCohortSyncSuccess';
  /** What `createCohortSync` returned. */
  data: CohortSync;
};

/** Result of `createDestination`: its success value, or one of the expected errors (nothing changed). */
export type MutationCreateDestinationResult = InvalidInputError | MutationCreateDestinationSuccess | NotAllowedError | NotFoundError;

/** Successful result of `createDestination`. */
export type MutationCreateDestinationSuccess = {
  __typename?: 'MutationCreateDestinationSuccess';
  /** What `createDestination` returned. */
  data: Destination;
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

/** Result of `createSegment`: its success value, or one of the expected errors (nothing changed). */
export type MutationCreateSegmentResult = ConflictError | InvalidInputError | MutationCreateSegmentSuccess | NotAllowedError | NotFoundError;

/** Successful result of `createSegment`. */
export type MutationCreateSegmentSuccess = {
  __typename?: 'MutationCreateSegmentSuccess';
  /** What `createSegment` returned. */
  data: Segment;
};

/** Result of `deleteCohort`: its success value, or one of the expected errors (nothing changed). */
export type MutationDeleteCohortResult = ConflictError | InvalidInputError | MutationDeleteCohortSuccess | NotAllowedError | NotFoundError;

/** Successful result of `deleteCohort`. */
export type MutationDeleteCohortSuccess = {
  __typename?: 'MutationDeleteCohortSuccess';
  /** What `deleteCohort` returned. */
  data: Scalars['ID']['output'];
};

/** Result of `deleteCohortSync`: its success value, or one of the expected errors (nothing changed). */
export type MutationDeleteCohortSyncResult = InvalidInputError | MutationDeleteCohortSyncSuccess | NotAllowedError | NotFoundError;

/** Successful result of `deleteCohortSync`. */
export type MutationDeleteCohortSyncSuccess = {
  __typename?: 'MutationDeleteCohortSyncSuccess';
  /** What `deleteCohortSync` returned. */
  data: Scalars['ID']['output'];
};

/** Result of `deleteDestination`: its success value, or one of the expected errors (nothing changed). */
export type MutationDeleteDestinationResult = ConflictError | InvalidInputError | MutationDeleteDestinationSuccess | NotAllowedError | NotFoundError;

/** Successful result of `deleteDestination`. */
export type MutationDeleteDestinationSuccess = {
  __typename?: 'MutationDeleteDestinationSuccess';
  /** What `deleteDestination` returned. */
  data: Scalars['ID']['output'];
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

/** Result of `deleteSegment`: its success value, or one of the expected errors (nothing changed). */
export type MutationDeleteSegmentResult = InvalidInputError | ManagedBySourceError | MutationDeleteSegmentSuccess | NotAllowedError | NotFoundError;

/** Successful result of `deleteSegment`. */
export type MutationDeleteSegmentSuccess = {
  __typename?: 'MutationDeleteSegmentSuccess';
  /** What `deleteSegment` returned. */
  data: Scalars['String']['output'];
};

/** Result of `importCohortCsv`: its success value, or one of the expected errors (nothing changed). */
export type MutationImportCohortCsvResult = CsvImportError | InvalidInputError | ManagedBySourceError | MutationImportCohortCsvSuccess | NotAllowedError | NotFoundError;

/** Successful result of `importCohortCsv`. */
export type MutationImportCohortCsvSuccess = {
  __typename?: 'MutationImportCohortCsvSuccess';
  /** What `importCohortCsv` returned. */
  data: CohortImportResult;
};

/** Result of `linkAmplitudeCohort`: its success value, or one of the expected errors (nothing changed). */
export type MutationLinkAmplitudeCohortResult = InvalidInputError | MutationLinkAmplitudeCohortSuccess | NotAllowedError | NotFoundError;

/** Successful result of `linkAmplitudeCohort`. */
export type MutationLinkAmplitudeCohortSuccess = {
  __typename?: 'MutationLinkAmplitudeCohortSuccess';
  /** What `linkAmplitudeCohort` returned. */
  data: Cohort;
};

/** Result of `markNotificationsRead`: its success value, or one of the expected errors (nothing changed). */
export type MutationMarkNotificationsReadResult = InvalidInputError | MutationMarkNotificationsReadSuccess | NotAllowedError | NotFoundError;

/** Successful result of `markNotificationsRead`. */
export type MutationMarkNotificationsReadSuccess = {
  __typename?: 'MutationMarkNotificationsReadSuccess';
  /** What `markNotificationsRead` returned. */
  data: Scalars['Int']['output'];
};

/** Result of `refreshCohort`: its success value, or one of the expected errors (nothing changed). */
export type MutationRefreshCohortResult = AmplitudeSourceError | ConflictError | CsvImportError | InvalidInputError | MutationRefreshCohortSuccess | NotAllowedError | NotFoundError;

/** Successful result of `refreshCohort`. */
export type MutationRefreshCohortSuccess = {
  __typename?: 'MutationRefreshCohortSuccess';
  /** What `refreshCohort` returned. */
  data: CohortImportResult;
};

/** Result of `removeCohortMembers`: its success value, or one of the expected errors (nothing changed). */
export type MutationRemoveCohortMembersResult = InvalidInputError | ManagedBySourceError | MutationRemoveCohortMembersSuccess | NotAllowedError | NotFoundError;

/** Successful result of `removeCohortMembers`. */
export type MutationRemoveCohortMembersSuccess = {
  __typename?: 'MutationRemoveCohortMembersSuccess';
  /** What `removeCohortMembers` returned. */
  data: CohortMembershipChange;
};

/** Result of `revokeAccessToken`: its success value, or one of the expected errors (nothing changed). */
export type MutationRevokeAccessTokenResult = InvalidInputError | MutationRevokeAccessTokenSuccess | NotAllowedError | NotFoundError;

/** Successful result of `revokeAccessToken`. */
export type MutationRevokeAccessTokenSuccess = {
  __typename?: 'MutationRevokeAccessTokenSuccess';
  /** What `revokeAccessToken` returned. */
  data: AccessToken;
};

/** Result of `runCohortSync`: its success value, or one of the expected errors (nothing changed). */
export type MutationRunCohortSyncResult = InvalidInputError | MutationRunCohortSyncSuccess | NotAllowedError | NotFoundError;

/** Successful result of `runCohortSync`. */
export type MutationRunCohortSyncSuccess = {
  __typename?: 'MutationRunCohortSyncSuccess';
  /** What `runCohortSync` returned. */
  data: SyncRun;
};

/** Result of `updateCohort`: its success value, or one of the expected errors (nothing changed). */
export type MutationUpdateCohortResult = InvalidInputError | MutationUpdateCohortSuccess | NotAllowedError | NotFoundError;

/** Successful result of `updateCohort`. */
export type MutationUpdateCohortSuccess = {
  __typename?: 'MutationUpdateCohortSuccess';
  /** What `updateCohort` returned. */
  data: Cohort;
};

/** Result of `updateCohortSync`: its success value, or one of the expected errors (nothing changed). */
export type MutationUpdateCohortSyncResult = InvalidInputError | MutationUpdateCohortSyncSuccess | NotAllowedError | NotFoundError;

/** Successful result of `updateCohortSync`. */
export type MutationUpdateCohortSyncSuccess = {
  __typename?: 'MutationUpdateCohortSyncSuccess';
  /** What `updateCohortSync` returned. */
  data: CohortSync;
};

/** Result of `updateDestination`: its success value, or one of the expected errors (nothing changed). */
export type MutationUpdateDestinationResult = InvalidInputError | MutationUpdateDestinationSuccess | NotAllowedError | NotFoundError;

/** Successful result of `updateDestination`. */
export type MutationUpdateDestinationSuccess = {
  __typename?: 'MutationUpdateDestinationSuccess';
  /** What `updateDestination` returned. */
  data: Destination;
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

/** Result of `updateSegment`: its success value, or one of the expected errors (nothing changed). */
export type MutationUpdateSegmentResult = InvalidInputError | MutationUpdateSegmentSuccess | NotAllowedError | NotFoundError;

/** Result of `updateSegmentRules`: its success value, or one of the expected errors (nothing changed). */
export type MutationUpdateSegmentRulesResult = InvalidInputError | ManagedBySourceError | MutationUpdateSegmentRulesSuccess | NotAllowedError | NotFoundError;

/** Successful result of `updateSegmentRules`. */
export type MutationUpdateSegmentRulesSuccess = {
  __typename?: 'MutationUpdateSegmentRulesSuccess';
  /** What `updateSegmentRules` returned. */
  data: Segment;
};

/** Successful result of `updateSegment`. */
export type MutationUpdateSegmentSuccess = {
  __typename?: 'MutationUpdateSegmentSuccess';
  /** What `updateSegment` returned. */
  data: Segment;
};

/** Result of `updateSegmentTargets`: its success value, or one of the expected errors (nothing changed). */
export type MutationUpdateSegmentTargetsResult = InvalidInputError | ManagedBySourceError | MutationUpdateSegmentTargetsSuccess | NotAllowedError | NotFoundError;

/** Successful result of `updateSegmentTargets`. */
export type MutationUpdateSegmentTargetsSuccess = {
  __typename?: 'MutationUpdateSegmentTargetsSuccess';
  /** What `updateSegmentTargets` returned. */
  data: Segment;
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

/** A message for the token that created a cohort sync, about how one of its runs ended. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Globally unique id, usable with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** What it is about. */
  kind: NotificationKind;
  /** A sentence for people. */
  message: Scalars['String']['output'];
  /** Whether it was marked read. */
  read: Scalars['Boolean']['output'];
  /** When it was marked read. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The run it is about. */
  run?: Maybe<SyncRun>;
};

/** What a notification is about. */
export type NotificationKind =
  /** A cohort sync run you created gave up. */
  | 'SYNC_FAILED'
  /** A cohort sync run you created finished. */
  | 'SYNC_SUCCEEDED';

/** Position of a page within a paginated list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
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
  /** Access tokens the caller may see: its own, and those it may `read` (`token/<id>`). Metadata only: neither secrets nor their hashes are ever readable. Newest first. */
  accessTokens: Array<AccessToken>;
  /** Cohorts in the configured Amplitude project, to link with `linkAmplitudeCohort`. Needs `read` on `cohort/*`. The gateway reaches Amplitude with AMPLITUDE_API_KEY and AMPLITUDE_SECRET_KEY at AMPLITUDE_BASE_URL: https://amplitude.com (US region, the default) or https://analytics.eu.amplitude.com (EU region). */
  amplitudeCohorts: QueryAmplitudeCohortsResult;
  /** One cohort by id; null if it does not exist or the caller may not read it. */
  cohort?: Maybe<Cohort>;
  /** One cohort sync; null if it does not exist or the caller may not read it. */
  cohortSync?: Maybe<CohortSync>;
  /** Cohort syncs the caller may read, newest first. */
  cohortSyncs: QueryCohortSyncsConnection;
  /** Cohorts the caller may read, ordered by name. */
  cohorts: CohortsConnection;
  /** Segments of an environment that individually target a context key (included or excluded), by segment key; only those the caller may read. */
  contextSegments: Array<SegmentMembership>;
  /** One destination by id; null if it does not exist or the caller may not read it. */
  destination?: Maybe<Destination>;
  /** Destinations the caller may read, optionally in one project or environment, by name. */
  destinations: Array<Destination>;
  /** Evaluates a context (one or several kinds) against every segment of an environment the caller may read: an included key matches, an excluded key does not, otherwise the first matching rule decides. Returns the matching segments by key. */
  evaluateSegments: QueryEvaluateSegmentsResult;
  /** Fetches any object by its global id; null when it does not exist. */
  node?: Maybe<Node>;
  /** Fetches several objects by global id, in order. */
  nodes: Array<Maybe<Node>>;
  /** The caller's notifications, newest first. */
  notifications: QueryNotificationsConnection;
  /** One project by key; null if it does not exist or the caller may not see it. */
  project?: Maybe<Project>;
  /** Projects the caller may see something in, ordered by key. */
  projects: Array<Project>;
  /** One segment by key; null if it does not exist or the caller may not read it. */
  segment?: Maybe<Segment>;
  /** Segments of an environment the caller may read, by key, with each synced segment's source. */
  segments: SegmentConnection;
  /** One sync run; null if it does not exist or the caller may not read it. */
  syncRun?: Maybe<SyncRun>;
  /** Who the caller is: its token, role and effective policy. */
  viewer: Viewer;
};


/** Everything a token can read. */
export type QueryAccessTokensArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Everything a token can read. */
export type QueryCohortArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a token can read. */
export type QueryCohortSyncArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a token can read. */
export type QueryCohortSyncsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything a token can read. */
export type QueryCohortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything a token can read. */
export type QueryContextSegmentsArgs = {
  contextKey: Scalars['String']['input'];
  contextKind?: InputMaybe<Scalars['String']['input']>;
  environmentKey: Scalars['String']['input'];
  included?: InputMaybe<Scalars['Boolean']['input']>;
  projectKey: Scalars['String']['input'];
};


/** Everything a token can read. */
export type QueryDestinationArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a token can read. */
export type QueryDestinationsArgs = {
  environmentKey?: InputMaybe<Scalars['String']['input']>;
  projectKey?: InputMaybe<Scalars['String']['input']>;
};


/** Everything a token can read. */
export type QueryEvaluateSegmentsArgs = {
  context: Scalars['EvaluationContext']['input'];
  environmentKey: Scalars['String']['input'];
  projectKey: Scalars['String']['input'];
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
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Everything a token can read. */
export type QueryProjectArgs = {
  key: Scalars['String']['input'];
};


/** Everything a token can read. */
export type QuerySegmentArgs = {
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  projectKey: Scalars['String']['input'];
};


/** Everything a token can read. */
export type QuerySegmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  environmentKey: Scalars['String']['input'];
  filter?: InputMaybe<SegmentFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  projectKey: Scalars['String']['input'];
};


/** Everything a token can read. */
export type QuerySyncRunArgs = {
  id: Scalars['ID']['input'];
};

/** Result of `amplitudeCohorts`: its success value, or one of the expected errors (nothing changed). */
export type QueryAmplitudeCohortsResult = AmplitudeSourceError | InvalidInputError | NotAllowedError | NotFoundError | QueryAmplitudeCohortsSuccess;

/** Successful result of `amplitudeCohorts`. */
export type QueryAmplitudeCohortsSuccess = {
  __typename?: 'QueryAmplitudeCohortsSuccess';
  /** What `amplitudeCohorts` returned. */
  data: Array<AmplitudeCohort>;
};

/** A page of a list, with cursors to move through it. */
export type QueryCohortSyncsConnection = {
  __typename?: 'QueryCohortSyncsConnection';
  /** The items of this page with their cursors. */
  edges: Array<QueryCohortSyncsConnectionEdge>;
  /** The items of this page. */
  nodes: Array<CohortSync>;
  /** Where this page sits: cursors and whether there is more. */
  pageInfo: PageInfo;
};

/** One item of a page, with its cursor. */
export type QueryCohortSyncsConnectionEdge = {
  __typename?: 'QueryCohortSyncsConnectionEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CohortSync;
};

/** Result of `evaluateSegments`: its success value, or one of the expected errors (nothing changed). */
export type QueryEvaluateSegmentsResult = InvalidInputError | NotFoundError | QueryEvaluateSegmentsSuccess;

/** Successful result of `evaluateSegments`. */
export type QueryEvaluateSegmentsSuccess = {
  __typename?: 'QueryEvaluateSegmentsSuccess';
  /** What `evaluateSegments` returned. */
  data: Array<SegmentMatch>;
};

/** A page of a list, with cursors to move through it. */
export type QueryNotificationsConnection = {
  __typename?: 'QueryNotificationsConnection';
  /** The items of this page with their cursors. */
  edges: Array<QueryNotificationsConnectionEdge>;
  /** The items of this page. */
  nodes: Array<Notification>;
  /** Where this page sits: cursors and whether there is more. */
  pageInfo: PageInfo;
};

/** One item of a page, with its cursor. */
export type QueryNotificationsConnectionEdge = {
  __typename?: 'QueryNotificationsConnectionEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Notification;
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

/** A set of contexts in one environment, targeted by feature flags. */
export type Segment = Node & {
  __typename?: 'Segment';
  /** Whether a context key is individually included (rules are not evaluated; see `evaluateSegments`). */
  contains: Scalars['Boolean']['output'];
  /** Kind of context its targets are keys of. */
  contextKind: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the segment is for. */
  description: Scalars['String']['output'];
  /** For synced segments: fields people changed (`name`, `description`, `tags`), which syncs no longer overwrite. */
  editedFields: Array<Scalars['String']['output']>;
  /** Its environment. */
  environment: Environment;
  /** Key of its environment. */
  environmentKey: Scalars['String']['output'];
  /** How many context keys are individually excluded. */
  excludedCount: Scalars['Int']['output'];
  /** 1 for the first segment with this key in the environment; one more each time the key is created again. */
  generation: Scalars['Int']['output'];
  /** Globally unique id, usable with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** How many context keys are individually included. */
  includedCount: Scalars['Int']['output'];
  /** A big segment: synced, or list-based with more than 15000 targets. */
  isBig: Scalars['Boolean']['output'];
  /** Unique within the environment; never changes. */
  key: Scalars['String']['output'];
  /** How membership is decided. */
  kind: SegmentKind;
  /** When a sync last finished applying changes; null for list and rule segments. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Human-readable name. */
  name: Scalars['String']['output'];
  /** Key of its project. */
  projectKey: Scalars['String']['output'];
  /** Its resource specifier in policies, e.g. `proj/default:env/production:segment/beta`. */
  resource: Scalars['String']['output'];
  /** Targeting rules, in order. */
  rules: Array<SegmentRule>;
  /** Where a synced segment comes from; null for list and rule segments, or once the cohort is deleted. */
  source?: Maybe<SegmentSource>;
  /** Labels for finding segments, sorted. */
  tags: Array<Scalars['String']['output']>;
  /** A context key's individual targeting: included, excluded, or null when it is in neither list. */
  target?: Maybe<SegmentTarget>;
  /** Individually targeted keys in key order (at most 1000 a page). Cursors are positions by key, so paging while keys are added never repeats a key or skips one that stayed. */
  targets: SegmentTargetConnection;
  /** When it or its targets last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change to the segment or its targets. */
  version: Scalars['Int']['output'];
};


/** A set of contexts in one environment, targeted by feature flags. */
export type SegmentContainsArgs = {
  contextKey: Scalars['String']['input'];
};


/** A set of contexts in one environment, targeted by feature flags. */
export type SegmentTargetArgs = {
  contextKey: Scalars['String']['input'];
};


/** A set of contexts in one environment, targeted by feature flags. */
export type SegmentTargetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  included?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One condition of a rule: the context's attribute compared with values. */
export type SegmentClause = {
  __typename?: 'SegmentClause';
  /** Attribute name, or a `/`-separated path into nested objects (`/address/city`). */
  attribute: Scalars['String']['output'];
  /** Kind of context whose attribute is tested. */
  contextKind: Scalars['String']['output'];
  /** Inverts the result (a context without the attribute still does not match). */
  negate: Scalars['Boolean']['output'];
  /** Operator, e.g. `in`, `startsWith`, `matches`, `lessThan`, `before`. */
  op: Scalars['String']['output'];
  /** The clause matches when the attribute matches any of these. */
  values: Array<Scalars['ClauseValue']['output']>;
};

/** One condition of a rule. */
export type SegmentClauseInput = {
  /** Attribute name, or a `/`-separated path (`/address/city`); `kind` tests the context kinds. */
  attribute: Scalars['String']['input'];
  /** Kind of context whose attribute is tested. */
  contextKind?: InputMaybe<Scalars['String']['input']>;
  /** Invert the result. */
  negate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Operator: one of in, startsWith, endsWith, contains, matches, lessThan, lessThanOrEqual, greaterThan, greaterThanOrEqual, before, after. */
  op: Scalars['String']['input'];
  /** At least one value. Strings for startsWith/endsWith/contains, regular expressions for matches, numbers for lessThan/greaterThan, epoch milliseconds or RFC 3339 strings for before/after. */
  values: Array<Scalars['ClauseValue']['input']>;
};

/** A page of segments. */
export type SegmentConnection = {
  __typename?: 'SegmentConnection';
  /** The segments on this page, each with its cursor. */
  edges: Array<SegmentEdge>;
  /** The items of this page. */
  nodes: Array<Segment>;
  /** Where this page sits: cursors and whether there is more. */
  pageInfo: PageInfo;
};

/** A segment and its position. */
export type SegmentEdge = {
  __typename?: 'SegmentEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The segment. */
  node: Segment;
};

/** Narrows a segment listing; all given conditions must hold. */
export type SegmentFilterInput = {
  /** Only segments of this kind. */
  kind?: InputMaybe<SegmentKind>;
  /** Only segments whose key or name contains this, ignoring case. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only segments synced from this cohort (its id). */
  sourceCohortId?: InputMaybe<Scalars['ID']['input']>;
  /** Only segments with this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** How a segment's membership is decided. */
export type SegmentKind =
  /** Individually included and excluded context keys (rules are allowed too). */
  | 'LIST'
  /** Targeting rules on context attributes (individual targets are allowed too). */
  | 'RULE'
  /** Kept in step with a cohort by a cohort sync; its targets and rules are managed there. */
  | 'SYNCED';

/** A segment a context is in, and why. */
export type SegmentMatch = {
  __typename?: 'SegmentMatch';
  /** Why the context is in it. */
  reason: SegmentMatchReason;
  /** For RULE_MATCH: id of the first matching rule. */
  ruleId?: Maybe<Scalars['String']['output']>;
  /** For RULE_MATCH: 0-based position of the first matching rule. */
  ruleIndex?: Maybe<Scalars['Int']['output']>;
  /** The segment. */
  segment: Segment;
};

/** Why a context is in a segment. */
export type SegmentMatchReason =
  /** Its key is individually included. */
  | 'INCLUDED'
  /** It matches one of the segment's rules (and its key is not excluded). */
  | 'RULE_MATCH';

/** A segment that individually targets a context key. */
export type SegmentMembership = {
  __typename?: 'SegmentMembership';
  /** True when the key is included, false when excluded. */
  included: Scalars['Boolean']['output'];
  /** The segment. */
  segment: Segment;
};

/** A targeting rule: a context matches when it matches every clause. */
export type SegmentRule = {
  __typename?: 'SegmentRule';
  /** The conditions, all of which must hold. */
  clauses: Array<SegmentClause>;
  /** Stable id of the rule within its segment. */
  id: Scalars['String']['output'];
};

/** A rule: a context matches when it matches every clause. */
export type SegmentRuleInput = {
  /** At least one clause. */
  clauses: Array<SegmentClauseInput>;
  /** Keep an existing rule's id; a new id is generated when omitted. */
  id?: InputMaybe<Scalars['String']['input']>;
};

/** Where a synced segment comes from. */
export type SegmentSource = {
  __typename?: 'SegmentSource';
  /** Global id of the source cohort. */
  cohortId: Scalars['ID']['output'];
  /** Name of the source cohort. */
  cohortName: Scalars['String']['output'];
  /** Global id of the cohort sync that maintains the segment; null once that sync is deleted. */
  cohortSyncId?: Maybe<Scalars['ID']['output']>;
  /** The kind of source. */
  kind: SegmentSourceKind;
  /** The cohort in its analytics product, for Amplitude cohorts; null for cohorts kept here. */
  link?: Maybe<Scalars['String']['output']>;
};

/** Where a synced segment's members come from. */
export type SegmentSourceKind =
  /** A cohort refreshed from Amplitude. */
  | 'AMPLITUDE_COHORT'
  /** A cohort kept in this gateway (written through the API or imported from CSV). */
  | 'COHORT';

/** A context key individually targeted by a segment. */
export type SegmentTarget = {
  __typename?: 'SegmentTarget';
  /** The context key (of the segment's context kind). */
  contextKey: Scalars['String']['output'];
  /** True when included, false when excluded. */
  included: Scalars['Boolean']['output'];
};

/** A page of a segment's individually targeted keys. */
export type SegmentTargetConnection = {
  __typename?: 'SegmentTargetConnection';
  /** The targets on this page, each with its cursor. */
  edges: Array<SegmentTargetEdge>;
  /** The items of this page. */
  nodes: Array<SegmentTarget>;
  /** Where this page sits: cursors and whether there is more. */
  pageInfo: PageInfo;
};

/** A targeted key and its position. */
export type SegmentTargetEdge = {
  __typename?: 'SegmentTargetEdge';
  /** Opaque position of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The target. */
  node: SegmentTarget;
};

/** Context keys to add to or remove from a segment's lists. A key is in at most one list: adding it to one moves it out of the other. */
export type SegmentTargetsInput = {
  /** Keys to exclude (action `updateExcluded`). */
  addExcluded?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Keys to include (action `updateIncluded`). */
  addIncluded?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Keys to stop excluding (action `updateExcluded`). */
  removeExcluded?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Keys to stop including (action `updateIncluded`). */
  removeIncluded?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A cohort member left out of the segment because its mapped key was missing or empty. */
export type SkippedMember = {
  __typename?: 'SkippedMember';
  /** Amplitude's id for the user. */
  amplitudeId?: Maybe<Scalars['String']['output']>;
  /** The device id, if any. */
  deviceId?: Maybe<Scalars['String']['output']>;
  /** The user id, if any. */
  userId?: Maybe<Scalars['String']['output']>;
};

/** Live events, over graphql-ws (WebSocket) or SSE. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Live feed of changes made through any gateway process, limited to resources the caller may read. */
  activity: ActivityEvent;
  /** The caller's new notifications as they are created, in any gateway process. */
  notifications: Notification;
  /** Every sync run event (queued, started, progress, retrying, completed, failed, canceled) the caller may read, from every gateway process; optionally only one cohort sync's. */
  syncEvents: SyncRunEvent;
  /** A run's progress: first its current state, then each later event in order (no gap, no duplicate: events are numbered by `sequence`), ending after the completed, failed or canceled event. A finished run yields its final state and ends at once. Slow subscribers get coalesced progress, never a missing final event. */
  syncRunProgress: SyncRunEvent;
};


/** Live events, over graphql-ws (WebSocket) or SSE. */
export type SubscriptionSyncEventsArgs = {
  cohortSyncId?: InputMaybe<Scalars['ID']['input']>;
};


/** Live events, over graphql-ws (WebSocket) or SSE. */
export type SubscriptionSyncRunProgressArgs = {
  runId: Scalars['ID']['input'];
};

/** How often a cohort sync runs on its own. */
export type SyncFrequency =
  /** Every 24 hours, plus by hand. */
  | 'DAILY'
  /** Every hour (recommended), plus by hand. */
  | 'HOURLY'
  /** Only when created and when run by hand. */
  | 'ONE_TIME';

/** One execution of a cohort sync, with its counts, timings and outcome. */
export type SyncRun = Node & {
  __typename?: 'SyncRun';
  /** Context keys added to the segment (when applied). */
  added: Scalars['Int']['output'];
  /** Attempts started so far (1 for the first). */
  attempt: Scalars['Int']['output'];
  /** A cancel was asked for while running. */
  cancelRequested: Scalars['Boolean']['output'];
  /** The cohort sync this run belongs to. */
  cohortSync: CohortSync;
  /** Milliseconds from start to finish, once finished. */
  durationMs?: Maybe<Scalars['Int']['output']>;
  /** Why the last attempt failed, if it did. */
  error?: Maybe<Scalars['String']['output']>;
  /** When it finished. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique id, usable with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Attempts allowed before the run fails. */
  maxAttempts: Scalars['Int']['output'];
  /** The step it is on. */
  phase: SyncRunPhase;
  /** Cohort members processed so far. */
  processed: Scalars['Int']['output'];
  /** When it was queued. */
  queuedAt: Scalars['DateTime']['output'];
  /** Context keys removed from the segment (when applied). */
  removed: Scalars['Int']['output'];
  /** Number of the latest event published for this run. */
  sequence: Scalars['Int']['output'];
  /** Members left out because their mapped key was missing, empty or too long. */
  skippedMissingKey: Scalars['Int']['output'];
  /** Up to 20 of the members left out, to check against the cohort's CSV export. */
  skippedSample: Array<SkippedMember>;
  /** When a worker first started it. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the run is in its life. */
  status: SyncRunStatus;
  /** Cohort members to process. */
  total: Scalars['Int']['output'];
  /** What queued it. */
  trigger: SyncRunTrigger;
};

/** The run was canceled before its changes were applied. The last event of the run. */
export type SyncRunCanceled = SyncRunEvent & {
  __typename?: 'SyncRunCanceled';
  /** Keys added (known once applied). */
  added: Scalars['Int']['output'];
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The attempt this event belongs to. */
  attempt: Scalars['Int']['output'];
  /** Global id of its cohort sync. */
  cohortSyncId: Scalars['ID']['output'];
  /** The latest error, if any. */
  error?: Maybe<Scalars['String']['output']>;
  /** The run's phase. */
  phase: SyncRunPhase;
  /** Members processed so far. */
  processed: Scalars['Int']['output'];
  /** Keys removed (known once applied). */
  removed: Scalars['Int']['output'];
  /** The run as it is now (one database read per event; select only when needed). */
  run: SyncRun;
  /** Global id of the run. */
  runId: Scalars['ID']['output'];
  /** Increases with each event of the run; equal to `SyncRun.sequence` when it was published. */
  sequence: Scalars['Int']['output'];
  /** Members skipped for a missing key. */
  skippedMissingKey: Scalars['Int']['output'];
  /** The run's status. */
  status: SyncRunStatus;
  /** Members to process. */
  total: Scalars['Int']['output'];
};

/** The run succeeded and the segment was updated. The last event of the run. */
export type SyncRunCompleted = SyncRunEvent & {
  __typename?: 'SyncRunCompleted';
  /** Keys added (known once applied). */
  added: Scalars['Int']['output'];
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The attempt this event belongs to. */
  attempt: Scalars['Int']['output'];
  /** Global id of its cohort sync. */
  cohortSyncId: Scalars['ID']['output'];
  /** The latest error, if any. */
  error?: Maybe<Scalars['String']['output']>;
  /** The run's phase. */
  phase: SyncRunPhase;
  /** Members processed so far. */
  processed: Scalars['Int']['output'];
  /** Keys removed (known once applied). */
  removed: Scalars['Int']['output'];
  /** The run as it is now (one database read per event; select only when needed). */
  run: SyncRun;
  /** Global id of the run. */
  runId: Scalars['ID']['output'];
  /** Increases with each event of the run; equal to `SyncRun.sequence` when it was published. */
  sequence: Scalars['Int']['output'];
  /** Members skipped for a missing key. */
  skippedMissingKey: Scalars['Int']['output'];
  /** The run's status. */
  status: SyncRunStatus;
  /** Members to process. */
  total: Scalars['Int']['output'];
};

/** A step in a sync run's life, with the run's counts at that moment. */
export type SyncRunEvent = {
  /** Keys added (known once applied). */
  added: Scalars['Int']['output'];
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The attempt this event belongs to. */
  attempt: Scalars['Int']['output'];
  /** Global id of its cohort sync. */
  cohortSyncId: Scalars['ID']['output'];
  /** The latest error, if any. */
  error?: Maybe<Scalars['String']['output']>;
  /** The run's phase. */
  phase: SyncRunPhase;
  /** Members processed so far. */
  processed: Scalars['Int']['output'];
  /** Keys removed (known once applied). */
  removed: Scalars['Int']['output'];
  /** The run as it is now (one database read per event; select only when needed). */
  run: SyncRun;
  /** Global id of the run. */
  runId: Scalars['ID']['output'];
  /** Increases with each event of the run; equal to `SyncRun.sequence` when it was published. */
  sequence: Scalars['Int']['output'];
  /** Members skipped for a missing key. */
  skippedMissingKey: Scalars['Int']['output'];
  /** The run's status. */
  status: SyncRunStatus;
  /** Members to process. */
  total: Scalars['Int']['output'];
};

/** The run gave up; see `error`. The last event of the run. */
export type SyncRunFailed = SyncRunEvent & {
  __typename?: 'SyncRunFailed';
  /** Keys added (known once applied). */
  added: Scalars['Int']['output'];
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The attempt this event belongs to. */
  attempt: Scalars['Int']['output'];
  /** Global id of its cohort sync. */
  cohortSyncId: Scalars['ID']['output'];
  /** The latest error, if any. */
  error?: Maybe<Scalars['String']['output']>;
  /** The run's phase. */
  phase: SyncRunPhase;
  /** Members processed so far. */
  processed: Scalars['Int']['output'];
  /** Keys removed (known once applied). */
  removed: Scalars['Int']['output'];
  /** The run as it is now (one database read per event; select only when needed). */
  run: SyncRun;
  /** Global id of the run. */
  runId: Scalars['ID']['output'];
  /** Increases with each event of the run; equal to `SyncRun.sequence` when it was published. */
  sequence: Scalars['Int']['output'];
  /** Members skipped for a missing key. */
  skippedMissingKey: Scalars['Int']['output'];
  /** The run's status. */
  status: SyncRunStatus;
  /** Members to process. */
  total: Scalars['Int']['output'];
};

/** The step a run is on. */
export type SyncRunPhase =
  /** Applying adds and removes to the segment in one transaction. */
  | 'APPLYING'
  /** Checking the destination's token is still valid and allowed. */
  | 'CHECKING_DESTINATION'
  /** Finished, one way or another. */
  | 'DONE'
  /** Downloading the cohort from Amplitude. */
  | 'FETCHING_SOURCE'
  /** Not started (or handed back for another worker). */
  | 'QUEUED'
  /** Copying the cohort's mapped keys into the run's snapshot, in batches. */
  | 'STAGING';

/** Counts moved. Published at most about ten times a second; slow subscribers get the latest. */
export type SyncRunProgress = SyncRunEvent & {
  __typename?: 'SyncRunProgress';
  /** Keys added (known once applied). */
  added: Scalars['Int']['output'];
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The attempt this event belongs to. */
  attempt: Scalars['Int']['output'];
  /** Global id of its cohort sync. */
  cohortSyncId: Scalars['ID']['output'];
  /** The latest error, if any. */
  error?: Maybe<Scalars['String']['output']>;
  /** The run's phase. */
  phase: SyncRunPhase;
  /** Members processed so far. */
  processed: Scalars['Int']['output'];
  /** Keys removed (known once applied). */
  removed: Scalars['Int']['output'];
  /** The run as it is now (one database read per event; select only when needed). */
  run: SyncRun;
  /** Global id of the run. */
  runId: Scalars['ID']['output'];
  /** Increases with each event of the run; equal to `SyncRun.sequence` when it was published. */
  sequence: Scalars['Int']['output'];
  /** Members skipped for a missing key. */
  skippedMissingKey: Scalars['Int']['output'];
  /** The run's status. */
  status: SyncRunStatus;
  /** Members to process. */
  total: Scalars['Int']['output'];
};

/** The run was queued, or handed back by a worker that shut down and waits for another. */
export type SyncRunQueued = SyncRunEvent & {
  __typename?: 'SyncRunQueued';
  /** Keys added (known once applied). */
  added: Scalars['Int']['output'];
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The attempt this event belongs to. */
  attempt: Scalars['Int']['output'];
  /** Global id of its cohort sync. */
  cohortSyncId: Scalars['ID']['output'];
  /** The latest error, if any. */
  error?: Maybe<Scalars['String']['output']>;
  /** The run's phase. */
  phase: SyncRunPhase;
  /** Members processed so far. */
  processed: Scalars['Int']['output'];
  /** Keys removed (known once applied). */
  removed: Scalars['Int']['output'];
  /** The run as it is now (one database read per event; select only when needed). */
  run: SyncRun;
  /** Global id of the run. */
  runId: Scalars['ID']['output'];
  /** Increases with each event of the run; equal to `SyncRun.sequence` when it was published. */
  sequence: Scalars['Int']['output'];
  /** Members skipped for a missing key. */
  skippedMissingKey: Scalars['Int']['output'];
  /** The run's status. */
  status: SyncRunStatus;
  /** Members to process. */
  total: Scalars['Int']['output'];
};

/** An attempt failed; the run waits (see `error`) and will be tried again. */
export type SyncRunRetrying = SyncRunEvent & {
  __typename?: 'SyncRunRetrying';
  /** Keys added (known once applied). */
  added: Scalars['Int']['output'];
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The attempt this event belongs to. */
  attempt: Scalars['Int']['output'];
  /** Global id of its cohort sync. */
  cohortSyncId: Scalars['ID']['output'];
  /** The latest error, if any. */
  error?: Maybe<Scalars['String']['output']>;
  /** The run's phase. */
  phase: SyncRunPhase;
  /** Members processed so far. */
  processed: Scalars['Int']['output'];
  /** Keys removed (known once applied). */
  removed: Scalars['Int']['output'];
  /** The run as it is now (one database read per event; select only when needed). */
  run: SyncRun;
  /** Global id of the run. */
  runId: Scalars['ID']['output'];
  /** Increases with each event of the run; equal to `SyncRun.sequence` when it was published. */
  sequence: Scalars['Int']['output'];
  /** Members skipped for a missing key. */
  skippedMissingKey: Scalars['Int']['output'];
  /** The run's status. */
  status: SyncRunStatus;
  /** Members to process. */
  total: Scalars['Int']['output'];
};

/** A worker started an attempt. */
export type SyncRunStarted = SyncRunEvent & {
  __typename?: 'SyncRunStarted';
  /** Keys added (known once applied). */
  added: Scalars['Int']['output'];
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The attempt this event belongs to. */
  attempt: Scalars['Int']['output'];
  /** Global id of its cohort sync. */
  cohortSyncId: Scalars['ID']['output'];
  /** The latest error, if any. */
  error?: Maybe<Scalars['String']['output']>;
  /** The run's phase. */
  phase: SyncRunPhase;
  /** Members processed so far. */
  processed: Scalars['Int']['output'];
  /** Keys removed (known once applied). */
  removed: Scalars['Int']['output'];
  /** The run as it is now (one database read per event; select only when needed). */
  run: SyncRun;
  /** Global id of the run. */
  runId: Scalars['ID']['output'];
  /** Increases with each event of the run; equal to `SyncRun.sequence` when it was published. */
  sequence: Scalars['Int']['output'];
  /** Members skipped for a missing key. */
  skippedMissingKey: Scalars['Int']['output'];
  /** The run's status. */
  status: SyncRunStatus;
  /** Members to process. */
  total: Scalars['Int']['output'];
};

/** Where a sync run is in its life. */
export type SyncRunStatus =
  /** Canceled before its changes were applied. */
  | 'CANCELED'
  /** Gave up; the segment is unchanged by this run. */
  | 'FAILED'
  /** Waiting for a worker (also between retry attempts). */
  | 'QUEUED'
  /** A worker is executing it. */
  | 'RUNNING'
  /** Finished; the segment equals the cohort's snapshot. */
  | 'SUCCEEDED';

/** What queued a run. */
export type SyncRunTrigger =
  /** The cohort sync was created. */
  | 'CREATED'
  /** Someone asked for it (`runCohortSync`). */
  | 'MANUAL'
  /** The hourly or daily schedule fell due. */
  | 'SCHEDULE';

/** Changes to a cohort; omitted fields stay as they are. */
export type UpdateCohortInput = {
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a cohort sync; omitted fields stay as they are. */
export type UpdateCohortSyncInput = {
  /** New frequency. */
  frequency?: InputMaybe<SyncFrequency>;
  /** Pause (true) or resume (false) the schedule. */
  paused?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to a destination; omitted fields stay as they are. */
export type UpdateDestinationInput = {
  /** Secret of a new token, validated like at creation; the status becomes CONNECTED. */
  accessToken?: InputMaybe<Scalars['String']['input']>;
  /** New context kind. */
  contextKind?: InputMaybe<Scalars['String']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New member-to-context-key mapping. */
  userKeyProperty?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a segment; omitted fields stay. Each given field needs its action. */
export type UpdateSegmentInput = {
  /** New description (action `updateDescription`). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New name (action `updateName`). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New tags, replacing the old (action `updateTags`). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
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

/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __Type = {
  __typename?: '__Type';
  kind: __TypeKind;
  name?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  specifiedByURL?: Maybe<Scalars['String']['output']>;
  fields?: Maybe<Array<__Field>>;
  interfaces?: Maybe<Array<__Type>>;
  possibleTypes?: Maybe<Array<__Type>>;
  enumValues?: Maybe<Array<__EnumValue>>;
  inputFields?: Maybe<Array<__InputValue>>;
  ofType?: Maybe<__Type>;
  isOneOf?: Maybe<Scalars['Boolean']['output']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeEnumValuesArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.
 *
 * Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
 */
export type __TypeInputFieldsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __Field = {
  __typename?: '__Field';
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  args: Array<__InputValue>;
  type: __Type;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};


/** Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type. */
export type __FieldArgsArgs = {
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value. */
export type __InputValue = {
  __typename?: '__InputValue';
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  type: __Type;
  /** A GraphQL-formatted string representing the default value for this input value. */
  defaultValue?: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};

/** One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string. */
export type __EnumValue = {
  __typename?: '__EnumValue';
  name: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  isDeprecated: Scalars['Boolean']['output'];
  deprecationReason?: Maybe<Scalars['String']['output']>;
};

export type AccSecActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AccSecActivitySubscription = { __typename?: 'Subscription', activity: { __typename?: 'ActivityEvent', action: string, resource: string, actorTokenId: string, actorName: string } };

export type AccSecTokenDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccSecTokenDetailsQuery = { __typename?: 'Query', accessTokens: Array<{ __typename?: 'AccessToken', id: string, name: string, hint: string, role?: Role | null, resource: string, active: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, policy: Array<{ __typename?: 'PolicyStatement', effect: PolicyEffect, actions?: Array<string> | null, notActions?: Array<string> | null, resources?: Array<string> | null, notResources?: Array<string> | null }> }>, node?:
    | { __typename?: 'AccessToken', id: string, name: string, hint: string }
    | { __typename?: 'Cohort' }
    | { __typename?: 'CohortSync' }
    | { __typename?: 'Destination' }
    | { __typename?: 'Environment' }
    | { __typename?: 'Notification' }
    | { __typename?: 'Project' }
    | { __typename?: 'Segment' }
    | { __typename?: 'SyncRun' }
   | null, viewer: { __typename?: 'Viewer', name: string, role?: Role | null, token: { __typename?: 'AccessToken', id: string, hint: string }, effectivePolicy: Array<{ __typename?: 'PolicyStatement', effect: PolicyEffect, actions?: Array<string> | null, resources?: Array<string> | null }> } };

export type AccSecAccessTokenFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccSecAccessTokenFieldsQuery = { __typename?: 'Query', __type?: { __typename?: '__Type', fields?: Array<{ __typename?: '__Field', name: string }> | null } | null };

export type MatrixCreateSyncMutationVariables = Exact<{
  input: CreateCohortSyncInput;
}>;


export type MatrixCreateSyncMutation = { __typename?: 'Mutation', createCohortSync:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateCohortSyncSuccess', data: { __typename?: 'CohortSync', id: string, activeRun?: { __typename?: 'SyncRun', id: string } | null, segment?: { __typename?: 'Segment', key: string } | null } }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type MatrixEnvironmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixEnvironmentsQuery = { __typename?: 'Query', project?: { __typename?: 'Project', environments: Array<{ __typename?: 'Environment', key: string, clientSideId: string }> } | null };

export type CohAmpListQueryVariables = Exact<{ [key: string]: never; }>;


export type CohAmpListQuery = { __typename?: 'Query', amplitudeCohorts:
    | { __typename: 'AmplitudeSourceError', reason: AmplitudeSourceReason, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'QueryAmplitudeCohortsSuccess', data: Array<{ __typename?: 'AmplitudeCohort', externalId: string, name: string, description?: string | null, size?: number | null, lastComputed?: string | null }> }
   };

export type CohAmpCreateMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CohAmpCreateMutation = { __typename?: 'Mutation', createCohort:
    | { __typename?: 'InvalidInputError' }
    | { __typename?: 'MutationCreateCohortSuccess', data: { __typename?: 'Cohort', id: string, sourceKind: CohortSourceKind, externalId?: string | null, lastRefreshedAt?: string | null } }
    | { __typename?: 'NotAllowedError' }
    | { __typename?: 'NotFoundError' }
   };

export type CohAmpLinkMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
  externalId: Scalars['String']['input'];
}>;


export type CohAmpLinkMutation = { __typename?: 'Mutation', linkAmplitudeCohort:
    | { __typename: 'InvalidInputError', code: ErrorCode }
    | { __typename: 'MutationLinkAmplitudeCohortSuccess', data: { __typename?: 'Cohort', sourceKind: CohortSourceKind, externalId?: string | null } }
    | { __typename: 'NotAllowedError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
   };

export type CohAmpRefreshMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
}>;


export type CohAmpRefreshMutation = { __typename?: 'Mutation', refreshCohort:
    | { __typename: 'AmplitudeSourceError', reason: AmplitudeSourceReason, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'CsvImportError', code: ErrorCode, message: string, errors: Array<{ __typename?: 'CsvRowProblem', line: number, message: string }> }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationRefreshCohortSuccess', data: { __typename?: 'CohortImportResult', rowsRead: number, inserted: number, updated: number, removed: number, memberCount: number, cohort: { __typename?: 'Cohort', memberCount: number, lastRefreshedAt?: string | null } } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type CohAmpMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CohAmpMembersQuery = { __typename?: 'Query', cohort?: { __typename?: 'Cohort', memberCount: number, members: { __typename?: 'CohortMembersConnection', edges: Array<{ __typename?: 'CohortMembersConnectionEdge', node: { __typename?: 'CohortMember', memberKey: string, userId?: string | null, deviceId?: string | null, properties: Array<{ __typename?: 'CohortMemberProperty', name: string, value: string }> } }> } } | null };

export type CohAmpAddMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
}>;


export type CohAmpAddMutation = { __typename?: 'Mutation', addCohortMembers:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'ManagedBySourceError', code: ErrorCode, message: string }
    | { __typename: 'MutationAddCohortMembersSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type CohCreateTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type CohCreateTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename?: 'InvalidInputError' }
    | { __typename?: 'InvalidPolicyError' }
    | { __typename?: 'MutationCreateAccessTokenSuccess', data: { __typename?: 'CreatedAccessToken', secret: string, token: { __typename?: 'AccessToken', id: string } } }
    | { __typename?: 'NotAllowedError' }
    | { __typename?: 'NotFoundError' }
   };

export type CohCreateMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CohCreateMutation = { __typename?: 'Mutation', createCohort:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationCreateCohortSuccess', data: { __typename?: 'Cohort', id: string, name: string, description: string, sourceKind: CohortSourceKind, externalId?: string | null, memberCount: number, exportPath: string, resource: string } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type CohUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCohortInput;
}>;


export type CohUpdateMutation = { __typename?: 'Mutation', updateCohort:
    | { __typename: 'InvalidInputError', code: ErrorCode }
    | { __typename: 'MutationUpdateCohortSuccess', data: { __typename?: 'Cohort', name: string, description: string } }
    | { __typename: 'NotAllowedError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
   };

export type CohDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CohDeleteMutation = { __typename?: 'Mutation', deleteCohort:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationDeleteCohortSuccess', data: string }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type CohAddMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
  members: Array<CohortMemberInput> | CohortMemberInput;
}>;


export type CohAddMutation = { __typename?: 'Mutation', addCohortMembers:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string, problems: Array<{ __typename?: 'FieldProblem', field: string, message: string }> }
    | { __typename: 'ManagedBySourceError', code: ErrorCode, message: string }
    | { __typename: 'MutationAddCohortMembersSuccess', data: { __typename?: 'CohortMembershipChange', inserted: number, updated: number, removed: number, memberCount: number, cohort: { __typename?: 'Cohort', memberCount: number } } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type CohRemoveMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
  members: Array<CohortMemberRefInput> | CohortMemberRefInput;
}>;


export type CohRemoveMutation = { __typename?: 'Mutation', removeCohortMembers:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'ManagedBySourceError', code: ErrorCode, message: string }
    | { __typename: 'MutationRemoveCohortMembersSuccess', data: { __typename?: 'CohortMembershipChange', removed: number, memberCount: number } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type CohImportMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
  file: Scalars['File']['input'];
  mode: CohortImportMode;
}>;


export type CohImportMutation = { __typename?: 'Mutation', importCohortCsv:
    | { __typename: 'CsvImportError', message: string, truncated: boolean, code: ErrorCode, errors: Array<{ __typename?: 'CsvRowProblem', line: number, message: string }> }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'ManagedBySourceError', code: ErrorCode, message: string }
    | { __typename: 'MutationImportCohortCsvSuccess', data: { __typename?: 'CohortImportResult', rowsRead: number, inserted: number, updated: number, unchanged: number, removed: number, memberCount: number, cohort: { __typename?: 'Cohort', memberCount: number } } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type CohMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CohMembersQuery = { __typename?: 'Query', cohort?: { __typename?: 'Cohort', memberCount: number, members: { __typename?: 'CohortMembersConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CohortMembersConnectionEdge', node: { __typename?: 'CohortMember', memberKey: string, amplitudeId?: string | null, userId?: string | null, deviceId?: string | null, properties: Array<{ __typename?: 'CohortMemberProperty', name: string, value: string }> } }> } } | null };

export type CohListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CohListQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortsConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CohortsConnectionEdge', node: { __typename?: 'Cohort', id: string, name: string } }> } };

export type CohMissingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  userKeyProperty?: InputMaybe<Scalars['String']['input']>;
  destinationId?: InputMaybe<Scalars['ID']['input']>;
  sampleSize?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CohMissingQuery = { __typename?: 'Query', cohort?: { __typename?: 'Cohort', missingKeyReport:
      | { __typename: 'CohortMissingKeyReportSuccess', data: { __typename?: 'CohortMissingKeyReport', userKeyProperty: string, missingCount: number, sample: Array<{ __typename?: 'CohortMember', memberKey: string }> } }
      | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
      | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
      | { __typename: 'NotFoundError', code: ErrorCode, message: string }
     } | null };

export type OutageCreateSyncMutationVariables = Exact<{
  input: CreateCohortSyncInput;
}>;


export type OutageCreateSyncMutation = { __typename?: 'Mutation', createCohortSync:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateCohortSyncSuccess', data: { __typename?: 'CohortSync', id: string, activeRun?: { __typename?: 'SyncRun', id: string } | null } }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type OutageRunSyncMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutageRunSyncMutation = { __typename?: 'Mutation', runCohortSync:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationRunCohortSyncSuccess', data: { __typename?: 'SyncRun', id: string } }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type OutageRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutageRunQuery = { __typename?: 'Query', syncRun?: { __typename?: 'SyncRun', status: SyncRunStatus, phase: SyncRunPhase, processed: number, attempt: number } | null };

export type OutageProgressSubscriptionVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;


export type OutageProgressSubscription = { __typename?: 'Subscription', syncRunProgress:
    | { __typename: 'SyncRunCanceled', status: SyncRunStatus, processed: number }
    | { __typename: 'SyncRunCompleted', status: SyncRunStatus, processed: number }
    | { __typename: 'SyncRunFailed', status: SyncRunStatus, processed: number }
    | { __typename: 'SyncRunProgress', status: SyncRunStatus, processed: number }
    | { __typename: 'SyncRunQueued', status: SyncRunStatus, processed: number }
    | { __typename: 'SyncRunRetrying', status: SyncRunStatus, processed: number }
    | { __typename: 'SyncRunStarted', status: SyncRunStatus, processed: number }
   };

export type OutageActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OutageActivitySubscription = { __typename?: 'Subscription', activity: { __typename?: 'ActivityEvent', action: string, resource: string } };

export type OutageCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type OutageCreateProjectMutation = { __typename?: 'Mutation', createProject:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateProjectSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type DestCreateTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type DestCreateTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvalidPolicyError' }
    | { __typename: 'MutationCreateAccessTokenSuccess', data: { __typename?: 'CreatedAccessToken', secret: string, token: { __typename?: 'AccessToken', id: string } } }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type DestRevokeTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DestRevokeTokenMutation = { __typename?: 'Mutation', revokeAccessToken:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationRevokeAccessTokenSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type DestEnvironmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DestEnvironmentsQuery = { __typename?: 'Query', projects: Array<{ __typename?: 'Project', key: string, environments: Array<{ __typename?: 'Environment', key: string, clientSideId: string }> }> };

export type DestCreateMutationVariables = Exact<{
  input: CreateDestinationInput;
}>;


export type DestCreateMutation = { __typename?: 'Mutation', createDestination:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string, problems: Array<{ __typename?: 'FieldProblem', field: string, message: string }> }
    | { __typename: 'MutationCreateDestinationSuccess', data: { __typename?: 'Destination', id: string, name: string, projectKey: string, environmentKey: string, clientSideId: string, userKeyProperty: string, contextKind: string, status: DestinationStatus, statusReason?: string | null, resource: string, accessToken?: { __typename?: 'AccessToken', name: string, hint: string } | null } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type DestUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDestinationInput;
}>;


export type DestUpdateMutation = { __typename?: 'Mutation', updateDestination:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string, problems: Array<{ __typename?: 'FieldProblem', field: string, message: string }> }
    | { __typename: 'MutationUpdateDestinationSuccess', data: { __typename?: 'Destination', name: string, userKeyProperty: string, contextKind: string, status: DestinationStatus, statusReason?: string | null } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type DestCheckMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DestCheckMutation = { __typename?: 'Mutation', checkDestination:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationCheckDestinationSuccess', data: { __typename?: 'Destination', status: DestinationStatus, statusReason?: string | null, checkedAt: string } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type DestDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DestDeleteMutation = { __typename?: 'Mutation', deleteDestination:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationDeleteDestinationSuccess', data: string }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type DestListQueryVariables = Exact<{
  projectKey?: InputMaybe<Scalars['String']['input']>;
  environmentKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type DestListQuery = { __typename?: 'Query', destinations: Array<{ __typename?: 'Destination', id: string, name: string, environmentKey: string }> };

export type DestOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DestOneQuery = { __typename?: 'Query', destination?: { __typename?: 'Destination', id: string, name: string, status: DestinationStatus, environment: { __typename?: 'Environment', key: string } } | null };

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

export type FuzzImportMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
  file: Scalars['File']['input'];
  mode: CohortImportMode;
}>;


export type FuzzImportMutation = { __typename?: 'Mutation', importCohortCsv:
    | { __typename: 'CsvImportError', message: string, code: ErrorCode, errors: Array<{ __typename?: 'CsvRowProblem', line: number, message: string }> }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'ManagedBySourceError', code: ErrorCode, message: string }
    | { __typename: 'MutationImportCohortCsvSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type FuzzMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FuzzMembersQuery = { __typename?: 'Query', cohort?: { __typename?: 'Cohort', memberCount: number, members: { __typename?: 'CohortMembersConnection', edges: Array<{ __typename?: 'CohortMembersConnectionEdge', node: { __typename?: 'CohortMember', memberKey: string, amplitudeId?: string | null, userId?: string | null, deviceId?: string | null, properties: Array<{ __typename?: 'CohortMemberProperty', name: string, value: string }> } }> } } | null };

export type CacheCreateSegmentMutationVariables = Exact<{
  input: CreateSegmentInput;
}>;


export type CacheCreateSegmentMutation = { __typename?: 'Mutation', createSegment:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateSegmentSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type CacheUpdateTargetsMutationVariables = Exact<{
  key: Scalars['String']['input'];
  input: SegmentTargetsInput;
}>;


export type CacheUpdateTargetsMutation = { __typename?: 'Mutation', updateSegmentTargets:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ManagedBySourceError' }
    | { __typename: 'MutationUpdateSegmentTargetsSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type CacheContainsQueryVariables = Exact<{
  key: Scalars['String']['input'];
  contextKey: Scalars['String']['input'];
}>;


export type CacheContainsQuery = { __typename?: 'Query', segment?: { __typename?: 'Segment', includedCount: number, contains: boolean } | null };

export type CacheWithEnvironmentQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type CacheWithEnvironmentQuery = { __typename?: 'Query', segment?: { __typename?: 'Segment', includedCount: number, environment: { __typename?: 'Environment', key: string } } | null };

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

export type OpsCreateSyncMutationVariables = Exact<{
  input: CreateCohortSyncInput;
}>;


export type OpsCreateSyncMutation = { __typename?: 'Mutation', createCohortSync:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'MutationCreateCohortSyncSuccess', data: { __typename?: 'CohortSync', id: string, activeRun?: { __typename?: 'SyncRun', id: string } | null } }
    | { __typename: 'NotAllowedError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type OpsActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OpsActivitySubscription = { __typename?: 'Subscription', activity: { __typename?: 'ActivityEvent', action: string } };

export type SecHttpProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecHttpProjectsQuery = { __typename?: 'Query', projects: Array<{ __typename?: 'Project', key: string }> };

export type SecInCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SecInCreateProjectMutation = { __typename?: 'Mutation', createProject:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string, problems: Array<{ __typename?: 'FieldProblem', field: string, message: string }> }
    | { __typename: 'MutationCreateProjectSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SecInProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecInProjectsQuery = { __typename?: 'Query', projects: Array<{ __typename?: 'Project', key: string, name: string }> };

export type SecInAddMembersMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
  members: Array<CohortMemberInput> | CohortMemberInput;
}>;


export type SecInAddMembersMutation = { __typename?: 'Mutation', addCohortMembers:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'ManagedBySourceError', code: ErrorCode, message: string }
    | { __typename: 'MutationAddCohortMembersSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SecInCohortQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SecInCohortQuery = { __typename?: 'Query', cohort?: { __typename?: 'Cohort', memberCount: number, members: { __typename?: 'CohortMembersConnection', edges: Array<{ __typename?: 'CohortMembersConnectionEdge', node: { __typename?: 'CohortMember', memberKey: string, userId?: string | null } }> } } | null };

export type SecInActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SecInActivitySubscription = { __typename?: 'Subscription', activity: { __typename?: 'ActivityEvent', action: string } };

export type SecLimProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecLimProjectsQuery = { __typename?: 'Query', projects: Array<{ __typename?: 'Project', key: string }> };

export type SecLimCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecLimCohortsQuery = { __typename?: 'Query', cohorts: { __typename?: 'CohortsConnection', edges: Array<{ __typename?: 'CohortsConnectionEdge', node: { __typename?: 'Cohort', name: string } }> } };

export type SecLimActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SecLimActivitySubscription = { __typename?: 'Subscription', activity: { __typename?: 'ActivityEvent', action: string, resource: string } };

export type SecLimCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SecLimCreateProjectMutation = { __typename?: 'Mutation', createProject:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateProjectSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type SecRateViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SecRateViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', name: string } };

export type SecRateActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SecRateActivitySubscription = { __typename?: 'Subscription', activity: { __typename?: 'ActivityEvent', action: string, resource: string } };

export type SecRateCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SecRateCreateProjectMutation = { __typename?: 'Mutation', createProject:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateProjectSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type SecScopeCreateSegmentMutationVariables = Exact<{
  input: CreateSegmentInput;
}>;


export type SecScopeCreateSegmentMutation = { __typename?: 'Mutation', createSegment:
    | { __typename: 'ConflictError', code: ErrorCode }
    | { __typename: 'InvalidInputError', code: ErrorCode }
    | { __typename: 'MutationCreateSegmentSuccess', data: { __typename?: 'Segment', id: string } }
    | { __typename: 'NotAllowedError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
   };

export type SecScopeTargetsMutationVariables = Exact<{
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  input: SegmentTargetsInput;
}>;


export type SecScopeTargetsMutation = { __typename?: 'Mutation', updateSegmentTargets:
    | { __typename: 'InvalidInputError', code: ErrorCode }
    | { __typename: 'ManagedBySourceError', code: ErrorCode }
    | { __typename: 'MutationUpdateSegmentTargetsSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
   };

export type SecScopeReadsQueryVariables = Exact<{
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  contextKey: Scalars['String']['input'];
}>;


export type SecScopeReadsQuery = { __typename?: 'Query', segment?: { __typename?: 'Segment', includedCount: number, contains: boolean } | null, node?:
    | { __typename?: 'AccessToken', id: string }
    | { __typename?: 'Cohort', id: string }
    | { __typename?: 'CohortSync', id: string }
    | { __typename?: 'Destination', id: string }
    | { __typename?: 'Environment', id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Project', id: string }
    | { __typename?: 'Segment', id: string }
    | { __typename?: 'SyncRun', id: string }
   | null, contextSegments: Array<{ __typename?: 'SegmentMembership', segment: { __typename?: 'Segment', key: string } }>, segments: { __typename?: 'SegmentConnection', edges: Array<{ __typename?: 'SegmentEdge', node: { __typename?: 'Segment', key: string } }> } };

export type SecScopeEvaluateQueryVariables = Exact<{
  environmentKey: Scalars['String']['input'];
  context: Scalars['EvaluationContext']['input'];
}>;


export type SecScopeEvaluateQuery = { __typename?: 'Query', evaluateSegments:
    | { __typename: 'InvalidInputError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'QueryEvaluateSegmentsSuccess', data: Array<{ __typename?: 'SegmentMatch', segment: { __typename?: 'Segment', key: string } }> }
   };

export type SecScopeDestinationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SecScopeDestinationsQuery = { __typename?: 'Query', destinations: Array<{ __typename?: 'Destination', id: string, environmentKey: string }>, destination?: { __typename?: 'Destination', id: string } | null };

export type SecScopeCheckDestinationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SecScopeCheckDestinationMutation = { __typename?: 'Mutation', checkDestination:
    | { __typename: 'InvalidInputError', code: ErrorCode }
    | { __typename: 'MutationCheckDestinationSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
   };

export type SecScopeCreateSyncMutationVariables = Exact<{
  input: CreateCohortSyncInput;
}>;


export type SecScopeCreateSyncMutation = { __typename?: 'Mutation', createCohortSync:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationCreateCohortSyncSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SecScopeActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SecScopeActivitySubscription = { __typename?: 'Subscription', activity: { __typename?: 'ActivityEvent', action: string, resource: string } };

export type SegPagingCreateMutationVariables = Exact<{
  input: CreateSegmentInput;
}>;


export type SegPagingCreateMutation = { __typename?: 'Mutation', createSegment:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateSegmentSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type SegPagingTargetsMutationVariables = Exact<{
  projectKey: Scalars['String']['input'];
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  input: SegmentTargetsInput;
}>;


export type SegPagingTargetsMutation = { __typename?: 'Mutation', updateSegmentTargets:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ManagedBySourceError' }
    | { __typename: 'MutationUpdateSegmentTargetsSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type SegPagingPageQueryVariables = Exact<{
  projectKey: Scalars['String']['input'];
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type SegPagingPageQuery = { __typename?: 'Query', segment?: { __typename?: 'Segment', targets: { __typename?: 'SegmentTargetConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'SegmentTargetEdge', cursor: string, node: { __typename?: 'SegmentTarget', contextKey: string } }> } } | null };

export type SegCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SegCreateProjectMutation = { __typename?: 'Mutation', createProject:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateProjectSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type SegCreateTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type SegCreateTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename?: 'InvalidInputError', message: string }
    | { __typename?: 'InvalidPolicyError', message: string }
    | { __typename?: 'MutationCreateAccessTokenSuccess', data: { __typename?: 'CreatedAccessToken', secret: string } }
    | { __typename?: 'NotAllowedError', message: string }
    | { __typename?: 'NotFoundError', message: string }
   };

export type SegCreateMutationVariables = Exact<{
  input: CreateSegmentInput;
}>;


export type SegCreateMutation = { __typename?: 'Mutation', createSegment:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string, problems: Array<{ __typename?: 'FieldProblem', field: string, message: string }> }
    | { __typename: 'MutationCreateSegmentSuccess', data: { __typename?: 'Segment', id: string, key: string, name: string, description: string, tags: Array<string>, kind: SegmentKind, contextKind: string, generation: number, version: number, includedCount: number, excludedCount: number, isBig: boolean, source?: { __typename?: 'SegmentSource', kind: SegmentSourceKind } | null } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SegUpdateTargetsMutationVariables = Exact<{
  projectKey: Scalars['String']['input'];
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  input: SegmentTargetsInput;
}>;


export type SegUpdateTargetsMutation = { __typename?: 'Mutation', updateSegmentTargets:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'ManagedBySourceError', code: ErrorCode, message: string }
    | { __typename: 'MutationUpdateSegmentTargetsSuccess', data: { __typename?: 'Segment', includedCount: number, excludedCount: number, version: number, isBig: boolean } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SegDeleteMutationVariables = Exact<{
  projectKey: Scalars['String']['input'];
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
}>;


export type SegDeleteMutation = { __typename?: 'Mutation', deleteSegment:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'ManagedBySourceError', code: ErrorCode, message: string }
    | { __typename: 'MutationDeleteSegmentSuccess', data: string }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SegGetQueryVariables = Exact<{
  projectKey: Scalars['String']['input'];
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  contextKey: Scalars['String']['input'];
  included?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type SegGetQuery = { __typename?: 'Query', segment?: { __typename?: 'Segment', key: string, name: string, tags: Array<string>, version: number, includedCount: number, excludedCount: number, contains: boolean, target?: { __typename?: 'SegmentTarget', contextKey: string, included: boolean } | null, targets: { __typename?: 'SegmentTargetConnection', edges: Array<{ __typename?: 'SegmentTargetEdge', node: { __typename?: 'SegmentTarget', contextKey: string, included: boolean } }> } } | null };

export type SegUpdateMutationVariables = Exact<{
  projectKey: Scalars['String']['input'];
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  input: UpdateSegmentInput;
}>;


export type SegUpdateMutation = { __typename?: 'Mutation', updateSegment:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationUpdateSegmentSuccess', data: { __typename?: 'Segment', name: string, description: string, tags: Array<string>, version: number, editedFields: Array<string> } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SegUpdateRulesMutationVariables = Exact<{
  projectKey: Scalars['String']['input'];
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  rules: Array<SegmentRuleInput> | SegmentRuleInput;
}>;


export type SegUpdateRulesMutation = { __typename?: 'Mutation', updateSegmentRules:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string, problems: Array<{ __typename?: 'FieldProblem', field: string, message: string }> }
    | { __typename: 'ManagedBySourceError', code: ErrorCode, message: string }
    | { __typename: 'MutationUpdateSegmentRulesSuccess', data: { __typename?: 'Segment', version: number, rules: Array<{ __typename?: 'SegmentRule', id: string, clauses: Array<{ __typename?: 'SegmentClause', contextKind: string, attribute: string, op: string, values: Array<any>, negate: boolean }> }> } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SegContextSegmentsQueryVariables = Exact<{
  projectKey: Scalars['String']['input'];
  environmentKey: Scalars['String']['input'];
  contextKey: Scalars['String']['input'];
  contextKind?: InputMaybe<Scalars['String']['input']>;
}>;


export type SegContextSegmentsQuery = { __typename?: 'Query', contextSegments: Array<{ __typename?: 'SegmentMembership', included: boolean, segment: { __typename?: 'Segment', key: string } }> };

export type SegEvaluateQueryVariables = Exact<{
  projectKey: Scalars['String']['input'];
  environmentKey: Scalars['String']['input'];
  context: Scalars['EvaluationContext']['input'];
}>;


export type SegEvaluateQuery = { __typename?: 'Query', evaluateSegments:
    | { __typename: 'InvalidInputError', code: ErrorCode, problems: Array<{ __typename?: 'FieldProblem', field: string, message: string }> }
    | { __typename: 'NotFoundError', code: ErrorCode }
    | { __typename: 'QueryEvaluateSegmentsSuccess', data: Array<{ __typename?: 'SegmentMatch', reason: SegmentMatchReason, ruleId?: string | null, ruleIndex?: number | null, segment: { __typename?: 'Segment', key: string } }> }
   };

export type SegListQueryVariables = Exact<{
  projectKey: Scalars['String']['input'];
  environmentKey: Scalars['String']['input'];
  filter?: InputMaybe<SegmentFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SegListQuery = { __typename?: 'Query', segments: { __typename?: 'SegmentConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Segment', key: string, kind: SegmentKind, isBig: boolean, source?: { __typename?: 'SegmentSource', kind: SegmentSourceKind, cohortId: string, cohortName: string, cohortSyncId?: string | null, link?: string | null } | null }> } };

export type SharedCreateSyncMutationVariables = Exact<{
  input: CreateCohortSyncInput;
}>;


export type SharedCreateSyncMutation = { __typename?: 'Mutation', createCohortSync:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateCohortSyncSuccess', data: { __typename?: 'CohortSync', id: string, activeRun?: { __typename?: 'SyncRun', id: string } | null } }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type SharedRunNowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SharedRunNowMutation = { __typename?: 'Mutation', runCohortSync:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationRunCohortSyncSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type SharedEventsSubscriptionVariables = Exact<{
  cohortSyncId?: InputMaybe<Scalars['ID']['input']>;
  withRun: Scalars['Boolean']['input'];
}>;


export type SharedEventsSubscription = { __typename?: 'Subscription', syncEvents:
    | { __typename: 'SyncRunCanceled', sequence: number, run?: { __typename?: 'SyncRun', cohortSync: { __typename?: 'CohortSync', destination: { __typename?: 'Destination', accessToken?: { __typename?: 'AccessToken', name: string } | null } } } }
    | { __typename: 'SyncRunCompleted', sequence: number, run?: { __typename?: 'SyncRun', cohortSync: { __typename?: 'CohortSync', destination: { __typename?: 'Destination', accessToken?: { __typename?: 'AccessToken', name: string } | null } } } }
    | { __typename: 'SyncRunFailed', sequence: number, run?: { __typename?: 'SyncRun', cohortSync: { __typename?: 'CohortSync', destination: { __typename?: 'Destination', accessToken?: { __typename?: 'AccessToken', name: string } | null } } } }
    | { __typename: 'SyncRunProgress', sequence: number, run?: { __typename?: 'SyncRun', cohortSync: { __typename?: 'CohortSync', destination: { __typename?: 'Destination', accessToken?: { __typename?: 'AccessToken', name: string } | null } } } }
    | { __typename: 'SyncRunQueued', sequence: number, run?: { __typename?: 'SyncRun', cohortSync: { __typename?: 'CohortSync', destination: { __typename?: 'Destination', accessToken?: { __typename?: 'AccessToken', name: string } | null } } } }
    | { __typename: 'SyncRunRetrying', sequence: number, run?: { __typename?: 'SyncRun', cohortSync: { __typename?: 'CohortSync', destination: { __typename?: 'Destination', accessToken?: { __typename?: 'AccessToken', name: string } | null } } } }
    | { __typename: 'SyncRunStarted', sequence: number, run?: { __typename?: 'SyncRun', cohortSync: { __typename?: 'CohortSync', destination: { __typename?: 'Destination', accessToken?: { __typename?: 'AccessToken', name: string } | null } } } }
   };

export type AccCreateTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type AccCreateTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string, problems: Array<{ __typename?: 'FieldProblem', field: string, message: string }> }
    | { __typename: 'InvalidPolicyError', code: ErrorCode, message: string, problems: Array<{ __typename?: 'PolicyProblem', statement: number, field: string, message: string }> }
    | { __typename: 'MutationCreateAccessTokenSuccess', data: { __typename?: 'CreatedAccessToken', secret: string, token: { __typename?: 'AccessToken', id: string, name: string } } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type AccRevokeTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccRevokeTokenMutation = { __typename?: 'Mutation', revokeAccessToken:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationRevokeAccessTokenSuccess', data: { __typename?: 'AccessToken', id: string, active: boolean } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type AccTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AccTokensQuery = { __typename?: 'Query', accessTokens: Array<{ __typename?: 'AccessToken', id: string, name: string, active: boolean }> };

export type AccCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type AccCreateProjectMutation = { __typename?: 'Mutation', createProject:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationCreateProjectSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type AccUpdateProjectMutationVariables = Exact<{
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
}>;


export type AccUpdateProjectMutation = { __typename?: 'Mutation', updateProject:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationUpdateProjectSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type AccDeleteProjectMutationVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type AccDeleteProjectMutation = { __typename?: 'Mutation', deleteProject:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationDeleteProjectSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type AccCreateEnvironmentMutationVariables = Exact<{
  projectKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
}>;


export type AccCreateEnvironmentMutation = { __typename?: 'Mutation', createEnvironment:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationCreateEnvironmentSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type AccUpdateEnvironmentMutationVariables = Exact<{
  projectKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
}>;


export type AccUpdateEnvironmentMutation = { __typename?: 'Mutation', updateEnvironment:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationUpdateEnvironmentSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type AccDeleteEnvironmentMutationVariables = Exact<{
  projectKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
}>;


export type AccDeleteEnvironmentMutation = { __typename?: 'Mutation', deleteEnvironment:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationDeleteEnvironmentSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type AccProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccProjectsQuery = { __typename?: 'Query', projects: Array<{ __typename?: 'Project', key: string, name: string, environments: Array<{ __typename?: 'Environment', id: string, key: string, name: string }> }> };

export type AccProjectQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type AccProjectQuery = { __typename?: 'Query', project?: { __typename?: 'Project', key: string, environments: Array<{ __typename?: 'Environment', key: string }> } | null };

export type AccViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', name: string, role?: Role | null, segmentCreate: boolean, segmentInclude: boolean, segmentRules: boolean, productionRead: boolean, projectCreate: boolean, token: { __typename?: 'AccessToken', id: string }, effectivePolicy: Array<{ __typename?: 'PolicyStatement', effect: PolicyEffect, actions?: Array<string> | null, resources?: Array<string> | null }> } };

export type AccNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccNodeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AccessToken', id: string }
    | { __typename?: 'Cohort', id: string }
    | { __typename?: 'CohortSync', id: string }
    | { __typename?: 'Destination', id: string }
    | { __typename?: 'Environment', id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'Project', id: string }
    | { __typename?: 'Segment', id: string }
    | { __typename?: 'SyncRun', id: string }
   | null };

export type FixtureWriterTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type FixtureWriterTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'InvalidPolicyError', message: string }
    | { __typename: 'MutationCreateAccessTokenSuccess', data: { __typename?: 'CreatedAccessToken', secret: string, token: { __typename?: 'AccessToken', id: string } } }
    | { __typename: 'NotAllowedError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type FixtureEnvironmentQueryVariables = Exact<{ [key: string]: never; }>;


export type FixtureEnvironmentQuery = { __typename?: 'Query', project?: { __typename?: 'Project', environments: Array<{ __typename?: 'Environment', key: string, clientSideId: string }> } | null };

export type FixtureDestinationMutationVariables = Exact<{
  input: CreateDestinationInput;
}>;


export type FixtureDestinationMutation = { __typename?: 'Mutation', createDestination:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'MutationCreateDestinationSuccess', data: { __typename?: 'Destination', id: string } }
    | { __typename: 'NotAllowedError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type FixtureCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type FixtureCohortMutation = { __typename?: 'Mutation', createCohort:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'MutationCreateCohortSuccess', data: { __typename?: 'Cohort', id: string } }
    | { __typename: 'NotAllowedError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type FixtureAddMembersMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
  members: Array<CohortMemberInput> | CohortMemberInput;
}>;


export type FixtureAddMembersMutation = { __typename?: 'Mutation', addCohortMembers:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'ManagedBySourceError', message: string }
    | { __typename: 'MutationAddCohortMembersSuccess' }
    | { __typename: 'NotAllowedError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type FixtureRemoveMembersMutationVariables = Exact<{
  cohortId: Scalars['ID']['input'];
  members: Array<CohortMemberRefInput> | CohortMemberRefInput;
}>;


export type FixtureRemoveMembersMutation = { __typename?: 'Mutation', removeCohortMembers:
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'ManagedBySourceError', message: string }
    | { __typename: 'MutationRemoveCohortMembersSuccess' }
    | { __typename: 'NotAllowedError', message: string }
    | { __typename: 'NotFoundError', message: string }
   };

export type FixtureRunStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FixtureRunStatusQuery = { __typename?: 'Query', syncRun?: { __typename?: 'SyncRun', id: string, status: SyncRunStatus, phase: SyncRunPhase, attempt: number, total: number, processed: number, added: number, removed: number, skippedMissingKey: number, error?: string | null, skippedSample: Array<{ __typename?: 'SkippedMember', amplitudeId?: string | null, userId?: string | null }> } | null };

export type ProgressCreateMutationVariables = Exact<{
  input: CreateCohortSyncInput;
}>;


export type ProgressCreateMutation = { __typename?: 'Mutation', createCohortSync:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateCohortSyncSuccess', data: { __typename?: 'CohortSync', id: string, activeRun?: { __typename?: 'SyncRun', id: string } | null } }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type ProgressRunNowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgressRunNowMutation = { __typename?: 'Mutation', runCohortSync:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationRunCohortSyncSuccess', data: { __typename?: 'SyncRun', id: string } }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type ProgressRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgressRunQuery = { __typename?: 'Query', syncRun?: { __typename?: 'SyncRun', durationMs?: number | null, status: SyncRunStatus, phase: SyncRunPhase, processed: number } | null };

export type RunProgressSubscriptionVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;


export type RunProgressSubscription = { __typename?: 'Subscription', syncRunProgress:
    | { __typename: 'SyncRunCanceled', runId: string, sequence: number, status: SyncRunStatus, phase: SyncRunPhase, total: number, processed: number, added: number, removed: number, skippedMissingKey: number }
    | { __typename: 'SyncRunCompleted', runId: string, sequence: number, status: SyncRunStatus, phase: SyncRunPhase, total: number, processed: number, added: number, removed: number, skippedMissingKey: number }
    | { __typename: 'SyncRunFailed', runId: string, sequence: number, status: SyncRunStatus, phase: SyncRunPhase, total: number, processed: number, added: number, removed: number, skippedMissingKey: number }
    | { __typename: 'SyncRunProgress', runId: string, sequence: number, status: SyncRunStatus, phase: SyncRunPhase, total: number, processed: number, added: number, removed: number, skippedMissingKey: number }
    | { __typename: 'SyncRunQueued', runId: string, sequence: number, status: SyncRunStatus, phase: SyncRunPhase, total: number, processed: number, added: number, removed: number, skippedMissingKey: number }
    | { __typename: 'SyncRunRetrying', runId: string, sequence: number, status: SyncRunStatus, phase: SyncRunPhase, total: number, processed: number, added: number, removed: number, skippedMissingKey: number }
    | { __typename: 'SyncRunStarted', runId: string, sequence: number, status: SyncRunStatus, phase: SyncRunPhase, total: number, processed: number, added: number, removed: number, skippedMissingKey: number }
   };

export type AllSyncEventsSubscriptionVariables = Exact<{
  cohortSyncId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AllSyncEventsSubscription = { __typename?: 'Subscription', syncEvents:
    | { __typename: 'SyncRunCanceled', runId: string, cohortSyncId: string, sequence: number }
    | { __typename: 'SyncRunCompleted', runId: string, cohortSyncId: string, sequence: number }
    | { __typename: 'SyncRunFailed', runId: string, cohortSyncId: string, sequence: number }
    | { __typename: 'SyncRunProgress', runId: string, cohortSyncId: string, sequence: number }
    | { __typename: 'SyncRunQueued', runId: string, cohortSyncId: string, sequence: number }
    | { __typename: 'SyncRunRetrying', runId: string, cohortSyncId: string, sequence: number }
    | { __typename: 'SyncRunStarted', runId: string, cohortSyncId: string, sequence: number }
   };

export type ProgressTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type ProgressTokenMutation = { __typename?: 'Mutation', createAccessToken:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvalidPolicyError' }
    | { __typename: 'MutationCreateAccessTokenSuccess', data: { __typename?: 'CreatedAccessToken', secret: string } }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type ScheduleCreateMutationVariables = Exact<{
  input: CreateCohortSyncInput;
}>;


export type ScheduleCreateMutation = { __typename?: 'Mutation', createCohortSync:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateCohortSyncSuccess', data: { __typename?: 'CohortSync', id: string, nextRunAt?: string | null, activeRun?: { __typename?: 'SyncRun', id: string } | null } }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type ScheduleRunsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScheduleRunsQuery = { __typename?: 'Query', cohortSync?: { __typename?: 'CohortSync', nextRunAt?: string | null, runs: { __typename?: 'CohortSyncRunsConnection', nodes: Array<{ __typename?: 'SyncRun', id: string, trigger: SyncRunTrigger, status: SyncRunStatus }> } } | null };

export type WorkersCreateMutationVariables = Exact<{
  input: CreateCohortSyncInput;
}>;


export type WorkersCreateMutation = { __typename?: 'Mutation', createCohortSync:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationCreateCohortSyncSuccess', data: { __typename?: 'CohortSync', id: string, activeRun?: { __typename?: 'SyncRun', id: string } | null } }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type WorkersRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkersRunQuery = { __typename?: 'Query', syncRun?: { __typename?: 'SyncRun', status: SyncRunStatus, attempt: number, phase: SyncRunPhase, processed: number, added: number } | null };

export type SyncCreateMutationVariables = Exact<{
  input: CreateCohortSyncInput;
}>;


export type SyncCreateMutation = { __typename?: 'Mutation', createCohortSync:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationCreateCohortSyncSuccess', data: { __typename?: 'CohortSync', id: string, frequency: SyncFrequency, nextRunAt?: string | null, activeRun?: { __typename?: 'SyncRun', id: string, trigger: SyncRunTrigger } | null, segment?: { __typename?: 'Segment', key: string, name: string, kind: SegmentKind } | null } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SyncRunNowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SyncRunNowMutation = { __typename?: 'Mutation', runCohortSync:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationRunCohortSyncSuccess', data: { __typename?: 'SyncRun', id: string, status: SyncRunStatus, trigger: SyncRunTrigger } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SyncSegmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SyncSegmentQuery = { __typename?: 'Query', cohortSync?: { __typename?: 'CohortSync', frequency: SyncFrequency, paused: boolean, runs: { __typename?: 'CohortSyncRunsConnection', totalCount: number, nodes: Array<{ __typename?: 'SyncRun', id: string, status: SyncRunStatus, trigger: SyncRunTrigger }> }, segment?: { __typename?: 'Segment', key: string, name: string, description: string, kind: SegmentKind, includedCount: number, version: number, lastSyncedAt?: string | null, source?: { __typename?: 'SegmentSource', kind: SegmentSourceKind, cohortName: string } | null } | null, destination: { __typename?: 'Destination', status: DestinationStatus, statusReason?: string | null } } | null };

export type SyncRenameSegmentMutationVariables = Exact<{
  projectKey: Scalars['String']['input'];
  environmentKey: Scalars['String']['input'];
  key: Scalars['String']['input'];
  input: UpdateSegmentInput;
}>;


export type SyncRenameSegmentMutation = { __typename?: 'Mutation', updateSegment:
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationUpdateSegmentSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SyncRevokeTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SyncRevokeTokenMutation = { __typename?: 'Mutation', revokeAccessToken:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationRevokeAccessTokenSuccess' }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type SyncUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCohortSyncInput;
}>;


export type SyncUpdateMutation = { __typename?: 'Mutation', updateCohortSync:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationUpdateCohortSyncSuccess', data: { __typename?: 'CohortSync', frequency: SyncFrequency, paused: boolean, nextRunAt?: string | null } }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };

export type SyncCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SyncCancelMutation = { __typename?: 'Mutation', cancelSyncRun:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', code: ErrorCode, message: string }
    | { __typename: 'MutationCancelSyncRunSuccess', data: { __typename?: 'SyncRun', status: SyncRunStatus } }
    | { __typename: 'NotAllowedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SyncDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  deleteSegment?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type SyncDeleteMutation = { __typename?: 'Mutation', deleteCohortSync:
    | { __typename: 'InvalidInputError', code: ErrorCode }
    | { __typename: 'MutationDeleteCohortSyncSuccess' }
    | { __typename: 'NotAllowedError', code: ErrorCode }
    | { __typename: 'NotFoundError', code: ErrorCode }
   };

export type SyncNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncNotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'QueryNotificationsConnection', nodes: Array<{ __typename?: 'Notification', kind: NotificationKind, message: string, read: boolean, run?: { __typename?: 'SyncRun', id: string } | null }> } };

export type SyncMarkReadMutationVariables = Exact<{ [key: string]: never; }>;


export type SyncMarkReadMutation = { __typename?: 'Mutation', markNotificationsRead:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationMarkNotificationsReadSuccess', data: number }
    | { __typename: 'NotAllowedError' }
    | { __typename: 'NotFoundError' }
   };


export const AccSecActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AccSecActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"actorTokenId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<AccSecActivitySubscription, AccSecActivitySubscriptionVariables>;
export const AccSecTokenDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccSecTokenDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"notActions"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"notResources"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}}]}}]}}]} as unknown as DocumentNode<AccSecTokenDetailsQuery, AccSecTokenDetailsQueryVariables>;
export const AccSecAccessTokenFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccSecAccessTokenFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"AccessToken","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccSecAccessTokenFieldsQuery, AccSecAccessTokenFieldsQueryVariables>;
export const MatrixCreateSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixCreateSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatrixCreateSyncMutation, MatrixCreateSyncMutationVariables>;
export const MatrixEnvironmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixEnvironments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"default","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clientSideId"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixEnvironmentsQuery, MatrixEnvironmentsQueryVariables>;
export const CohAmpListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohAmpList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amplitudeCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryAmplitudeCohortsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"lastComputed"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AmplitudeSourceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CohAmpListQuery, CohAmpListQueryVariables>;
export const CohAmpCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CohAmpCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCohortSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"lastRefreshedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohAmpCreateMutation, CohAmpCreateMutationVariables>;
export const CohAmpLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CohAmpLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkAmplitudeCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationLinkAmplitudeCohortSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CohAmpLinkMutation, CohAmpLinkMutationVariables>;
export const CohAmpRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CohAmpRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRefreshCohortSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastRefreshedAt"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AmplitudeSourceError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CsvImportError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CohAmpRefreshMutation, CohAmpRefreshMutationVariables>;
export const CohAmpMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohAmpMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberKey"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohAmpMembersQuery, CohAmpMembersQueryVariables>;
export const CohAmpAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CohAmpAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCohortMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"members"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"StringValue","value":"manual","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CohAmpAddMutation, CohAmpAddMutationVariables>;
export const CohCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CohCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohCreateTokenMutation, CohCreateTokenMutationVariables>;
export const CohCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CohCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCohortSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"exportPath"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CohCreateMutation, CohCreateMutationVariables>;
export const CohUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CohUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdateCohortSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CohUpdateMutation, CohUpdateMutationVariables>;
export const CohDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CohDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationDeleteCohortSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CohDeleteMutation, CohDeleteMutationVariables>;
export const CohAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CohAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"members"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortMemberInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCohortMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"members"},"value":{"kind":"Variable","name":{"kind":"Name","value":"members"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationAddCohortMembersSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CohAddMutation, CohAddMutationVariables>;
export const CohRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CohRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"members"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortMemberRefInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCohortMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"members"},"value":{"kind":"Variable","name":{"kind":"Name","value":"members"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRemoveCohortMembersSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CohRemoveMutation, CohRemoveMutationVariables>;
export const CohImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CohImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortImportMode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCohortCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationImportCohortCsvSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CsvImportError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CohImportMutation, CohImportMutationVariables>;
export const CohMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberKey"}},{"kind":"Field","name":{"kind":"Name","value":"amplitudeId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohMembersQuery, CohMembersQueryVariables>;
export const CohListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohListQuery, CohListQueryVariables>;
export const CohMissingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohMissing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userKeyProperty"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sampleSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingKeyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userKeyProperty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userKeyProperty"}}},{"kind":"Argument","name":{"kind":"Name","value":"destinationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sampleSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sampleSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortMissingKeyReportSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userKeyProperty"}},{"kind":"Field","name":{"kind":"Name","value":"missingCount"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberKey"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohMissingQuery, CohMissingQueryVariables>;
export const OutageCreateSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutageCreateSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutageCreateSyncMutation, OutageCreateSyncMutationVariables>;
export const OutageRunSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutageRunSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRunCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutageRunSyncMutation, OutageRunSyncMutationVariables>;
export const OutageRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutageRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}}]}}]} as unknown as DocumentNode<OutageRunQuery, OutageRunQueryVariables>;
export const OutageProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OutageProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRunProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}}]}}]}}]} as unknown as DocumentNode<OutageProgressSubscription, OutageProgressSubscriptionVariables>;
export const OutageActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OutageActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}}]} as unknown as DocumentNode<OutageActivitySubscription, OutageActivitySubscriptionVariables>;
export const OutageCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutageCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OutageCreateProjectMutation, OutageCreateProjectMutationVariables>;
export const DestCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DestCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DestCreateTokenMutation, DestCreateTokenMutationVariables>;
export const DestRevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DestRevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DestRevokeTokenMutation, DestRevokeTokenMutationVariables>;
export const DestEnvironmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DestEnvironments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clientSideId"}}]}}]}}]}}]} as unknown as DocumentNode<DestEnvironmentsQuery, DestEnvironmentsQueryVariables>;
export const DestCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DestCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDestinationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateDestinationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projectKey"}},{"kind":"Field","name":{"kind":"Name","value":"environmentKey"}},{"kind":"Field","name":{"kind":"Name","value":"clientSideId"}},{"kind":"Field","name":{"kind":"Name","value":"userKeyProperty"}},{"kind":"Field","name":{"kind":"Name","value":"contextKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DestCreateMutation, DestCreateMutationVariables>;
export const DestUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DestUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDestinationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdateDestinationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"userKeyProperty"}},{"kind":"Field","name":{"kind":"Name","value":"contextKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DestUpdateMutation, DestUpdateMutationVariables>;
export const DestCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DestCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCheckDestinationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DestCheckMutation, DestCheckMutationVariables>;
export const DestDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DestDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationDeleteDestinationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DestDeleteMutation, DestDeleteMutationVariables>;
export const DestListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DestList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environmentKey"}}]}}]}}]} as unknown as DocumentNode<DestListQuery, DestListQueryVariables>;
export const DestOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DestOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<DestOneQuery, DestOneQueryVariables>;
export const BusActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BusActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}}]} as unknown as DocumentNode<BusActivitySubscription, BusActivitySubscriptionVariables>;
export const BusCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BusCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<BusCreateProjectMutation, BusCreateProjectMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]} as unknown as DocumentNode<ActivitySubscription, ActivitySubscriptionVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateProjectSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clientSideId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const ProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const FuzzImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FuzzImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"File"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortImportMode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCohortCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CsvImportError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FuzzImportMutation, FuzzImportMutationVariables>;
export const FuzzMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FuzzMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberKey"}},{"kind":"Field","name":{"kind":"Name","value":"amplitudeId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FuzzMembersQuery, FuzzMembersQueryVariables>;
export const CacheCreateSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CacheCreateSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CacheCreateSegmentMutation, CacheCreateSegmentMutationVariables>;
export const CacheUpdateTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CacheUpdateTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSegmentTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"StringValue","value":"default","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"StringValue","value":"production","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CacheUpdateTargetsMutation, CacheUpdateTargetsMutationVariables>;
export const CacheContainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheContains"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contextKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"StringValue","value":"default","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"StringValue","value":"production","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"includedCount"}},{"kind":"Field","name":{"kind":"Name","value":"contains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contextKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextKey"}}}]}]}}]}}]} as unknown as DocumentNode<CacheContainsQuery, CacheContainsQueryVariables>;
export const CacheWithEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheWithEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"StringValue","value":"default","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"StringValue","value":"production","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"includedCount"}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<CacheWithEnvironmentQuery, CacheWithEnvironmentQueryVariables>;
export const ProcessActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProcessActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}}]} as unknown as DocumentNode<ProcessActivitySubscription, ProcessActivitySubscriptionVariables>;
export const ProcessCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProcessCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ProcessCreateProjectMutation, ProcessCreateProjectMutationVariables>;
export const ProcessProjectKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessProjectKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ProcessProjectKeysQuery, ProcessProjectKeysQueryVariables>;
export const OpsCreateSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpsCreateSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OpsCreateSyncMutation, OpsCreateSyncMutationVariables>;
export const OpsActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OpsActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]} as unknown as DocumentNode<OpsActivitySubscription, OpsActivitySubscriptionVariables>;
export const SecHttpProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecHttpProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<SecHttpProjectsQuery, SecHttpProjectsQueryVariables>;
export const SecInCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecInCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecInCreateProjectMutation, SecInCreateProjectMutationVariables>;
export const SecInProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecInProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SecInProjectsQuery, SecInProjectsQueryVariables>;
export const SecInAddMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecInAddMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"members"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortMemberInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCohortMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"members"},"value":{"kind":"Variable","name":{"kind":"Name","value":"members"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SecInAddMembersMutation, SecInAddMembersMutationVariables>;
export const SecInCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecInCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberKey"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecInCohortQuery, SecInCohortQueryVariables>;
export const SecInActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SecInActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]} as unknown as DocumentNode<SecInActivitySubscription, SecInActivitySubscriptionVariables>;
export const SecLimProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecLimProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<SecLimProjectsQuery, SecLimProjectsQueryVariables>;
export const SecLimCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecLimCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecLimCohortsQuery, SecLimCohortsQueryVariables>;
export const SecLimActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SecLimActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}}]} as unknown as DocumentNode<SecLimActivitySubscription, SecLimActivitySubscriptionVariables>;
export const SecLimCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecLimCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SecLimCreateProjectMutation, SecLimCreateProjectMutationVariables>;
export const SecRateViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecRateViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SecRateViewerQuery, SecRateViewerQueryVariables>;
export const SecRateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SecRateActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}}]} as unknown as DocumentNode<SecRateActivitySubscription, SecRateActivitySubscriptionVariables>;
export const SecRateCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecRateCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SecRateCreateProjectMutation, SecRateCreateProjectMutationVariables>;
export const SecScopeCreateSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecScopeCreateSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateSegmentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecScopeCreateSegmentMutation, SecScopeCreateSegmentMutationVariables>;
export const SecScopeTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecScopeTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSegmentTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"StringValue","value":"default","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecScopeTargetsMutation, SecScopeTargetsMutationVariables>;
export const SecScopeReadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecScopeReads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contextKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"StringValue","value":"default","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"includedCount"}},{"kind":"Field","name":{"kind":"Name","value":"contains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contextKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextKey"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contextSegments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"StringValue","value":"default","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"contextKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"StringValue","value":"default","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecScopeReadsQuery, SecScopeReadsQueryVariables>;
export const SecScopeEvaluateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecScopeEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationContext"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateSegments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"StringValue","value":"default","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryEvaluateSegmentsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecScopeEvaluateQuery, SecScopeEvaluateQueryVariables>;
export const SecScopeDestinationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecScopeDestinations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environmentKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecScopeDestinationsQuery, SecScopeDestinationsQueryVariables>;
export const SecScopeCheckDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecScopeCheckDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SecScopeCheckDestinationMutation, SecScopeCheckDestinationMutationVariables>;
export const SecScopeCreateSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecScopeCreateSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SecScopeCreateSyncMutation, SecScopeCreateSyncMutationVariables>;
export const SecScopeActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SecScopeActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}}]} as unknown as DocumentNode<SecScopeActivitySubscription, SecScopeActivitySubscriptionVariables>;
export const SegPagingCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegPagingCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SegPagingCreateMutation, SegPagingCreateMutationVariables>;
export const SegPagingTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegPagingTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSegmentTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SegPagingTargetsMutation, SegPagingTargetsMutationVariables>;
export const SegPagingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegPagingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contextKey"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegPagingPageQuery, SegPagingPageQueryVariables>;
export const SegCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SegCreateProjectMutation, SegCreateProjectMutationVariables>;
export const SegCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegCreateTokenMutation, SegCreateTokenMutationVariables>;
export const SegCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateSegmentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contextKind"}},{"kind":"Field","name":{"kind":"Name","value":"generation"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"includedCount"}},{"kind":"Field","name":{"kind":"Name","value":"excludedCount"}},{"kind":"Field","name":{"kind":"Name","value":"isBig"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegCreateMutation, SegCreateMutationVariables>;
export const SegUpdateTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegUpdateTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentTargetsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSegmentTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdateSegmentTargetsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"includedCount"}},{"kind":"Field","name":{"kind":"Name","value":"excludedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isBig"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegUpdateTargetsMutation, SegUpdateTargetsMutationVariables>;
export const SegDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationDeleteSegmentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegDeleteMutation, SegDeleteMutationVariables>;
export const SegGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contextKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"included"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"includedCount"}},{"kind":"Field","name":{"kind":"Name","value":"excludedCount"}},{"kind":"Field","name":{"kind":"Name","value":"contains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contextKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextKey"}}}]},{"kind":"Field","name":{"kind":"Name","value":"target"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contextKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contextKey"}},{"kind":"Field","name":{"kind":"Name","value":"included"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"included"},"value":{"kind":"Variable","name":{"kind":"Name","value":"included"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contextKey"}},{"kind":"Field","name":{"kind":"Name","value":"included"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegGetQuery, SegGetQueryVariables>;
export const SegUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdateSegmentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editedFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegUpdateMutation, SegUpdateMutationVariables>;
export const SegUpdateRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegUpdateRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rules"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentRuleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSegmentRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"rules"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rules"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdateSegmentRulesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contextKind"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"negate"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegUpdateRulesMutation, SegUpdateRulesMutationVariables>;
export const SegContextSegmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegContextSegments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contextKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contextKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contextSegments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"contextKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"contextKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contextKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<SegContextSegmentsQuery, SegContextSegmentsQueryVariables>;
export const SegEvaluateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationContext"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateSegments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryEvaluateSegmentsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIndex"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SegEvaluateQuery, SegEvaluateQueryVariables>;
export const SegListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isBig"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortName"}},{"kind":"Field","name":{"kind":"Name","value":"cohortSyncId"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SegListQuery, SegListQueryVariables>;
export const SharedCreateSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedCreateSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedCreateSyncMutation, SharedCreateSyncMutationVariables>;
export const SharedRunNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SharedRunNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SharedRunNowMutation, SharedRunNowMutationVariables>;
export const SharedEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SharedEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortSyncId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortSyncId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortSyncId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRun"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedEventsSubscription, SharedEventsSubscriptionVariables>;
export const AccCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidPolicyError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccCreateTokenMutation, AccCreateTokenMutationVariables>;
export const AccRevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccRevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRevokeAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccRevokeTokenMutation, AccRevokeTokenMutationVariables>;
export const AccTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AccTokensQuery, AccTokensQueryVariables>;
export const AccCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccCreateProjectMutation, AccCreateProjectMutationVariables>;
export const AccUpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccUpdateProjectMutation, AccUpdateProjectMutationVariables>;
export const AccDeleteProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccDeleteProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccDeleteProjectMutation, AccDeleteProjectMutationVariables>;
export const AccCreateEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccCreateEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"New","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccCreateEnvironmentMutation, AccCreateEnvironmentMutationVariables>;
export const AccUpdateEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUpdateEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccUpdateEnvironmentMutation, AccUpdateEnvironmentMutationVariables>;
export const AccDeleteEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccDeleteEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccDeleteEnvironmentMutation, AccDeleteEnvironmentMutationVariables>;
export const AccProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccProjectsQuery, AccProjectsQueryVariables>;
export const AccProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<AccProjectQuery, AccProjectQueryVariables>;
export const AccViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"segmentCreate"},"name":{"kind":"Name","value":"can"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"EnumValue","value":"createSegment"}},{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"StringValue","value":"proj/default:env/test:segment/x","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"segmentInclude"},"name":{"kind":"Name","value":"can"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"EnumValue","value":"updateIncluded"}},{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"StringValue","value":"proj/default:env/production:segment/x","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"segmentRules"},"name":{"kind":"Name","value":"can"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"EnumValue","value":"updateRules"}},{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"StringValue","value":"proj/default:env/test:segment/x","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"productionRead"},"name":{"kind":"Name","value":"can"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"EnumValue","value":"read"}},{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"StringValue","value":"proj/default:env/production:segment/x","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"projectCreate"},"name":{"kind":"Name","value":"can"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"EnumValue","value":"createProject"}},{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"StringValue","value":"proj/x","block":false}}]}]}}]}}]} as unknown as DocumentNode<AccViewerQuery, AccViewerQueryVariables>;
export const AccNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccNodeQuery, AccNodeQueryVariables>;
export const FixtureWriterTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureWriterToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureWriterTokenMutation, FixtureWriterTokenMutationVariables>;
export const FixtureEnvironmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FixtureEnvironment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"default","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"clientSideId"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureEnvironmentQuery, FixtureEnvironmentQueryVariables>;
export const FixtureDestinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureDestination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDestinationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateDestinationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureDestinationMutation, FixtureDestinationMutationVariables>;
export const FixtureCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCohortSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureCohortMutation, FixtureCohortMutationVariables>;
export const FixtureAddMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureAddMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"members"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortMemberInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCohortMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"members"},"value":{"kind":"Variable","name":{"kind":"Name","value":"members"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureAddMembersMutation, FixtureAddMembersMutationVariables>;
export const FixtureRemoveMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureRemoveMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"members"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortMemberRefInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCohortMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"members"},"value":{"kind":"Variable","name":{"kind":"Name","value":"members"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureRemoveMembersMutation, FixtureRemoveMembersMutationVariables>;
export const FixtureRunStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FixtureRunStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"skippedMissingKey"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"skippedSample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amplitudeId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureRunStatusQuery, FixtureRunStatusQueryVariables>;
export const ProgressCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgressCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgressCreateMutation, ProgressCreateMutationVariables>;
export const ProgressRunNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgressRunNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRunCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgressRunNowMutation, ProgressRunNowMutationVariables>;
export const ProgressRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}}]}}]}}]} as unknown as DocumentNode<ProgressRunQuery, ProgressRunQueryVariables>;
export const RunProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RunProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRunProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"skippedMissingKey"}}]}}]}}]} as unknown as DocumentNode<RunProgressSubscription, RunProgressSubscriptionVariables>;
export const AllSyncEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AllSyncEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortSyncId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortSyncId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortSyncId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"cohortSyncId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]} as unknown as DocumentNode<AllSyncEventsSubscription, AllSyncEventsSubscriptionVariables>;
export const ProgressTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgressToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateAccessTokenSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgressTokenMutation, ProgressTokenMutationVariables>;
export const ScheduleCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"activeRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleCreateMutation, ScheduleCreateMutationVariables>;
export const ScheduleRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleRunsQuery, ScheduleRunsQueryVariables>;
export const WorkersCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkersCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkersCreateMutation, WorkersCreateMutationVariables>;
export const WorkersRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkersRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"added"}}]}}]}}]} as unknown as DocumentNode<WorkersRunQuery, WorkersRunQueryVariables>;
export const SyncCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"activeRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SyncCreateMutation, SyncCreateMutationVariables>;
export const SyncRunNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncRunNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRunCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SyncRunNowMutation, SyncRunNowMutationVariables>;
export const SyncSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"includedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cohortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]}}]} as unknown as DocumentNode<SyncSegmentQuery, SyncSegmentQueryVariables>;
export const SyncRenameSegmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncRenameSegment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSegmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSegment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"environmentKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SyncRenameSegmentMutation, SyncRenameSegmentMutationVariables>;
export const SyncRevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncRevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SyncRevokeTokenMutation, SyncRevokeTokenMutationVariables>;
export const SyncUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCohortSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdateCohortSyncSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SyncUpdateMutation, SyncUpdateMutationVariables>;
export const SyncCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSyncRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCancelSyncRunSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SyncCancelMutation, SyncCancelMutationVariables>;
export const SyncDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deleteSegment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCohortSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"deleteSegment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deleteSegment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SyncDeleteMutation, SyncDeleteMutationVariables>;
export const SyncNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SyncNotificationsQuery, SyncNotificationsQueryVariables>;
export const SyncMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncMarkRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationMarkNotificationsReadSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]} as unknown as DocumentNode<SyncMarkReadMutation, SyncMarkReadMutationVariables>;