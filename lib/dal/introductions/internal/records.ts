import "server-only";
import { eq } from "drizzle-orm";
import { institutions, introductionRequests, teams } from "@/db/schema";
import type { RequestMailContext } from "@/lib/introductions/mail";
import { appUrl } from "@/lib/env";
import type { RequestRef } from "@/lib/policy";
import type { DbOrTx } from "../../db-types";
import { smeAddress } from "./routing";

// Loading one request with what every step needs: its team, the team's institution, and the
// shape the policy predicates take.

export type RequestRow = typeof introductionRequests.$inferSelect;

export interface RequestRecord {
  req: RequestRow;
  /** Null for a need sent without a team (kind "need"). */
  team: {
    id: number;
    slug: string;
    name: string;
    institutionId: number;
    contactEmail: string;
    leadName: string | null;
    isDemo: boolean;
  } | null;
  institution: { name: string; slug: string; countryCode: string } | null;
}

export function loadRequest(tx: DbOrTx, id: number): RequestRecord | null {
  const row = tx
    .select({
      req: introductionRequests,
      team: {
        id: teams.id,
        slug: teams.slug,
        name: teams.name,
        institutionId: teams.institutionId,
        contactEmail: teams.contactEmail,
        leadName: teams.leadName,
        isDemo: teams.isDemo,
      },
      institution: { name: institutions.name, slug: institutions.slug, countryCode: institutions.countryCode },
    })
    .from(introductionRequests)
    .leftJoin(teams, eq(teams.id, introductionRequests.teamId))
    .leftJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(eq(introductionRequests.id, id))
    .get();
  return row ?? null;
}

export function refOf(rec: Pick<RequestRecord, "req" | "team">): RequestRef {
  const r = rec.req;
  return {
    kind: r.kind,
    smeUserId: r.smeUserId,
    teamInstitutionId: rec.team?.institutionId ?? null,
    brokerId: r.brokerId,
    status: r.status,
    reachedTeam: r.forwardedAt !== null,
    accepted: r.acceptedAt !== null,
    consentShareContact: r.consentShareContact,
  };
}

/** How e-mails name the "team" of a need that has none yet. */
export const NEED_TARGET = "a team for your need";

/** Where the firm hears about its request: its account, or the address it gave without one. */
export function firmAddress(tx: DbOrTx, req: Pick<RequestRow, "smeUserId" | "contactEmail">): string | null {
  if (req.smeUserId) return smeAddress(tx, req.smeUserId)?.email ?? null;
  return req.contactEmail;
}

/** The country whose working days count for a request: the team's, or for a need the firm's. */
export function requestCountry(rec: Pick<RequestRecord, "req" | "institution">): string {
  return rec.institution?.countryCode ?? rec.req.countryCode;
}

export function requestUrl(id: number): string {
  return `${appUrl()}/introductions/${id}`;
}

export function mailContextOf(rec: RequestRecord): RequestMailContext {
  const guest = rec.req.smeUserId === null && rec.req.contactEmail !== null;
  return {
    requestId: rec.req.id,
    kind: rec.req.kind,
    teamName: rec.team?.name ?? NEED_TARGET,
    companyName: rec.req.companyName,
    url: requestUrl(rec.req.id),
    firmUrl: guest ? `${appUrl()}/search` : requestUrl(rec.req.id),
    guest,
  };
}
