import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { institutions, memberships, requestSuggestions, teams, users } from "@/db/schema";
import type { RequestParty } from "@/lib/policy";
import type { DbOrTx } from "../../db-types";
import type { RequestRecord } from "./records";
import { intermediaryName } from "./routing";

// Pieces of a request's detail view: how the people on it are named, and the teams suggested.

export interface SuggestedTeam {
  slug: string;
  name: string;
  institutionName: string;
  countryCode: string;
  party: string;
  note: string | null;
}

export const PARTY_WORD: Record<RequestParty, string> = {
  sme: "the firm",
  team: "the team",
  broker: "broker",
  staff: "curator",
};

/** How each person who acted on the request is named to others: name plus the side they are on. */
export function actorLabels(tx: DbOrTx, rec: RequestRecord, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const people = tx
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(inArray(users.id, ids))
    .all();
  const links = tx
    .select({
      userId: memberships.userId,
      institutionId: memberships.institutionId,
      intermediaryId: memberships.intermediaryId,
    })
    .from(memberships)
    .where(and(inArray(memberships.userId, ids), eq(memberships.status, "active")))
    .all();
  const broker = intermediaryName(tx, rec.req.brokerId);
  for (const p of people) {
    const mine = links.filter((l) => l.userId === p.id);
    let side: string;
    if (p.id === rec.req.smeUserId) side = rec.req.companyName;
    else if (rec.team && p.role === "university" && mine.some((l) => l.institutionId === rec.team?.institutionId))
      side = rec.team.name;
    else if (rec.req.brokerId !== null && mine.some((l) => l.intermediaryId === rec.req.brokerId))
      side = broker ?? "broker";
    else if (p.role === "curator" || p.role === "admin") side = "Expertise Atlas curator";
    else side = "former participant";
    out.set(p.id, `${p.name} (${side})`);
  }
  return out;
}

export function suggestionsOf(tx: DbOrTx, requestId: number): SuggestedTeam[] {
  return tx
    .select({
      slug: teams.slug,
      name: teams.name,
      status: teams.status,
      institutionName: institutions.name,
      countryCode: institutions.countryCode,
      party: requestSuggestions.party,
      note: requestSuggestions.note,
    })
    .from(requestSuggestions)
    .innerJoin(teams, eq(teams.id, requestSuggestions.teamId))
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(eq(requestSuggestions.requestId, requestId))
    .orderBy(asc(requestSuggestions.id))
    .all()
    .filter((s) => s.status === "published")
    .map(({ status: _s, ...s }) => s);
}
