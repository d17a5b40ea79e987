// @ts-check
import drizzle from "eslint-plugin-drizzle";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      "data/",
      "db/migrations/",
      "test-results/",
      "playwright-report/",
      "reports/",
      "next-env.d.ts",
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { drizzle, "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  {
    // Layering: routes and components reach data only through lib/dal.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*", "@/db/**", "**/db/**"],
              message: "app/ and components/ must go through lib/dal, never db/.",
            },
            {
              group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3"],
              message: "Database access belongs in lib/dal.",
            },
          ],
        },
      ],
    },
  },
  {
    // Client components cannot import server-only modules; keep the DAL out of them.
    files: ["components/**/*.tsx"],
    rules: {
      // The typescript-eslint variant, so that a component may name a DAL DTO's type (erased at
      // build) without being able to call the DAL.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db", "@/db/*", "@/db/**"], message: "Components never touch db/." },
            {
              group: ["@/lib/dal/*"],
              allowTypeImports: true,
              message: "Components receive DTOs as props; only pages call the DAL.",
            },
          ],
        },
      ],
    },
  },
);
