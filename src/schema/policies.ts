import {
  ACTION_DESCRIPTIONS,
  ACTIONS,
  type Action,
  BUILT_IN_ROLE_DESCRIPTIONS,
  type BuiltInRole,
  type PolicyStatement,
} from "../domain/policy.ts";
import { builder } from "./builder.ts";

export const RoleEnum = builder.enumType("Role", {
  description: "Built-in roles. Each includes everything the one before it allows.",
  values: Object.fromEntries(
    (Object.keys(BUILT_IN_ROLE_DESCRIPTIONS) as BuiltInRole[]).map((role) => [
      role,
      { value: role, description: BUILT_IN_ROLE_DESCRIPTIONS[role] },
    ]),
  ) as Record<BuiltInRole, { value: BuiltInRole; description: string }>,
});

export const ActionEnum = builder.enumType("Action", {
  description: "Actions a policy statement can allow or deny.",
  values: Object.fromEntries(
    ACTIONS.map((action) => [action, { value: action, description: ACTION_DESCRIPTIONS[action] }]),
  ) as Record<Action, { value: Action; description: string }>,
});

export const PolicyEffectEnum = builder.enumType("PolicyEffect", {
  description: "Whether a statement grants or withholds what it names. A matching deny always wins.",
  values: {
    ALLOW: { value: "allow", description: "Grants the actions on the resources." },
    DENY: {
      value: "deny",
      description: "Withholds the actions on the resources, whatever else allows them.",
    },
  } as const,
});

export const PolicyStatementRef = builder.objectRef<PolicyStatement>("PolicyStatement").implement({
  description:
    "One statement of a policy in LaunchDarkly's syntax. Resources look like `proj/<p>:env/<e>:segment/<s>`, " +
    "`proj/<p>:env/<e>:destination/<d>`, `cohort/<c>`, `cohort/<c>:sync/<s>` or `token/<t>`; `*` matches anything.",
  fields: (t) => ({
    effect: t.field({ type: PolicyEffectEnum, description: "Allow or deny.", resolve: (s) => s.effect }),
    actions: t.stringList({
      nullable: true,
      description: "Actions this statement covers (globs allowed).",
      resolve: (s) => s.actions ?? null,
    }),
    notActions: t.stringList({
      nullable: true,
      description: "Covers every action except these.",
      resolve: (s) => s.notActions ?? null,
    }),
    resources: t.stringList({
      nullable: true,
      description: "Resource specifiers this statement covers.",
      resolve: (s) => s.resources ?? null,
    }),
    notResources: t.stringList({
      nullable: true,
      description: "Covers every resource except these.",
      resolve: (s) => s.notResources ?? null,
    }),
  }),
});

export const PolicyStatementInput = builder.inputType("PolicyStatementInput", {
  description:
    "One policy statement. Give exactly one of `actions`/`notActions` and one of `resources`/`notResources`.",
  fields: (t) => ({
    effect: t.field({ type: PolicyEffectEnum, required: true, description: "Allow or deny." }),
    actions: t.stringList({ required: false, description: "Actions covered; `*` globs allowed." }),
    notActions: t.stringList({ required: false, description: "Covers every action except these." }),
    resources: t.stringList({ required: false, description: "Resource specifiers covered." }),
    notResources: t.stringList({ required: false, description: "Covers every resource except these." }),
  }),
});

/** Drops absent optional lists so the validator sees only what the client sent. */
export function statementFromInput(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}
