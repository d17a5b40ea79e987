// The introductions part of the permission matrix: every viewer × every action, allowed and
// denied, over requests in each state. Imported through lib/policy.ts (the one place rules live).
import { describe, expect, it } from "vitest";
import type { RequestStatus } from "@/lib/reference/statuses";
import type { Role } from "@/lib/reference/statuses";
import * as policy from "../policy";
import { ANONYMOUS, SYSTEM, type Viewer } from "../viewer";
import type { RequestRef } from "./introductions";

const TEAM_INST = 10;
const BROKER = 7;
const user = (id: string, role: Role, extra: Partial<Extract<Viewer, { kind: "user" }>> = {}): Viewer => ({
  kind: "user",
  id,
  role,
  institutionIds: [],
  intermediaryIds: [],
  suspended: false,
  twoFactor: true,
  ...extra,
});

const viewers: Record<string, Viewer> = {
  visitor: ANONYMOUS,
  owner: user("sme-1", "sme"),
  otherSme: user("sme-2", "sme"),
  suspendedOwner: user("sme-1", "sme", { suspended: true }),
  teamMember: user("uni-1", "university", { institutionIds: [TEAM_INST] }),
  otherUniversity: user("uni-2", "university", { institutionIds: [99] }),
  suspendedTeamMember: user("uni-3", "university", { institutionIds: [TEAM_INST], suspended: true }),
  /** A member of the assigned intermediary who is not a curator (e.g. a university's KT office). */
  broker: user("brk-1", "university", { intermediaryIds: [BROKER] }),
  otherBroker: user("brk-2", "university", { intermediaryIds: [BROKER + 1] }),
  curator: user("cur-1", "curator", { intermediaryIds: [BROKER + 1] }),
  /** A curator still to set up two-step sign-in: no staff rights at all. */
  curatorWithout2fa: user("cur-2", "curator", { intermediaryIds: [BROKER + 1], twoFactor: false }),
  admin: user("adm-1", "admin"),
  suspendedCurator: user("cur-2", "curator", { suspended: true }),
  system: SYSTEM,
};
const ALL = Object.keys(viewers);
const STAFF = ["curator", "admin", "system"];
const READERS_BROKERED_UNFORWARDED = ["owner", "broker", ...STAFF];
const READERS_FORWARDED = ["owner", "teamMember", "broker", ...STAFF];

const req = (status: RequestStatus, over: Partial<RequestRef> = {}): RequestRef => {
  const reachedTeam = !["submitted", "triaged"].includes(status) || over.reachedTeam === true;
  return {
    kind: "team",
    smeUserId: "sme-1",
    teamInstitutionId: TEAM_INST,
    brokerId: BROKER,
    status,
    reachedTeam,
    accepted: ["accepted", "connected", "closed"].includes(status),
    consentShareContact: true,
    ...over,
  };
};
const submitted = req("submitted");
const triaged = req("triaged");
const forwarded = req("forwarded");
const direct = req("forwarded", { brokerId: null });
const accepted = req("accepted");
const connected = req("connected");
const declinedByBroker = req("declined", { reachedTeam: false });
const declinedByTeam = req("declined");
const withdrawnEarly = req("withdrawn", { reachedTeam: false });
const closed = req("closed");
const orphan = req("forwarded", { smeUserId: null, brokerId: null });
/** Needs sent without a team (from /contact): never reach a team, answered with suggestions. */
const need = (status: RequestStatus, over: Partial<RequestRef> = {}) =>
  req(status, { kind: "need", teamInstitutionId: null, reachedTeam: false, accepted: false, ...over });
const needNew = need("submitted");
const needTriaged = need("triaged");
const needUnrouted = need("submitted", { brokerId: null });
const needFromGuest = need("triaged", { smeUserId: null });
const needClosed = need("closed");

