import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; tests call the DAL directly.
      { find: /^server-only$/, replacement: `${root}/tests/support/empty.ts` },
    ],
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
    environment: "node",
    // Route-handler tests call the public API many times from one (unknown) address; the tests of
    // the limit set their own.
    env: { API_RATE_LIMIT_PER_MINUTE: "100000" },
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
