import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/reference/statuses";
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
  twoFactor: true,
  ...extra,
});

const viewers: Record<string, Viewer> = {
  visitor: ANONYMOUS,
  sme: user("sme"),
  university: user("university"),
  curator: user("curator"),
  admin: user("admin"),
  suspendedCurator: user("curator", { suspended: true }),
  /** A staff role without two-step sign-in grants nothing a staff role would. */
  curatorWithout2fa: user("curator", { twoFactor: false }),
  adminWithout2fa: user("admin", { twoFactor: false }),
  suspendedMember: user("university", { suspended: true }),
  /** Signed up as university staff; a curator has not yet approved the membership. */
  pendingMember: user("university", { institutionIds: [] }),
  /** An SME account that somehow holds an institution id: the role still decides. */
  smeWithInstitution: user("sme", { institutionIds: [OWN] }),
  system: SYSTEM,
};

type Case = [action: string, check: (v: Viewer) => boolean, allowed: string[]];
const draftOwn = { status: "draft", institutionId: OWN };
const draftOther = { status: "draft", institutionId: OTHER };
const publishedOther = { status: "published", institutionId: OTHER };
const archivedOwn = { status: "archived", institutionId: OWN };
const publishedOwn = { status: "published", institutionId: OWN };
const pendingOwn = { status: "pending", institutionId: OWN };
const changesOwn = { status: "changes_requested", institutionId: OWN };
const changesOther = { status: "changes_requested", institutionId: OTHER };
const rejectedOwn = { status: "rejected", institutionId: OWN };
const trusted = { verified: true, trusted: true };
const verifiedOnly = { verified: true, trusted: false };
const trustedUnverified = { verified: false, trusted: true };
const STAFF = ["curator", "admin", "system"];
const OWNERS = ["university", ...STAFF];