type Case = [action: string, check: (v: Viewer) => boolean, allowed: string[]];
const cases: Case[] = [
  ["request an introduction", policy.canRequestIntroduction, ["owner", "otherSme"]],

  [
    "read a brokered request not yet forwarded",
    (v) => policy.canReadRequest(v, submitted),
    READERS_BROKERED_UNFORWARDED,
  ],
  ["read a triaged request", (v) => policy.canReadRequest(v, triaged), READERS_BROKERED_UNFORWARDED],
  ["read a forwarded request", (v) => policy.canReadRequest(v, forwarded), READERS_FORWARDED],
  [
    "read a request sent straight to the team",
    (v) => policy.canReadRequest(v, direct),
    ["owner", "teamMember", ...STAFF],
  ],
  [
    "read a request declined by the broker",
    (v) => policy.canReadRequest(v, declinedByBroker),
    READERS_BROKERED_UNFORWARDED,
  ],
  [
    "read a request withdrawn before forwarding",
    (v) => policy.canReadRequest(v, withdrawnEarly),
    READERS_BROKERED_UNFORWARDED,
  ],
  ["read a request whose firm deleted its account", (v) => policy.canReadRequest(v, orphan), ["teamMember", ...STAFF]],

  ["withdraw a submitted request", (v) => policy.canWithdrawRequest(v, submitted), ["owner"]],
  ["withdraw a forwarded request", (v) => policy.canWithdrawRequest(v, forwarded), ["owner"]],
  ["withdraw an accepted request", (v) => policy.canWithdrawRequest(v, accepted), ["owner"]],
  ["withdraw a connected request", (v) => policy.canWithdrawRequest(v, connected), []],
  ["withdraw a declined request", (v) => policy.canWithdrawRequest(v, declinedByTeam), []],

  ["triage a submitted request", (v) => policy.canTriageRequest(v, submitted), ["broker", ...STAFF]],
  ["triage a triaged request", (v) => policy.canTriageRequest(v, triaged), ["broker", ...STAFF]],
  ["triage a forwarded request", (v) => policy.canTriageRequest(v, forwarded), []],
  ["triage a withdrawn request", (v) => policy.canTriageRequest(v, withdrawnEarly), []],

  [
    "pass a submitted request to another intermediary",
    (v) => policy.canReassignRequest(v, submitted),
    ["broker", ...STAFF],
  ],
  [
    "pass a triaged request to another intermediary",
    (v) => policy.canReassignRequest(v, triaged),
    ["broker", ...STAFF],
  ],
  ["pass a forwarded request to another intermediary", (v) => policy.canReassignRequest(v, forwarded), []],
  [
    "pass a request declined by the broker to another intermediary",
    (v) => policy.canReassignRequest(v, declinedByBroker),
    [],
  ],
  ["pass a withdrawn request to another intermediary", (v) => policy.canReassignRequest(v, withdrawnEarly), []],
  [
    "pass on a request whose intermediary was removed",
    (v) => policy.canReassignRequest(v, req("submitted", { brokerId: null })),
    STAFF,
  ],

  ["suggest teams on a submitted request", (v) => policy.canSuggestTeams(v, submitted), ["broker", ...STAFF]],
  ["suggest teams on a forwarded request", (v) => policy.canSuggestTeams(v, forwarded), ["broker", ...STAFF]],
  ["suggest teams on a direct request", (v) => policy.canSuggestTeams(v, direct), STAFF],
  ["suggest teams on a closed request", (v) => policy.canSuggestTeams(v, closed), []],

  ["accept or decline a forwarded request", (v) => policy.canRespondToRequest(v, forwarded), ["teamMember", "system"]],
  ["accept or decline a direct request", (v) => policy.canRespondToRequest(v, direct), ["teamMember", "system"]],
  ["accept or decline before forwarding", (v) => policy.canRespondToRequest(v, triaged), []],
  ["accept or decline twice", (v) => policy.canRespondToRequest(v, accepted), []],

  [
    "mark an accepted request connected",
    (v) => policy.canMarkConnected(v, accepted),
    ["owner", "teamMember", "system"],
  ],
  ["mark a forwarded request connected", (v) => policy.canMarkConnected(v, forwarded), []],

  ["close an accepted request", (v) => policy.canCloseRequest(v, accepted), READERS_FORWARDED],
  ["close a connected request", (v) => policy.canCloseRequest(v, connected), READERS_FORWARDED],
  ["close a forwarded request", (v) => policy.canCloseRequest(v, forwarded), []],

  [
    "post on a submitted request",
    (v) => policy.canPostRequestMessage(v, submitted),
    ["owner", "broker", "curator", "admin"],
  ],
  [
    "post on a forwarded request",
    (v) => policy.canPostRequestMessage(v, forwarded),
    ["owner", "teamMember", "broker", "curator", "admin"],
  ],
  [
    "post on a declined request",
    (v) => policy.canPostRequestMessage(v, declinedByTeam),
    ["owner", "teamMember", "broker", "curator", "admin"],
  ],
  ["post on a withdrawn request", (v) => policy.canPostRequestMessage(v, withdrawnEarly), []],
  ["post on a closed request", (v) => policy.canPostRequestMessage(v, closed), []],

  ["read internal notes", (v) => policy.canReadInternalNotes(v, forwarded), ["teamMember", "broker", ...STAFF]],

  [
    "see the team's contact before acceptance",
    (v) => policy.canSeeTeamContactOnRequest(v, forwarded),
    ["teamMember", ...STAFF],
  ],
  [
    "see the team's contact after acceptance",
    (v) => policy.canSeeTeamContactOnRequest(v, accepted),
    ["owner", "teamMember", ...STAFF],
  ],
  [
    "see the team's contact after connection",
    (v) => policy.canSeeTeamContactOnRequest(v, connected),
    ["owner", "teamMember", ...STAFF],
  ],
  [
    "see the team's contact after a decline",
    (v) => policy.canSeeTeamContactOnRequest(v, declinedByTeam),
    ["teamMember", ...STAFF],
  ],

  ["see the firm's contact (consent given)", (v) => policy.canSeeSmeContact(v, forwarded), READERS_FORWARDED],
  [
    "see the firm's contact (no consent)",
    (v) => policy.canSeeSmeContact(v, req("forwarded", { consentShareContact: false })),
    ["owner", "broker", ...STAFF],
  ],

  ["view the assigned broker's queue", (v) => policy.canViewBrokerQueue(v, BROKER), ["broker", ...STAFF]],
  ["view the queue of unrouted requests", (v) => policy.canViewBrokerQueue(v, null), STAFF],
  [
    "edit the assigned intermediary's coverage",
    (v) => policy.canEditIntermediaryCoverage(v, BROKER),
    ["broker", ...STAFF],
  ],
  ["edit another intermediary's coverage", (v) => policy.canEditIntermediaryCoverage(v, BROKER + 5), STAFF],
  [
    "view incoming team requests",
    policy.canViewTeamInbox,
    ["teamMember", "otherUniversity", "broker", "otherBroker", ...STAFF],
  ],
  [
    "keep a shortlist",
    policy.canKeepShortlist,
    ALL.filter((n) => !["visitor", "system"].includes(n) && !n.startsWith("suspended")),
  ],
  [
    "keep saved searches",
    policy.canKeepSavedSearches,
    ALL.filter((n) => !["visitor", "system"].includes(n) && !n.startsWith("suspended")),
  ],
  ["run introduction jobs", policy.canRunIntroductionJobs, ["system"]],

  ["read a need", (v) => policy.canReadRequest(v, needNew), READERS_BROKERED_UNFORWARDED],
  ["read a need nobody brokers", (v) => policy.canReadRequest(v, needUnrouted), ["owner", ...STAFF]],
  ["read a need sent without an account", (v) => policy.canReadRequest(v, needFromGuest), ["broker", ...STAFF]],
  ["triage a need", (v) => policy.canTriageRequest(v, needTriaged), ["broker", ...STAFF]],
  ["forward a need (it has no team)", (v) => policy.canForwardRequest(v, needTriaged), []],
  ["forward a triaged request", (v) => policy.canForwardRequest(v, triaged), ["broker", ...STAFF]],
  ["suggest teams for a need", (v) => policy.canSuggestTeams(v, needTriaged), ["broker", ...STAFF]],
  ["suggest teams for a need nobody brokers", (v) => policy.canSuggestTeams(v, needUnrouted), STAFF],
  ["pass a need to another intermediary", (v) => policy.canReassignRequest(v, needNew), ["broker", ...STAFF]],
  ["accept or decline a need as a team", (v) => policy.canRespondToRequest(v, needTriaged), []],
  ["mark a need connected", (v) => policy.canMarkConnected(v, needTriaged), []],
  ["close a need being worked on", (v) => policy.canCloseRequest(v, needTriaged), ["owner", "broker", ...STAFF]],
  ["close a closed need", (v) => policy.canCloseRequest(v, needClosed), []],
  ["withdraw a need", (v) => policy.canWithdrawRequest(v, needNew), ["owner"]],
  ["read internal notes on a need", (v) => policy.canReadInternalNotes(v, needTriaged), ["broker", ...STAFF]],
  ["post on a need", (v) => policy.canPostRequestMessage(v, needTriaged), ["owner", "broker", "curator", "admin"]],
  ["see a team's contact on a need", (v) => policy.canSeeTeamContactOnRequest(v, needTriaged), STAFF],
  ["suspend an SME requester", (v) => policy.canSuspendRequester(v, { id: "sme-1", role: "sme" }), STAFF],
  ["suspend a curator", (v) => policy.canSuspendRequester(v, { id: "cur-9", role: "curator" }), []],
  ["suspend oneself", (v) => policy.canSuspendRequester(v, { id: "cur-1", role: "sme" }), ["admin", "system"]],
];

describe("introductions policy matrix", () => {
  for (const [action, check, allowed] of cases) {
    for (const [name, viewer] of Object.entries(viewers)) {
      const expected = allowed.includes(name);
      it(`${name} ${expected ? "may" : "may not"} ${action}`, () => expect(check(viewer)).toBe(expected));
    }
  }
});

describe("partyOf", () => {
  it("names the side of the request a viewer is on", () => {
    expect(policy.partyOf(viewers.owner!, forwarded)).toBe("sme");
    expect(policy.partyOf(viewers.teamMember!, forwarded)).toBe("team");
    expect(policy.partyOf(viewers.teamMember!, triaged)).toBeNull();
    expect(policy.partyOf(viewers.broker!, triaged)).toBe("broker");
    expect(policy.partyOf(viewers.curator!, triaged)).toBe("staff");
    expect(policy.partyOf(viewers.otherSme!, forwarded)).toBeNull();
  });
});
