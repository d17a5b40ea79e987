import "server-only";
import { and, count, eq, inArray, isNull, ne } from "drizzle-orm";
import { emailOutbox, users } from "@/db/schema";
import { forbidden } from "@/lib/errors";
import { canManageAccount } from "@/lib/policy";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import { anonymiseRequestsOf } from "../introductions/internal/anonymisation";

/**
 * Deletes the signed-in person's account. The user row goes, and with it (by foreign keys) their
 * sessions, password, memberships, shortlists and saved searches; listings they wrote stay with
 * their institution (teams.created_by becomes null) and audit rows keep only the bare user id.
 * E-mails addressed to them are blanked. A firm's introduction requests are anonymised, and its
 * open ones withdrawn (see ../introductions/internal/anonymisation.ts). Returns a reason when it must refuse (the last admin),
 * or null; with `dryRun` it only checks.
 */
export function deleteAccount(ctx: DalContext, options: { dryRun?: boolean } = {}, now = new Date()): string | null {
  const v = ctx.viewer;
  if (v.kind !== "user" || !canManageAccount(v, v.id)) throw forbidden();
  const user = ctx.db
    .select({ id: users.id, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, v.id))
    .get();
  if (!user) return null;
  if (user.role === "admin") {
    const others =
      ctx.db
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, "admin"), ne(users.id, user.id), isNull(users.suspendedAt)))
        .get()?.n ?? 0;
    if (others === 0) return "You are the only admin. Make someone else an admin before deleting your account.";
  }
  if (options.dryRun) return null;
  ctx.db.transaction((tx) => {
    const address = user.email.toLowerCase();
    tx.update(emailOutbox)
      .set({ status: "failed", lastError: "Recipient deleted their account", nextAttemptAt: null })
      .where(and(eq(emailOutbox.toAddress, address), inArray(emailOutbox.status, ["queued", "sending"])))
      .run();
    tx.update(emailOutbox)
      .set({
        toAddress: "deleted-account@invalid",
        subject: "[removed]",
        textBody: "[removed: the recipient deleted their account]",
        htmlBody: null,
        dedupeKey: null,
      })
      .where(eq(emailOutbox.toAddress, address))
      .run();
    anonymiseRequestsOf(tx, user.id, now);
    tx.delete(users).where(eq(users.id, user.id)).run();
    recordAudit(tx, { actorUserId: user.id, action: "user.delete", entityType: "user", entityId: user.id });
  });
  return null;
}
