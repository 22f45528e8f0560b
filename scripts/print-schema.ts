/**
 * Prints the sorted schema to schema.graphql. With --check, fails instead when the committed file
 * differs from what the code defines.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { schema } from "../src/schema/index.ts";

const path = new URL("../schema.graphql", import.meta.url);
const printed = `${printSchema(schema)}\n`;

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {
    // missing file counts as stale
  }
  if (current !== printed) {
    process.stderr.write("schema.graphql is stale: run `npm run codegen` and commit the result.\n");
    process.exit(1);
  }
  process.stdout.write("schema.graphql is current.\n");
} else {
  writeFileSync(path, printed);
  process.stdout.write("wrote schema.graphql\n");
}
