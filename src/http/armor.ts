import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Config } from "../config.ts";

/** Stable codes of the refusals below; clients can tell "make the query smaller" from a bug. */
export type QueryRefusalCode =
  | "QUERY_TOO_DEEP"
  | "TOO_MANY_ALIASES"
  | "TOO_MANY_DIRECTIVES"
  | "QUERY_TOO_COSTLY"
  | "TOO_MANY_TOKENS"
  | "INTROSPECTION_DISABLED";

export type OnRefusal = (code: QueryRefusalCode) => void;

/**
 * Reports a limit as a validation error of its own, with a code and without the "Syntax Error:"
 * prefix the armor rules use (the query is well-formed, only too big). Reporting instead of throwing
 * lets graphql-js collect it with any other validation error; either way nothing executes.
 */
function refuseWith(code: QueryRefusalCode, onRefusal: OnRefusal) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    onRefusal(code);
    const message = error.message.replace(/^Syntax Error: /, "");
    context?.reportError(new GraphQLError(message, { extensions: { code, http: { status: 400 } } }));
  };
}

/**
 * Envelop plugins that bound what one GraphQL document may ask for: tokens (at parse time), then
 * depth, aliases, directives and cost (as validation rules). They run for HTTP, SSE and WebSocket
 * alike, since all three parse and validate through yoga's envelop.
 */
export function armorPlugins(config: Config, onRefusal: OnRefusal = () => {}): Plugin[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  const depth = maxDepthRule({
    ...common,
    n: config.GRAPHQL_MAX_DEPTH,
    onReject: [refuseWith("QUERY_TOO_DEEP", onRefusal)],
  });
  const aliases = maxAliasesRule({
    ...common,
    n: config.GRAPHQL_MAX_ALIASES,
    onReject: [refuseWith("TOO_MANY_ALIASES", onRefusal)],
  });
  const directives = maxDirectivesRule({
    ...common,
    n: config.GRAPHQL_MAX_DIRECTIVES,
    onReject: [refuseWith("TOO_MANY_DIRECTIVES", onRefusal)],
  });
  const cost = costLimitRule({
    ...common,
    maxCost: config.GRAPHQL_MAX_COST,
    onReject: [refuseWith("QUERY_TOO_COSTLY", onRefusal)],
  });
  const plugins: Plugin[] = [
    tokenLimit(config.GRAPHQL_MAX_TOKENS, onRefusal),
    {
      onValidate({ addValidationRule }) {
        addValidationRule(depth);
        addValidationRule(aliases);
        addValidationRule(directives);
        addValidationRule(cost);
        if (!config.GRAPHQL_INTROSPECTION) addValidationRule(introspectionOff(onRefusal));
      },
    },
  ];
  // With introspection off, "did you mean" hints would still leak field names one typo at a time.
  if (!config.GRAPHQL_INTROSPECTION) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}

/** Counts tokens while parsing, so an enormous document stops early instead of being parsed whole. */
function tokenLimit(max: number, onRefusal: OnRefusal): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        // The limit throws from inside the lexer; the parser's own errors pass through untouched.
        const parser = new MaxTokensParserWLexer(source, { ...options, n: max, exposeLimits: true });
        try {
          return parser.parseDocument();
        } catch (error) {
          if (error instanceof GraphQLError && parser.tokenCount > max) {
            onRefusal("TOO_MANY_TOKENS");
            throw new GraphQLError(`Token limit of ${max} exceeded.`, {
              extensions: { code: "TOO_MANY_TOKENS", http: { status: 400 } },
            });
          }
          throw error;
        }
      });
    },
  };
}

/** graphql-js's rule refuses `__schema` and `__type`; `__typename` stays allowed. */
function introspectionOff(onRefusal: OnRefusal) {
  return (context: ValidationContext) => {
    const reportError = context.reportError.bind(context);
    // The rule's own message names the field; keep it and add a code.
    const wrapped = Object.create(context) as ValidationContext;
    wrapped.reportError = (error: GraphQLError) => {
      onRefusal("INTROSPECTION_DISABLED");
      reportError(
        new GraphQLError(`${error.message} Introspection is disabled on this gateway.`, {
          nodes: error.nodes,
          extensions: { code: "INTROSPECTION_DISABLED" },
        }),
      );
    };
    return NoSchemaIntrospectionCustomRule(wrapped);
  };
}
