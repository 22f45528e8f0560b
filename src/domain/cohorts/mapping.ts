/**
 * How a cohort member becomes a segment context key: a destination names one of the member's
 * identifiers (`user_id`, `amplitude_id`, `device_id`) or a property (`user_properties.plan`, or any
 * column imported from a CSV), all read from `cohort_members`.
 */
import { type SQL, sql } from "drizzle-orm";

/** The member columns a mapping can name directly; anything else is a key in `properties`. */
export const IDENTIFIER_COLUMNS = ["user_id", "amplitude_id", "device_id"] as const;
export type IdentifierColumn = (typeof IDENTIFIER_COLUMNS)[number];

export const DEFAULT_USER_KEY_PROPERTY = "user_id";
/** Property names come from CSV headers, whose cells are at most CSV_MAX_FIELD_BYTES; this is tighter. */
export const MAX_USER_KEY_PROPERTY_LENGTH = 256;
const PROPERTY_PREFIX = "user_properties.";
// Control characters can't come from a CSV header people would write, and would hide in messages.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

function isIdentifierColumn(property: string): property is IdentifierColumn {
  return (IDENTIFIER_COLUMNS as readonly string[]).includes(property);
}

/** Validates a destination's userKeyProperty; returns a problem message or null. */
export function userKeyPropertyProblem(property: string): string | null {
  if (property.length === 0) return "must not be empty";
  if (property.length > MAX_USER_KEY_PROPERTY_LENGTH) {
    return `must be at most ${MAX_USER_KEY_PROPERTY_LENGTH} characters`;
  }
  if (property.trim() !== property) {
    // Imported column names are trimmed, so a padded name could never match one.
    return "must not start or end with whitespace";
  }
  if (CONTROL_CHARACTERS.test(property)) return "must not contain control characters";
  if (property === PROPERTY_PREFIX || property === PROPERTY_PREFIX.slice(0, -1)) {
    return `must name a property after "${PROPERTY_PREFIX}", e.g. "${PROPERTY_PREFIX}email"`;
  }
  return null;
}

/**
 * SQL expression giving the context key of a cohort_members row (table alias as given) for a
 * mapping; null when the mapped value is missing or empty. Used in INSERT ... SELECT by the sync
 * engine and by the missing-key report.
 */
export function contextKeyExpression(userKeyProperty: string, alias = "cohort_members"): SQL {
  const table = sql.identifier(alias);
  // Identifier columns are never stored as "", but a missing key must read the same whatever the source.
  if (isIdentifierColumn(userKeyProperty)) {
    return sql`nullif(${table}.${sql.identifier(userKeyProperty)}, '')`;
  }
  return sql`nullif(${table}."properties" ->> ${userKeyProperty}::text, '')`;
}

export interface MemberIdentity {
  amplitudeId: string | null;
  userId: string | null;
  deviceId: string | null;
}

/** Identity within a cohort: `a:<amplitude_id>`, else `u:<user_id>`, else `d:<device_id>`; null if none. */
export function memberKeyOf(member: MemberIdentity): string | null {
  if (member.amplitudeId) return `a:${member.amplitudeId}`;
  if (member.userId) return `u:${member.userId}`;
  if (member.deviceId) return `d:${member.deviceId}`;
  return null;
}