const cases: Case[] = [
  ["view published team", (v) => policy.canViewTeam(v, publishedOther), Object.keys(viewers)],
  ["view own draft", (v) => policy.canViewTeam(v, draftOwn), ["university", "curator", "admin", "system"]],
  ["view foreign draft", (v) => policy.canViewTeam(v, draftOther), ["curator", "admin", "system"]],
  [
    "see contact of own team",
    (v) => policy.canSeeTeamContact(v, draftOwn),
    ["university", "curator", "admin", "system"],
  ],
  ["see contact of foreign team", (v) => policy.canSeeTeamContact(v, publishedOther), ["curator", "admin", "system"]],
  ["create team at own institution", (v) => policy.canCreateTeam(v, OWN), ["university", "curator", "admin", "system"]],
  ["create team at foreign institution", (v) => policy.canCreateTeam(v, OTHER), ["curator", "admin", "system"]],
  ["create some team", (v) => policy.canCreateAnyTeam(v), ["university", "curator", "admin", "system"]],
  ["see Curate in the navigation", (v) => policy.canSeeCurateNav(v), STAFF],
  ["nav: firm pages", (v) => policy.navCapabilities(v).firm, ["sme", "smeWithInstitution"]],
  ["nav: dashboard", (v) => policy.navCapabilities(v).dashboard, ["university", "pendingMember", ...STAFF]],
  ["nav: team requests", (v) => policy.navCapabilities(v).teamRequests, ["university", "pendingMember"]],
  ["nav: curate", (v) => policy.navCapabilities(v).curate, STAFF],
  ["nav: admin", (v) => policy.navCapabilities(v).admin, ["admin", "system"]],
  ["edit own draft", (v) => policy.canEditTeam(v, draftOwn), ["university", "curator", "admin", "system"]],
  ["edit foreign draft", (v) => policy.canEditTeam(v, draftOther), ["curator", "admin", "system"]],
  ["edit own archived", (v) => policy.canEditTeam(v, archivedOwn), ["curator", "admin", "system"]],
  ["moderate", policy.canModerateTeams, ["curator", "admin", "system"]],
  ["import", policy.canImport, ["curator", "admin", "system"]],
  ["merge duplicate listings", policy.canMergeTeams, ["curator", "admin", "system"]],
  ["export all listings", policy.canExportListings, ["curator", "admin", "system"]],
  ["verify institution", policy.canVerifyInstitution, ["curator", "admin", "system"]],
  ["read outbox", policy.canReadOutbox, ["admin", "system"]],
  ["manage roles", policy.canManageRoles, ["admin", "system"]],
  ["read security events", policy.canReadSecurityEvents, ["admin", "system"]],

  ["edit own published", (v) => policy.canEditTeam(v, publishedOwn), OWNERS],
  ["edit foreign published", (v) => policy.canEditTeam(v, publishedOther), STAFF],
  ["edit own rejected", (v) => policy.canEditTeam(v, rejectedOwn), STAFF],
  ["submit own draft", (v) => policy.canSubmitTeam(v, draftOwn), OWNERS],
  ["submit own changes-requested", (v) => policy.canSubmitTeam(v, changesOwn), OWNERS],
  ["submit foreign draft", (v) => policy.canSubmitTeam(v, draftOther), STAFF],
  ["submit foreign changes-requested", (v) => policy.canSubmitTeam(v, changesOther), STAFF],
  ["submit own pending again", (v) => policy.canSubmitTeam(v, pendingOwn), []],
  ["submit own published", (v) => policy.canSubmitTeam(v, publishedOwn), []],
  ["publish own without review (trusted)", (v) => policy.canPublishWithoutReview(v, draftOwn, trusted), OWNERS],
  [
    "publish own without review (verified only)",
    (v) => policy.canPublishWithoutReview(v, draftOwn, verifiedOnly),
    STAFF,
  ],
  [
    "publish own without review (trusted, unverified)",
    (v) => policy.canPublishWithoutReview(v, draftOwn, trustedUnverified),
    STAFF,
  ],
  ["publish foreign without review (trusted)", (v) => policy.canPublishWithoutReview(v, draftOther, trusted), STAFF],
  ["confirm own published", (v) => policy.canConfirmTeam(v, publishedOwn), OWNERS],
  ["confirm foreign published", (v) => policy.canConfirmTeam(v, publishedOther), STAFF],
  ["confirm own draft", (v) => policy.canConfirmTeam(v, draftOwn), []],
  ["archive own published", (v) => policy.canArchiveTeam(v, publishedOwn), OWNERS],
  ["archive own draft", (v) => policy.canArchiveTeam(v, draftOwn), OWNERS],
  ["archive foreign published", (v) => policy.canArchiveTeam(v, publishedOther), STAFF],
  ["archive foreign draft", (v) => policy.canArchiveTeam(v, draftOther), STAFF],
  ["archive own archived", (v) => policy.canArchiveTeam(v, archivedOwn), []],
  ["restore own archived", (v) => policy.canRestoreTeam(v, archivedOwn), STAFF],
  ["restore own rejected", (v) => policy.canRestoreTeam(v, rejectedOwn), STAFF],
  ["restore own draft", (v) => policy.canRestoreTeam(v, draftOwn), []],
  ["read history of own team", (v) => policy.canReadTeamHistory(v, draftOwn), OWNERS],
  ["read history of foreign team", (v) => policy.canReadTeamHistory(v, publishedOther), STAFF],
  ["see contact of own published team", (v) => policy.canSeeTeamContact(v, publishedOwn), OWNERS],
  ["approve member", policy.canDecideMembership, STAFF],
  ["manage another user", (v) => policy.canManageUser(v, "someone-else"), ["admin", "system"]],
  ["manage own role", (v) => policy.canManageUser(v, "u-admin"), ["system"]],
  [
    "manage own account",
    (v) => v.kind === "user" && policy.canManageAccount(v, v.id),
    Object.keys(viewers).filter((n) => !["visitor", "system"].includes(n)),
  ],
  ["manage another's account", (v) => policy.canManageAccount(v, "someone-else"), []],
  ["use the listing dashboard", policy.canUseDashboard, ["university", "pendingMember", ...STAFF]],
  ["curate collections", policy.canCurateCollections, STAFF],
  ["read demand insight", policy.canReadDemand, STAFF],
  ["curate search synonyms", policy.canCurateSynonyms, STAFF],
  // Joining institutions after sign-up: university accounts ask; only the person manages their own.
  ["ask to join an institution", policy.canRequestMembership, ["university", "pendingMember"]],
  [
    "leave or confirm own membership",
    (v) => policy.canManageOwnMembership(v, "u-university"),
    ["university", "pendingMember"],
  ],
  ["leave or confirm another's membership", (v) => policy.canManageOwnMembership(v, "someone-else"), []],
  [
    "search institutions to pick one",
    policy.canSearchInstitutions,
    // Any signed-in person, so also staff still to set up two-step sign-in.
    [
      "sme",
      "university",
      "curator",
      "admin",
      "curatorWithout2fa",
      "adminWithout2fa",
      "pendingMember",
      "smeWithInstitution",
      "system",
    ],
  ],
];

describe("policy matrix", () => {
  for (const [action, check, allowed] of cases) {
    for (const [name, viewer] of Object.entries(viewers)) {
      const expected = allowed.includes(name);
      it(`${name} ${expected ? "may" : "may not"} ${action}`, () => expect(check(viewer)).toBe(expected));
    }
  }
});
