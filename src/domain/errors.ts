/**
 * Expected failures. Services throw these; the GraphQL layer turns each into a typed result
 * with a stable `code`, so clients branch on data instead of parsing messages.
 */
export const ERROR_CODES = [
  "NOT_FOUND",
  "NOT_ALLOWED",
  "INVALID_INPUT",
  "CONFLICT",
  "MANAGED_BY_SOURCE",
  "INVALID_POLICY",
  "UPSTREAM",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
}

export class NotFoundError extends AppError {
  readonly code = "NOT_FOUND";
  constructor(
    readonly resourceType: string,
    readonly id: string,
  ) {
    super(`${resourceType} "${id}" does not exist or is not visible to this token`);
  }
}

export class NotAllowedError extends AppError {
  readonly code = "NOT_ALLOWED";
}

export interface FieldProblem {
  field: string;
  message: string;
}

export class InvalidInputError extends AppError {
  readonly code = "INVALID_INPUT";
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join("; "));
  }
}

export class ConflictError extends AppError {
  readonly code = "CONFLICT";
}

export class ManagedBySourceError extends AppError {
  readonly code = "MANAGED_BY_SOURCE";
}

export interface PolicyProblemInfo {
  statement: number;
  field: string;
  message: string;
}

export class InvalidPolicyError extends AppError {
  readonly code = "INVALID_POLICY";
  constructor(readonly problems: PolicyProblemInfo[]) {
    super(`The policy is invalid: ${problems.map((p) => p.message).join("; ")}`);
  }
}
