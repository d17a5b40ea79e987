import type { Role } from "@/lib/reference/statuses";

/** Who is asking. Built once per request from the session; the DAL decides with it. */
export type Viewer =
  | { kind: "anonymous" }
  /** Maintenance scripts (seed, import, jobs) run with full rights and no user. */
  | { kind: "system" }
  | {
      kind: "user";
      id: string;
      role: Role;
      /** Institutions where the user is an active member. */
      institutionIds: readonly number[];
      /** Intermediaries where the user is an active member. */
      intermediaryIds: readonly number[];
      suspended: boolean;
      /** Two-step sign-in is set up: without it a curator or admin role grants nothing. */
      twoFactor: boolean;
    };

export const ANONYMOUS: Viewer = { kind: "anonymous" };
export const SYSTEM: Viewer = { kind: "system" };

const STAFF_ROLES: ReadonlySet<Role> = new Set(["curator", "admin"]);

/** Holds a staff role (curator, admin), whether or not it is usable yet. */
export const hasStaffRole = (v: Viewer): boolean => v.kind === "user" && STAFF_ROLES.has(v.role);

/** A staff role is usable only once two-step sign-in is set up (and the account is not suspended). */
export const staffRoleUsable = (v: Viewer): boolean =>
  v.kind === "user" && !v.suspended && hasStaffRole(v) && v.twoFactor;

/** A curator or admin who must set up two-step sign-in before the role works. */
export const needsTwoFactorSetup = (v: Viewer): boolean =>
  v.kind === "user" && !v.suspended && hasStaffRole(v) && !v.twoFactor;
