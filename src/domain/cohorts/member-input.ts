/** Validation of members given through the API, matching what the CSV reader accepts. */
import { type FieldProblem, InvalidInputError } from "../errors.ts";
import { memberKeyOf } from "./mapping.ts";
import type { MemberData } from "./members.ts";

/** Listing every problem of a 10,000-member batch would drown the one that matters. */
const MAX_REPORTED_PROBLEMS = 20;
const AMPLITUDE_ID = /^\d+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
/** Export columns of their own; a property of the same name would collide with them. */
const RESERVED_PROPERTY_NAMES = new Set(["amplitude_id", "user_id", "device_id"]);

export interface MemberInput {
  amplitudeId?: string | null | undefined;
  userId?: string | null | undefined;
  deviceId?: string | null | undefined;
  properties?: readonly { name: string; value: string }[] | null | undefined;
}

export interface MemberLimits {
  maxMembers: number;
  maxFieldBytes: number;
  maxProperties: number;
}

function emptyToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === "" ? null : value;
}

function checkBatchSize(count: number, limits: MemberLimits): void {
  if (count === 0) throw new InvalidInputError([{ field: "members", message: "must not be empty" }]);
  if (count > limits.maxMembers) {
    throw new InvalidInputError([
      {
        field: "members",
        message: `has ${count} entries; at most ${limits.maxMembers} are allowed per call (import a CSV for more)`,
      },
    ]);
  }
}

/** Validates API input the way the CSV reader validates rows, so both kinds of member look alike. */
export function validateMembers(members: readonly MemberInput[], limits: MemberLimits): MemberData[] {
  checkBatchSize(members.length, limits);
  const problems: FieldProblem[] = [];
  const tooLong = (value: string | null) => value !== null && Buffer.byteLength(value) > limits.maxFieldBytes;
  const out = members.map((m, i): MemberData => {
    const at = `members[${i}]`;
    const report = (field: string, message: string) => problems.push({ field: `${at}.${field}`, message });
    const data: MemberData = {
      amplitudeId: emptyToNull(m.amplitudeId),
      userId: emptyToNull(m.userId),
      deviceId: emptyToNull(m.deviceId),
      properties: {},
    };
    if (memberKeyOf(data) === null) report("userId", "give at least one of amplitudeId, userId or deviceId");
    if (data.amplitudeId !== null && !AMPLITUDE_ID.test(data.amplitudeId)) {
      report("amplitudeId", "must be a non-negative integer");
    }
    for (const field of ["amplitudeId", "userId", "deviceId"] as const) {
      if (tooLong(data[field])) report(field, `must be at most ${limits.maxFieldBytes} bytes`);
    }
    const props = m.properties ?? [];
    if (props.length > limits.maxProperties) report("properties", `at most ${limits.maxProperties} allowed`);
    const seen = new Set<string>();
    const entries: [string, string][] = [];
    for (const [j, { name, value }] of props.entries()) {
      const field = `properties[${j}].name`;
      if (name.trim() === "" || name.trim() !== name || CONTROL_CHARACTERS.test(name)) {
        report(field, "must be non-blank, without surrounding whitespace or control characters");
      } else if (RESERVED_PROPERTY_NAMES.has(name)) {
        report(field, `"${name}" is a member identifier, not a property`);
      } else if (seen.has(name)) {
        report(field, `"${name}" is given twice`);
      } else if (tooLong(name) || tooLong(value)) {
        report(`properties[${j}]`, `name and value must each be at most ${limits.maxFieldBytes} bytes`);
      } else {
        seen.add(name);
        // An empty value means "not set", as an empty CSV cell does.
        if (value !== "") entries.push([name, value]);
      }
    }
    // fromEntries defines own properties, so a property named "__proto__" stays plain data.
    data.properties = Object.fromEntries(entries);
    return data;
  });
  if (problems.length > 0) throw new InvalidInputError(problems.slice(0, MAX_REPORTED_PROBLEMS));
  return out;
}

export interface MemberRefInput {
  memberKey?: string | null | undefined;
  amplitudeId?: string | null | undefined;
  userId?: string | null | undefined;
  deviceId?: string | null | undefined;
}

/** The member keys named by a removal batch. */
export function memberKeysOf(refs: readonly MemberRefInput[], limits: MemberLimits): string[] {
  checkBatchSize(refs.length, limits);
  const problems: FieldProblem[] = [];
  const keys = refs.map((ref, i) => {
    const key =
      emptyToNull(ref.memberKey) ??
      memberKeyOf({
        amplitudeId: emptyToNull(ref.amplitudeId),
        userId: emptyToNull(ref.userId),
        deviceId: emptyToNull(ref.deviceId),
      });
    if (key === null) {
      problems.push({ field: `members[${i}]`, message: "give memberKey, amplitudeId, userId or deviceId" });
    }
    return key ?? "";
  });
  if (problems.length > 0) throw new InvalidInputError(problems.slice(0, MAX_REPORTED_PROBLEMS));
  return [...new Set(keys)];
}
