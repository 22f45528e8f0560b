import { decodeGlobalID } from "@pothos/plugin-relay";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads an object id given either as a relay global id of `typename` or as the raw uuid; null when
 * it is neither, so callers answer "not found" instead of failing on a malformed id.
 */
export function uuidFrom(typename: string, value: string): string | null {
  if (UUID.test(value)) return value.toLowerCase();
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === typename && UUID.test(decoded.id)) return decoded.id.toLowerCase();
  } catch {
    // not a global id either
  }
  return null;
}
