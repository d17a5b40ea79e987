// Who a viewer is, in the terms every predicate uses. One definition, so that a rule about
// suspension or staff applies to listings and introductions alike.
import { staffRoleUsable, type Viewer } from "../viewer";

export type UserViewer = Extract<Viewer, { kind: "user" }>;

/** Anyone with a session, suspended or not (the DAL then says what a suspension forbids). */
export const isSignedIn = (v: Viewer): v is UserViewer => v.kind === "user";
/** A signed-in person whose account is not suspended. */
export const isActiveUser = (v: Viewer): v is UserViewer => v.kind === "user" && !v.suspended;
/**
 * Curators and admins (active, and with two-step sign-in set up: lib/viewer staffRoleUsable), and
 * maintenance scripts.
 */
export const isStaff = (v: Viewer) => v.kind === "system" || staffRoleUsable(v);
export const isAdmin = (v: Viewer) =>
  v.kind === "system" || (staffRoleUsable(v) && v.kind === "user" && v.role === "admin");
