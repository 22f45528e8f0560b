import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql ships both .mjs and .js; some dependencies load one and some the other, and graphql
  // refuses to mix them. Point every import at the same file.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: each file starts its own gateway and database, so two at a time is the sweet spot.
    maxWorkers: 2,
    pool: "forks",
  },
});
