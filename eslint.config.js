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
    // Layering, one direction (../shared/conventions.md): every "never" is a zone here.
    files: ["**/*.{ts,tsx}"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: import.meta.dirname,
          zones: [
            { target: "./app", from: "./db", message: "Routes reach data through lib/dal, never db/." },
            { target: "./components", from: "./db", message: "Components never touch db/." },
            { target: "./components", from: "./app", message: "Components receive actions as props." },
            {
              target: "./components",
              from: "./lib/dal/**",
              except: ["**/lib/dal/types.ts", "**/lib/dal/*/types.ts"],
              message: "Components import only lib/dal/<aggregate>/types (DTO types); the page calls the DAL.",
            },
            { target: "./lib", from: ["./app", "./components"], message: "lib/ never imports routes or components." },
            { target: "./db", from: "./lib/dal", message: "db/ is below the DAL; it never imports it." },
            { target: ["./lib/policy", "./lib/policy.ts"], from: "./db", message: "Policy is pure: no db/." },
            {
              // The wall around the DAL: helpers that take a raw db/tx and no viewer live in
              // lib/dal/**/internal/, and only lib/dal calls them. Outside it, scripts, tests and
              // these files, which work before there is a viewer, may: the auth library's adapter
              // and the sign-in, sign-up, two-factor and throttling code it calls (lib/auth), the
              // mail queue's delivery (lib/email/index.ts, deliver.ts) and the API's rate limit
              // (lib/api/http.ts).
              target: [
                "./app",
                "./components",
                "./proxy.ts",
                "./lib/*",
                "./lib/!(dal|auth|email|api)/**",
                "./lib/auth/!(auth|account-security|credentials|sign-in-guard|sign-up|throttle|two-factor).ts",
                "./lib/email/!(index|deliver).ts",
                "./lib/api/!(http).ts",
                "./lib/{auth,email,api}/*.tsx",
                "./lib/{auth,email,api}/*/**",
              ],
              from: "./lib/dal/**/internal/**",
              message:
                "lib/dal/**/internal/ takes a raw db and no viewer: call a DAL function that takes a DalContext.",
            },
          ],
        },
      ],
    },
  },
  {
    // Drizzle, SQLite and db/ belong to the data layer (lib/dal), db/ itself, scripts and tests,
    // and the auth library's adapter (lib/auth/auth.ts). Elsewhere a row type may be named.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/dal/**", "lib/auth/auth.ts", "**/*.test.ts", "lib/search/test-support/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*", "@/db/**", "**/db/**"],
              allowTypeImports: true,
              message: "Only lib/dal reads and writes the database; import its functions instead.",
            },
            {
              group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3"],
              allowTypeImports: true,
              message: "Database access belongs in lib/dal.",
            },
          ],
        },
      ],
    },
  },
  {
    // Routes, components and policy may not even name a db/ type: they see DTOs.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/policy/**/*.ts", "lib/policy.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db", "@/db/*", "@/db/**", "**/db/**"], message: "No db/ here, not even its types." },
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
    // Components (.ts and .tsx) never call the DAL: from lib/dal they import only an aggregate's
    // types-only module (lib/dal/<aggregate>/types.ts, or lib/dal/types.ts for the shared ones).
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db", "@/db/*", "@/db/**", "**/db/**"], message: "Components never touch db/." },
            {
              group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3"],
              message: "Database access belongs in lib/dal.",
            },
            {
              regex: "^@/lib/dal(?!(?:/[\\w-]+)?/types$)(?:/|$)",
              message: "Components receive DTOs as props: import their types from lib/dal/<aggregate>/types.",
            },
          ],
        },
      ],
    },
  },
  {
    // Pages and components ask lib/policy who someone is (isSignedIn, isActiveUser, navCapabilities,
    // can…), and route handlers shape errors through lib/http/json-response.ts (README "Layout").
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='kind'][object.name='viewer']",
          message: "Ask lib/policy (isSignedIn, isActiveUser, isStaff, navCapabilities, can…) instead.",
        },
        {
          selector: "MemberExpression[property.name='kind'][object.property.name='viewer']",
          message: "Ask lib/policy (isSignedIn, isActiveUser, isStaff, navCapabilities, can…) instead.",
        },
        {
          selector: "ImportSpecifier[imported.name='toErrorResponse']",
          message: "Answer errors with errorResponse / handleJson from lib/http/json-response.ts.",
        },
      ],
    },
  },
);
