import "server-only";
import { eq } from "drizzle-orm";
import { institutions, introductionRequests, teams } from "@/db/schema";
import type { RequestMailContext } from "@/lib/introductions/mail";
import { appUrl } from "@/lib/env";
import type { RequestRef } from "@/lib/policy";
import type { DbOrTx } from "./db-types";

// Loading one request with what every step needs: its team, the team's institution, and the
// shape the policy predicates take.

export type RequestRow = typeof introductionRequests.$inferSelect;

export interface RequestRecord {
  req: RequestRow;
  team: {
    id: number;
    slug: string;
    name: string;
    institutionId: number;
    contactEmail: string;
    leadName: string | null;
    isDemo: boolean;
  };
  institution: { name: string; slug: string; countryCode: string };
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
    .innerJoin(teams, eq(teams.id, introductionRequests.teamId))
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(eq(introductionRequests.id, id))
    .get();
  return row ?? null;
}

export function refOf(rec: Pick<RequestRecord, "req" | "team">): RequestRef {
  const r = rec.req;
  return {
    smeUserId: r.smeUserId,
    teamInstitutionId: rec.team.institutionId,
    brokerId: r.brokerId,
    status: r.status,
    reachedTeam: r.forwardedAt !== null,
    accepted: r.acceptedAt !== null,
    consentShareContact: r.consentShareContact,
  };
}

export function requestUrl(id: number): string {
  return `${appUrl()}/introductions/${id}`;
}

export function mailContextOf(rec: RequestRecord): RequestMailContext {
  return {
    requestId: rec.req.id,
    teamName: rec.team.name,
    companyName: rec.req.companyName,
    url: requestUrl(rec.req.id),
  };
}
