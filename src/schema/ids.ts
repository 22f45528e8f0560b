import { decodeGlobalID } from "@pothos/plugin-relay";
import { NotFoundError } from "../domain/errors.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The database id behind an id argument: a relay global id of `typename`, or the raw uuid.
 * Anything else cannot name an existing object, so it is a NotFoundError, not a crash.
 */
export function idOf(typename: string, id: string | number): string {
  // Lower-cased, so the resource a policy sees is the same string however the client spelled it.
  const value = String(id);
  if (UUID.test(value)) return value.toLowerCase();
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === typename && UUID.test(decoded.id)) return decoded.id.toLowerCase();
  } catch {
    // not a global id
  }
  throw new NotFoundError(typename, value);
}

/** Like idOf, but null instead of throwing: for authScopes, which must not throw. */
export function maybeIdOf(typename: string, id: string | number): string | null {
  try {
    return idOf(typename, id);
  } catch {
    return null;
  }
}
