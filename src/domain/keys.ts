import { type FieldProblem, InvalidInputError } from "./errors.ts";

/** Keys name things in URLs and policies: letters, digits, `.`, `_` and `-`, starting alphanumeric. */
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const MAX_KEY_LENGTH = 100;
export const MAX_NAME_LENGTH = 256;

export function keyProblem(field: string, key: string): FieldProblem | null {
  if (key.length === 0) return { field, message: "must not be empty" };
  if (key.length > MAX_KEY_LENGTH) return { field, message: `must be at most ${MAX_KEY_LENGTH} characters` };
  if (!KEY_PATTERN.test(key)) {
    return {
      field,
      message: "may contain only letters, digits, '.', '_' and '-', starting with a letter or digit",
    };
  }
  return null;
}

export function nameProblem(field: string, name: string): FieldProblem | null {
  if (name.trim().length === 0) return { field, message: "must not be blank" };
  if (name.length > MAX_NAME_LENGTH)
    return { field, message: `must be at most ${MAX_NAME_LENGTH} characters` };
  return null;
}

/** Throws one InvalidInputError listing every problem, or returns when there are none. */
export function assertValid(...problems: (FieldProblem | null)[]): void {
  const found = problems.filter((p): p is FieldProblem => p !== null);
  if (found.length > 0) throw new InvalidInputError(found);
}
