// The layering of ../shared/conventions.md is enforced by ESLint, not by review: each probe below
// is a file that crosses a layer the wrong way and must fail lint; the legal ones must pass.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const REFUSED: [probe: string, code: string][] = [
  ["lib/dal/probe.ts", `import { SiteFooter } from "@/components/site-footer";\nexport const x = SiteFooter;\n`],
  ["lib/dal/probe.ts", `import { signOutAction } from "@/app/sign-out/actions";\nexport const x = signOutAction;\n`],
  ["lib/policy/probe.ts", `import { teams } from "@/db/schema";\nexport const x = teams;\n`],
  ["lib/policy/probe.ts", `import type { Team } from "@/db/schema";\nexport type X = Team;\n`],
  ["lib/search/probe.ts", `import { signOutAction } from "@/app/sign-out/actions";\nexport const x = signOutAction;\n`],
  ["db/schema/probe.ts", `import { getTeam } from "@/lib/dal/teams/public";\nexport const x = getTeam;\n`],
  ["components/probe.ts", `import { getTeam } from "@/lib/dal/teams/public";\nexport const x = getTeam;\n`],
  ["components/probe.tsx", `import { getTeam } from "@/lib/dal/teams/public";\nexport const x = getTeam;\n`],
  ["components/probe.ts", `import { signOutAction } from "@/app/sign-out/actions";\nexport const x = signOutAction;\n`],
  ["app/probe/page.tsx", `import { getDb } from "@/db/client";\nexport const x = getDb;\n`],
  ["app/probe/page.tsx", `import { eq } from "drizzle-orm";\nexport const x = eq;\n`],
  ["lib/email/probe.ts", `import { emailOutbox } from "@/db/schema";\nexport const x = emailOutbox;\n`],
  ["lib/search/probe.ts", `import { sql } from "drizzle-orm";\nexport const x = sql;\n`],
];

const ALLOWED: [probe: string, code: string][] = [
  ["app/probe/page.tsx", `import { getTeam } from "@/lib/dal/teams/public";\nexport const x = getTeam;\n`],
  ["components/probe.tsx", `import type { TeamProfile } from "@/lib/dal/teams/dto";\nexport type X = TeamProfile;\n`],
  ["lib/dal/probe.ts", `import { teams } from "@/db/schema";\nexport const x = teams;\n`],
  ["lib/search/probe.ts", `import type { Team } from "@/db/schema";\nexport type X = Team;\n`],
  ["scripts/probe.ts", `import { getDb } from "@/db/client";\nexport const x = getDb;\n`],
];

describe("lint enforces the layering", () => {
  it.each(REFUSED)("refuses %s: %s", async (probe, code) => {
    expect(await errorsFor(probe, code)).not.toEqual([]);
  });
  it.each(ALLOWED)("allows %s: %s", async (probe, code) => {
    expect(await errorsFor(probe, code)).toEqual([]);
  });
});
