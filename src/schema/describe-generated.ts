import { type GraphQLSchema, isInterfaceType, isObjectType, isUnionType } from "graphql";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const CONNECTION_ARGS: Record<string, string> = {
  first: "Return at most this many items from the start (after `after`).",
  after: "Return items after this cursor (an `endCursor` or edge `cursor`).",
  last: "Return at most this many items from the end (before `before`).",
  before: "Return items before this cursor (a `startCursor` or edge `cursor`).",
};

const CONNECTION_FIELDS: Record<string, string> = {
  edges: "The items of this page with their cursors.",
  nodes: "The items of this page.",
  pageInfo: "Where this page sits: cursors and whether there is more.",
  totalCount: "How many items match, across all pages.",
};

const EDGE_FIELDS: Record<string, string> = {
  cursor: "Opaque position of this item; pass it as `after` or `before`.",
  node: "The item.",
};

const PAGE_INFO_FIELDS: Record<string, string> = {
  hasNextPage: "Whether more items follow this page.",
  hasPreviousPage: "Whether items precede this page.",
  startCursor: "Cursor of the first item of this page.",
  endCursor: "Cursor of the last item of this page.",
};

/**
 * Plugins generate some types: the errors plugin's `<Parent><Field>Result` unions and `...Success`
 * wrappers, and the relay plugin's connections, edges and page info with their paging arguments.
 * Give them descriptions, so the printed schema documents every type clients see.
 */
export function describeGeneratedTypes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    const result = /^(Query|Mutation|Subscription)(\w+?)(Result|Success)$/.exec(type.name);
    if (result && !type.description) {
      const field = `\`${lowerFirst(result[2]!)}\``;
      if (isUnionType(type) && result[3] === "Result") {
        type.description = `Result of ${field}: its success value, or one of the expected errors (nothing changed).`;
      } else if (isObjectType(type) && result[3] === "Success") {
        type.description = `Successful result of ${field}.`;
        const data = type.getFields().data;
        if (data && !data.description) data.description = `What ${field} returned.`;
      }
    }
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const fields = type.getFields();
    let defaults: Record<string, string> = {};
    if (type.name === "PageInfo") {
      type.description ??= "Position of a page within a paginated list.";
      defaults = PAGE_INFO_FIELDS;
    } else if (
      type.name.endsWith("ConnectionEdge") ||
      (type.name.endsWith("Edge") && fields.cursor && fields.node)
    ) {
      type.description ??= "One item of a page, with its cursor.";
      defaults = EDGE_FIELDS;
    } else if (type.name.endsWith("Connection") && fields.pageInfo) {
      type.description ??= "A page of a list, with cursors to move through it.";
      defaults = CONNECTION_FIELDS;
    }
    for (const field of Object.values(fields)) {
      field.description ??= defaults[field.name];
      if (!fields.pageInfo && !("args" in field)) continue;
      for (const arg of field.args) arg.description ??= CONNECTION_ARGS[arg.name];
    }
  }
  return schema;
}
