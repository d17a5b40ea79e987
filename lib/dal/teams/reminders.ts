import "server-only";
import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import { teams } from "@/db/schema";
import { appUrl } from "@/lib/env";
import { mail } from "@/lib/email/templates";
import { forbidden } from "@/lib/errors";
import type { DalContext } from "../context";
import { listingOwners } from "./internal/owners";
import { queueEmail } from "../internal/outbox";
import { publiclyLive } from "./live";

/** Owners are reminded once when a published listing has gone this long without confirmation. */
export const REMINDER_AFTER_MS = 365 * 24 * 3600 * 1000;

/**
 * E-mails the owners (or, when it has none, the team's contact address) of every published
 * listing not confirmed for 12 months, once per
 * confirmation (reminder_sent_at; confirming clears it). Idempotent: safe to run as often as you
 * like, and the outbox dedupe key stops a double send if two runs overlap.
 */
export function sendConfirmationReminders(ctx: DalContext, now = new Date()): { reminded: number; emails: number } {
  if (ctx.viewer.kind !== "system") throw forbidden();
  const cutoff = new Date(now.getTime() - REMINDER_AFTER_MS);
  const lastConfirmed = sql`coalesce(${teams.confirmedAt}, ${teams.publishedAt}, ${teams.createdAt})`;
  const due = ctx.db
    .select()
    .from(teams)
    .where(and(publiclyLive(), isNull(teams.reminderSentAt), lte(lastConfirmed, cutoff.getTime())))
    .limit(1000)
    .all();
  let emails = 0;
  for (const team of due) {
    ctx.db.transaction((tx) => {
      const since = (team.confirmedAt ?? team.publishedAt ?? team.createdAt).getTime();
      // No member left to tell (e.g. an imported listing): the team's own contact address.
      const owners = listingOwners(tx, team.id, team.institutionId, team.createdBy);
      const recipients = owners.length > 0 ? owners : [{ id: "contact", name: "", email: team.contactEmail }];
      for (const owner of recipients) {
        const id = queueEmail(
          tx,
          mail.confirmationReminder(
            owner.email,
            owner.name,
            team.name,
            `${appUrl()}/dashboard/teams/${team.slug}`,
            `reminder:${team.id}:${since}:${owner.id}`,
          ),
        );
        if (id !== null) emails++;
      }
      // Not a content change: the version stays, so nobody's open edit is invalidated.
      tx.update(teams)
        .set({ reminderSentAt: now })
        .where(and(eq(teams.id, team.id), or(isNull(teams.reminderSentAt))))
        .run();
    });
  }
  return { reminded: due.length, emails };
}
