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
    };

export const ANONYMOUS: Viewer = { kind: "anonymous" };
export const SYSTEM: Viewer = { kind: "system" };
