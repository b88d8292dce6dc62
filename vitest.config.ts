import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    // The GraphQL schema takes ~0.4 s to parse; forks keep each file isolated.
    pool: "forks",
    coverage: { include: ["src/**/*.ts"], reporter: ["text-summary"] },
  },
});
