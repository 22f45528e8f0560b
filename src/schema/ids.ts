import { NotFoundError } from "../domain/errors.ts";
import { uuidFrom } from "../domain/ids.ts";

/**
 * The database id behind an id argument: a relay global id of `typename`, or the raw uuid,
 * lower-cased so the resource a policy sees is the same string however the client spelled it.
 * Anything else cannot name an existing object, so it is a NotFoundError, not a crash.
 */
export function idOf(typename: string, id: string | number): string {
  const uuid = uuidFrom(typename, String(id));
  if (!uuid) throw new NotFoundError(typename, String(id));
  return uuid;
}

/** Like idOf, but null instead of throwing: for authScopes, which must not throw. */
export function maybeIdOf(typename: string, id: string | number): string | null {
  return uuidFrom(typename, String(id));
}
