import {
  type AppError,
  ConflictError,
  ERROR_CODES,
  type ErrorCode,
  InvalidInputError,
  InvalidPolicyError,
  ManagedBySourceError,
  NotAllowedError,
  NotFoundError,
} from "../domain/errors.ts";
import { builder } from "./builder.ts";

const ERROR_CODE_DESCRIPTIONS: Record<ErrorCode, string> = {
  NOT_FOUND: "The referenced object does not exist or is not visible to the caller.",
  NOT_ALLOWED: "The caller's policy does not allow the action on the resource.",
  INVALID_INPUT: "An argument is malformed or out of bounds.",
  CONFLICT: "The change conflicts with existing data or with a change in progress.",
  MANAGED_BY_SOURCE: "The object is managed by a cohort sync and cannot be edited directly.",
  INVALID_POLICY: "A custom policy statement is malformed.",
  UPSTREAM: "An outside service the gateway depends on (Amplitude) failed or refused; see the message.",
};

export const ErrorCodeEnum = builder.enumType("ErrorCode", {
  description: "Stable machine-readable code of an expected failure.",
  values: Object.fromEntries(
    ERROR_CODES.map((code) => [code, { value: code, description: ERROR_CODE_DESCRIPTIONS[code] }]),
  ) as Record<ErrorCode, { value: ErrorCode; description: string }>,
});

export const ErrorInterface = builder.interfaceRef<AppError>("Error").implement({
  description: "An expected failure: the request was understood and refused, and nothing changed.",
  fields: (t) => ({
    message: t.exposeString("message", { description: "What went wrong, for people." }),
    code: t.field({
      type: ErrorCodeEnum,
      description: "What went wrong, for programs.",
      resolve: (e) => e.code,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "The referenced object does not exist, or the caller may not see it.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    resourceType: t.exposeString("resourceType", { description: "Kind of object that was looked up." }),
    id: t.exposeString("id", { description: "The id or key that was looked up." }),
  }),
});

builder.objectType(NotAllowedError, {
  name: "NotAllowedError",
  description: "The caller's token does not allow this action on this resource.",
  interfaces: [ErrorInterface],
});

const FieldProblemRef = builder.objectRef<{ field: string; message: string }>("FieldProblem").implement({
  description: "One problem with one input field.",
  fields: (t) => ({
    field: t.exposeString("field", { description: "Path of the input field, e.g. `input.key`." }),
    message: t.exposeString("message", { description: "What is wrong with it." }),
  }),
});

builder.objectType(InvalidInputError, {
  name: "InvalidInputError",
  description: "One or more input fields are invalid.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    problems: t.field({
      type: [FieldProblemRef],
      description: "Every problem found.",
      resolve: (e) => e.problems,
    }),
  }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "The change conflicts with existing data, e.g. a key that is already taken.",
  interfaces: [ErrorInterface],
});

builder.objectType(ManagedBySourceError, {
  name: "ManagedBySourceError",
  description: "The object is managed by its source (a cohort sync) and cannot be changed this way.",
  interfaces: [ErrorInterface],
});

const PolicyProblemRef = builder
  .objectRef<{ statement: number; field: string; message: string }>("PolicyProblem")
  .implement({
    description: "One problem with one statement of a policy.",
    fields: (t) => ({
      statement: t.exposeInt("statement", { description: "0-based index of the statement." }),
      field: t.exposeString("field", {
        description: "The statement field at fault (`effect`, `actions`, ...).",
      }),
      message: t.exposeString("message", { description: "What is wrong with it." }),
    }),
  });

builder.objectType(InvalidPolicyError, {
  name: "InvalidPolicyError",
  description: "A custom policy is malformed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    problems: t.field({
      type: [PolicyProblemRef],
      description: "Every problem found.",
      resolve: (e) => e.problems,
    }),
  }),
});

/** The failures every mutation may return. */
export const COMMON_ERRORS = [NotAllowedError, InvalidInputError, NotFoundError] as const;
export { ConflictError, InvalidPolicyError, ManagedBySourceError };
