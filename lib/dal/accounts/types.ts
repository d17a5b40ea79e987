// The DTO types of people: accounts, memberships, security log: the one lib/dal module components may import (types only,
// nothing that runs; eslint.config.js).

export type { ClaimResult, InstitutionToJoin } from "./membership-claims";
export type { MembershipEvidence } from "./membership-evidence";
export type { MembershipRequest } from "./memberships";
export type { AccountView, SignedInSummary } from "./profile";
export type { SecurityEventItem } from "./security-log";
export type { AdminUserRow } from "./users-admin";
