import { describe, expect, it } from "vitest";
import type { Role } from "@/db/schema/users";
import * as policy from "./policy";
import { ANONYMOUS, SYSTEM, type Viewer } from "./viewer";

const OWN = 1;
const OTHER = 2;
const user = (role: Role, extra: Partial<Extract<Viewer, { kind: "user" }>> = {}): Viewer => ({
  kind: "user",
  id: `u-${role}`,
  role,
  institutionIds: role === "university" ? [OWN] : [],
  intermediaryIds: role === "curator" ? [1] : [],
  suspended: false,
  ...extra,
});

const viewers: Record<string, Viewer> = {
  visitor: ANONYMOUS,
  sme: user("sme"),
  university: user("university"),
  curator: user("curator"),
  admin: user("admin"),
  suspendedCurator: user("curator", { suspended: true }),
  system: SYSTEM,
};

type Case = [action: string, check: (v: Viewer) => boolean, allowed: string[]];
const draftOwn = { status: "draft", institutionId: OWN };
const draftOther = { status: "draft", institutionId: OTHER };
const publishedOther = { status: "published", institutionId: OTHER };
const archivedOwn = { status: "archived", institutionId: OWN };

const cases: Case[] = [
  ["view published team", (v) => policy.canViewTeam(v, publishedOther), Object.keys(viewers)],
  ["view own draft", (v) => policy.canViewTeam(v, draftOwn), ["university", "curator", "admin", "system"]],
  ["view foreign draft", (v) => policy.canViewTeam(v, draftOther), ["curator", "admin", "system"]],
  ["see contact of own team", (v) => policy.canSeeTeamContact(v, draftOwn), ["university", "curator", "admin", "system"]],
  ["see contact of foreign team", (v) => policy.canSeeTeamContact(v, publishedOther), ["curator", "admin", "system"]],
  ["create team at own institution", (v) => policy.canCreateTeam(v, OWN), ["university", "curator", "admin", "system"]],
  ["create team at foreign institution", (v) => policy.canCreateTeam(v, OTHER), ["curator", "admin", "system"]],
  ["edit own draft", (v) => policy.canEditTeam(v, draftOwn), ["university", "curator", "admin", "system"]],
  ["edit foreign draft", (v) => policy.canEditTeam(v, draftOther), ["curator", "admin", "system"]],
  ["edit own archived", (v) => policy.canEditTeam(v, archivedOwn), ["curator", "admin", "system"]],
  ["moderate", policy.canModerateTeams, ["curator", "admin", "system"]],
  ["import", policy.canImport, ["curator", "admin", "system"]],
  ["verify institution", policy.canVerifyInstitution, ["curator", "admin", "system"]],
  ["read outbox", policy.canReadOutbox, ["admin", "system"]],
  ["manage roles", policy.canManageRoles, ["admin", "system"]],
];

describe("policy matrix", () => {
  for (const [action, check, allowed] of cases) {
    for (const [name, viewer] of Object.entries(viewers)) {
      const expected = allowed.includes(name);
      it(`${name} ${expected ? "may" : "may not"} ${action}`, () => expect(check(viewer)).toBe(expected));
    }
  }
});
