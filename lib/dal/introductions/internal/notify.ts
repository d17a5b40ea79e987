import "server-only";
import { introMail, type StatusStep } from "@/lib/introductions/mail";
import type { RequestParty } from "@/lib/policy";
import type { Viewer } from "@/lib/viewer";
import type { Tx } from "../../db-types";
import { firmAddress, mailContextOf, type RequestRecord } from "./records";
import { queueEmail } from "../../internal/outbox";
import { brokerAddresses, intermediaryName, teamAddresses, unique } from "./routing";

/** Everything a step needs, inside its transaction. */
export interface StepContext {
  tx: Tx;
  rec: RequestRecord;
  viewer: Viewer;
  party: RequestParty;
  actorId: string | null;
  now: Date;
}

export type Side = "sme" | "team" | "broker";

/** How a side is named in e-mails to the others. */
export function partyWord(p: RequestParty, s: Pick<StepContext, "tx" | "rec">): string {
  if (p === "sme") return s.rec.req.companyName;
  if (p === "team") return s.rec.team?.name ?? "the team";
  if (p === "broker") return intermediaryName(s.tx, s.rec.req.brokerId) ?? "the broker";
  return "an Expertise Atlas curator";
}

/**
 * Addresses of the given sides, leaving out the actor's own side. "broker" is the assigned
 * intermediary's members (nobody when the request went straight to the team); "team" only once
 * the request has reached it.
 */
export function addressesOf(s: Pick<StepContext, "tx" | "rec" | "party">, sides: readonly Side[]): string[] {
  const { tx, rec } = s;
  const out: string[] = [];
  for (const side of sides) {
    if (side === s.party) continue;
    if (side === "sme") {
      const firm = firmAddress(tx, rec.req);
      if (firm) out.push(firm);
    } else if (side === "team") {
      if (rec.team && rec.req.forwardedAt !== null)
        out.push(...teamAddresses(tx, rec.req.id, rec.team.contactEmail, rec.team.institutionId));
    } else if (rec.req.brokerId !== null) {
      out.push(...brokerAddresses(tx, rec.req.brokerId));
    }
  }
  return unique(out);
}

/** Tells the other sides that the request changed status. */
export function notifyParties(s: StepContext, sides: readonly Side[], step: StatusStep, note: string | null): void {
  const c = mailContextOf(s.rec);
  const actor = partyWord(s.party, s);
  for (const to of addressesOf(s, sides)) queueEmail(s.tx, introMail.statusChanged(to, c, step, actor, note));
}
