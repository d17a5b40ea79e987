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
  [
    "app/probe/page.tsx",
    `import type { DalContext } from "@/lib/dal/context";\nexport const x = (ctx: DalContext) => ctx.viewer.kind === "user";\n`,
  ],
  [
    "components/probe.tsx",
    `import type { Viewer } from "@/lib/viewer";\nexport const x = (viewer: Viewer) => viewer.kind !== "user";\n`,
  ],
  ["app/api/probe/route.ts", `import { toErrorResponse } from "@/lib/errors";\nexport const x = toErrorResponse;\n`],
  // The wall: lib/dal/**/internal/ (raw db, no viewer) is for lib/dal only.
  [
    "app/probe/page.tsx",
    `import { loadViewer } from "@/lib/dal/accounts/internal/viewer";\nexport const x = loadViewer;\n`,
  ],
  ["app/probe/actions.ts", `import { queueEmail } from "@/lib/dal/internal/outbox";\nexport const x = queueEmail;\n`],
  [
    "components/probe.tsx",
    `import { loadRequest } from "@/lib/dal/introductions/internal/records";\nexport const x = loadRequest;\n`,
  ],
  [
    "components/probe.ts",
    `import type { RequestRecord } from "@/lib/dal/introductions/internal/records";\nexport type X = RequestRecord;\n`,
  ],
  [
    "lib/search/probe.ts",
    `import { loadTeamBundle } from "@/lib/dal/teams/internal/team-data";\nexport const x = loadTeamBundle;\n`,
  ],
  [
    "lib/auth/probe.ts",
    `import { loadViewer } from "@/lib/dal/accounts/internal/viewer";\nexport const x = loadViewer;\n`,
  ],
  ["lib/email/probe.ts", `import { queueEmail } from "@/lib/dal/internal/outbox";\nexport const x = queueEmail;\n`],
  [
    "proxy.ts",
    `import { consumeRateLimit } from "@/lib/dal/internal/rate-limits";\nexport const x = consumeRateLimit;\n`,
  ],
  // Components import only an aggregate's types module from lib/dal, not even a type elsewhere.
  ["components/probe.tsx", `import type { TeamProfile } from "@/lib/dal/teams/dto";\nexport type X = TeamProfile;\n`],
  ["components/probe.ts", `import type { TeamProfile } from "../lib/dal/teams/dto";\nexport type X = TeamProfile;\n`],
];

const ALLOWED: [probe: string, code: string][] = [
  ["app/probe/page.tsx", `import { getTeam } from "@/lib/dal/teams/public";\nexport const x = getTeam;\n`],
  ["components/probe.tsx", `import type { TeamProfile } from "@/lib/dal/teams/types";\nexport type X = TeamProfile;\n`],
  [
    "components/probe.ts",
    `import type { IntroductionListItem } from "@/lib/dal/introductions/types";\nexport type X = IntroductionListItem;\n`,
  ],
  ["components/probe.ts", `import type { OutgoingEmail } from "@/lib/dal/types";\nexport type X = OutgoingEmail;\n`],
  ["lib/dal/probe.ts", `import { teams } from "@/db/schema";\nexport const x = teams;\n`],
  ["lib/search/probe.ts", `import type { Team } from "@/db/schema";\nexport type X = Team;\n`],
  ["scripts/probe.ts", `import { getDb } from "@/db/client";\nexport const x = getDb;\n`],
  [
    "app/probe/page.tsx",
    `import type { DalContext } from "@/lib/dal/context";\nimport { isSignedIn } from "@/lib/policy/viewer-kinds";\nexport const x = (ctx: DalContext) => isSignedIn(ctx.viewer);\n`,
  ],
  // A route calls a DAL function that takes a viewer; the DAL calls its own internals.
  ["app/probe/page.tsx", `import { getAccount } from "@/lib/dal/accounts/profile";\nexport const x = getAccount;\n`],
  ["app/probe/route.ts", `import { listOutbox } from "@/lib/dal/outbox-admin";\nexport const x = listOutbox;\n`],
  ["lib/dal/teams/probe.ts", `import { recordAudit } from "../internal/audit";\nexport const x = recordAudit;\n`],
  [
    "lib/dal/curation/probe.ts",
    `import { loadTeamBundle } from "../teams/internal/team-data";\nexport const x = loadTeamBundle;\n`,
  ],
  // The named exceptions: scripts, the auth adapter, mail delivery, the API's rate limit.
  [
    "scripts/probe.ts",
    `import { seedDemoTwoFactor } from "@/lib/dal/seed/internal/demo-two-factor";\nexport const x = seedDemoTwoFactor;\n`,
  ],
  [
    "lib/auth/auth.ts",
    `import { loadViewer } from "@/lib/dal/accounts/internal/viewer";\nexport const x = loadViewer;\n`,
  ],
  [
    "lib/email/deliver.ts",
    `import { claimNextEmail } from "@/lib/dal/internal/outbox";\nexport const x = claimNextEmail;\n`,
  ],
  [
    "lib/api/http.ts",
    `import { consumeRateLimit } from "@/lib/dal/internal/rate-limits";\nexport const x = consumeRateLimit;\n`,
  ],
];

describe("lint enforces the layering", () => {
  it.each(REFUSED)("refuses %s: %s", async (probe, code) => {
    expect(await errorsFor(probe, code)).not.toEqual([]);
  });
  it.each(ALLOWED)("allows %s: %s", async (probe, code) => {
    expect(await errorsFor(probe, code)).toEqual([]);
  });
});
