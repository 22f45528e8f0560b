import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.ts";

describe("schema", () => {
  it("documents every public type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!type.description) missing.push(`type ${type.name}`);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`field ${type.name}.${field.name}`);
          if ("args" in field) {
            for (const arg of field.args) {
              if (!arg.description) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
            }
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`enum value ${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
