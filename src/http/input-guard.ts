import { GraphQLError, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";

const MESSAGE =
  "Text may not contain the NUL character (U+0000): the database cannot store it. Nothing was changed.";

function nulError(): GraphQLError {
  return new GraphQLError(MESSAGE, { extensions: { code: "INVALID_INPUT", http: { status: 400 } } });
}

/** True when any string inside `value` (variables: nested objects and arrays) holds U+0000. */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  // Variables are parsed JSON, so deeply nested input is already bounded by the body size; the
  // depth cap only keeps a pathological document from exhausting the stack.
  if (depth > 64 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((item) => hasNul(item, depth + 1));
  return Object.values(value).some((item) => hasNul(item, depth + 1));
}

/** Refuses string literals with U+0000 written in the document itself (`"a\u0000"`). */
function nulLiteralRule(context: ValidationContext) {
  return {
    StringValue(node: { value: string }) {
      if (node.value.includes("\u0000")) context.reportError(nulError());
    },
  };
}

/**
 * PostgreSQL text cannot hold NUL, so any argument carrying one would fail deep inside a resolver as
 * an "Unexpected error". Refusing such operations up front turns that into a clear input error for
 * every field at once, over HTTP, SSE and WebSocket alike. (CSV file contents are the CSV reader's.)
 */
export function refuseNulCharacters(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(nulLiteralRule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      if (hasNul(args.variableValues)) setResultAndStopExecution({ errors: [nulError()] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      if (hasNul(args.variableValues)) setResultAndStopExecution({ errors: [nulError()] });
    },
  };
}
