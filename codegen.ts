import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents for the tests (and any TypeScript client) from the committed schema.graphql. */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["test/**/*.ts", "!test/generated/**"],
  ignoreNoDocuments: true,
  generates: {
    "test/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        importExtension: ".ts",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", ID: "string" },
      },
    },
  },
};

export default config;
