import "server-only";
import { and, asc, eq, like } from "drizzle-orm";
import { introductionRequests, requestEvents, teams } from "@/db/schema";
import type { Tx } from "../../db-types";

/** Every seeded request says what it is, wherever it is shown. */
export const DEMO_HISTORY_COMPANY = "Demonstration firm (demo data)";
export const DEMO_HISTORY_NEED =
  "Demonstration request, invented so that the team's response figures can be seen. No firm sent it.";
export const DEMO_HISTORY_KEY_PREFIX = "demo-history:";
const KEY_PREFIX = DEMO_HISTORY_KEY_PREFIX;

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** A small deterministic generator seeded from the team's slug (FNV-1a, then an LCG). */
function generator(seed: string): () => number {
  let h = 0x811c9dc5;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return () => {
    h = (Math.imul(h, 1664525) + 1013904223) >>> 0;
    return h / 2 ** 32;
  };
}

/**
 * A plausible past of introduction requests for two demo teams in three, so the profile's
 * response figures and the cards' "median first response" can be seen: 3 to 7 requests each over
 * the half-year before `epoch`, sent straight to the team, all answered (between a few hours and
 * about a week later) and finished — accepted, connected and closed, or declined by the team — so
 * none waits in a queue, is escalated or blocks a new request. Deterministic and idempotent:
 * each request has a fixed key; re-seeding adds nothing.
 */
export function seedDemoRequestHistory(tx: Tx, epoch: number): number {
  const demo = tx
    .select({ id: teams.id, slug: teams.slug })
    .from(teams)
    .where(and(eq(teams.isDemo, true), eq(teams.status, "published")))
    .orderBy(asc(teams.slug))
    .all();
  const existing = new Set(
    tx
      .select({ key: introductionRequests.idempotencyKey })
      .from(introductionRequests)
      .where(like(introductionRequests.idempotencyKey, `${KEY_PREFIX}%`))
      .all()
      .map((r) => r.key),
  );
  let added = 0;
  demo.forEach((team, index) => {
    if (index % 3 === 2) return;
    const next = generator(team.slug);
    const n = 3 + Math.floor(next() * 5);
    // Each team has its own pace: some answer within hours, some take days.
    const pace = 4 * HOUR + next() * 5 * DAY;
    for (let k = 0; k < n; k++) {
      const key = `${KEY_PREFIX}${team.slug}:${k}`;
      if (existing.has(key)) continue;
      const submittedAt = new Date(epoch - Math.floor((10 + next() * 170) * DAY));
      const forwardedAt = new Date(submittedAt.getTime() + Math.floor(next() * 2 * HOUR));
      const firstResponseAt = new Date(forwardedAt.getTime() + Math.floor(pace * (0.5 + next())));
      const accepted = next() < 0.7;
      const at = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
      const row = tx
        .insert(introductionRequests)
        .values({
          teamId: team.id,
          companyName: DEMO_HISTORY_COMPANY,
          companySize: next() < 0.5 ? "micro" : "small",
          countryCode: "GB",
          need: DEMO_HISTORY_NEED,
          consentShareContact: true,
          status: accepted ? "closed" : "declined",
          idempotencyKey: key,
          declineReason: accepted ? null : "Demonstration data: declined as outside the team's work.",
          declinedBy: accepted ? null : "team",
          submittedAt,
          forwardedAt,
          firstResponseAt,
          acceptedAt: accepted ? firstResponseAt : null,
          declinedAt: accepted ? null : firstResponseAt,
          connectedAt: accepted ? at(firstResponseAt, 3) : null,
          closedAt: accepted ? at(firstResponseAt, 30) : null,
          updatedAt: accepted ? at(firstResponseAt, 30) : firstResponseAt,
        })
        .returning({ id: introductionRequests.id })
        .get();
      const events: { status: string; createdAt: Date }[] = [
        { status: "submitted", createdAt: submittedAt },
        { status: "forwarded", createdAt: forwardedAt },
        ...(accepted
          ? [
              { status: "accepted", createdAt: firstResponseAt },
              { status: "connected", createdAt: at(firstResponseAt, 3) },
              { status: "closed", createdAt: at(firstResponseAt, 30) },
            ]
          : [{ status: "declined", createdAt: firstResponseAt }]),
      ];
      tx.insert(requestEvents)
        .values(events.map((e) => ({ ...e, requestId: row.id, note: "Demonstration data." })))
        .run();
      added++;
    }
  });
  return added;
}
