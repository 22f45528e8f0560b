// Evaluates a full context against every segment of an environment, with the reference product's
// order: an individually included key matches, else an excluded key does not, else the rules decide.
import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client.ts";
import { segments, segmentTargets } from "../../db/schema.ts";
import { type EvalContext, firstMatchingRule } from "./match.ts";
import { environmentIdSql, type SegmentRow } from "./store.ts";
import { textArray } from "./targets.ts";

export type MatchReason = "INCLUDED" | "RULE_MATCH";

export interface SegmentMatch {
  segment: SegmentRow;
  reason: MatchReason;
  /** For RULE_MATCH: the matching rule's id and 0-based position. */
  ruleId: string | null;
  ruleIndex: number | null;
}

/**
 * Every segment of the environment the context is in, by segment key, limited by `visible` (a
 * condition on `segments`). Targets are looked up per (kind, key) through the context key index;
 * only segments that have rules are read whole.
 */
export async function evaluateSegments(
  db: Db,
  environment: { projectKey: string; environmentKey: string },
  context: EvalContext,
  visible: SQL,
): Promise<SegmentMatch[]> {
  const environmentId = environmentIdSql(environment.projectKey, environment.environmentKey);
  const kinds = [...context.keys()];
  const keys = kinds.map((kind) => context.get(kind)!.key);
  const targeted = await queryRows<{ segment_id: string; included: boolean }>(
    db,
    sql`select t.segment_id, t.included
    from unnest(${textArray(kinds)}, ${textArray(keys)}) as c(kind, key)
    join ${segmentTargets} t on t.context_key = c.key
    join ${segments} s on s.id = t.segment_id and s.context_kind = c.kind
    where s.environment_id = ${environmentId}`,
  );
  const listed = new Map(targeted.map((row) => [row.segment_id, row.included]));
  const candidates = await db
    .select()
    .from(segments)
    .where(
      and(
        eq(segments.environmentId, environmentId),
        visible,
        or(
          sql`${segments.rules} <> '[]'::jsonb`,
          listed.size > 0 ? inArray(segments.id, [...listed.keys()]) : undefined,
        ),
      ),
    )
    .orderBy(segments.key);
  const matches: SegmentMatch[] = [];
  for (const segment of candidates) {
    const included = listed.get(segment.id);
    if (included === true) {
      matches.push({ segment, reason: "INCLUDED", ruleId: null, ruleIndex: null });
      continue;
    }
    if (included === false) continue;
    const index = firstMatchingRule(segment.rules, context);
    if (index >= 0) {
      matches.push({ segment, reason: "RULE_MATCH", ruleId: segment.rules[index]!.id, ruleIndex: index });
    }
  }
  return matches;
}
