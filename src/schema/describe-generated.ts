import { type GraphQLSchema, isObjectType, isUnionType } from "graphql";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The errors plugin generates a `<Parent><Field>Result` union and a `<Parent><Field>Success`
 * wrapper for every field with typed errors. Give them descriptions so the printed schema documents
 * every type clients see.
 */
export function describeGeneratedTypes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    const match = /^(Query|Mutation|Subscription)(\w+?)(Result|Success)$/.exec(type.name);
    if (!match || type.description) continue;
    const field = `\`${lowerFirst(match[2]!)}\``;
    if (isUnionType(type) && match[3] === "Result") {
      type.description = `Result of ${field}: its success value, or one of the expected errors (nothing changed).`;
    } else if (isObjectType(type) && match[3] === "Success") {
      type.description = `Successful result of ${field}.`;
      const data = type.getFields().data;
      if (data && !data.description) data.description = `What ${field} returned.`;
    }
  }
  return schema;
}
