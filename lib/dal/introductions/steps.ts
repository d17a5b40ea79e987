import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { introductionRequests, requestEvents, requestSuggestions, teams } from "@/db/schema";
import type { RequestStatus } from "@/db/schema/activity";
import { AppError, badRequest, conflict, forbidden, notFound } from "@/lib/errors";
import { introMail } from "@/lib/introductions/mail";
import {
  canCloseRequest,
  canForwardRequest,
  canMarkConnected,
  canReadRequest,
  canRespondToRequest,
  canSuggestTeams,
  canTriageRequest,
  canWithdrawRequest,
  partyOf,
} from "@/lib/policy";
import type { RequestStep } from "@/lib/validation/introduction";
import type { DalContext } from "../context";
import { firmAddress, loadRequest, mailContextOf, refOf, type RequestRecord } from "./internal/records";
import { notifyParties, partyWord, type StepContext } from "./internal/notify";
import { queueEmail } from "../internal/outbox";
import { reassignRequest } from "./internal/reassignment";
import { teamAddresses } from "./internal/routing";
import { suggestionProblem } from "@/lib/introductions/suggestions";
import type { SuggestedTeam } from "@/lib/introductions/mail";
import { appUrl } from "@/lib/env";

type Patch = Partial<typeof introductionRequests.$inferInsert>;

/** Moves the request from the status it was read in; anything else means someone got there first. */
function transition(s: StepContext, to: RequestStatus, patch: Patch, note: string | null, internal = false): void {
  const from = s.rec.req.status;
  const res = s.tx
    .update(introductionRequests)
    .set({ ...patch, status: to, updatedAt: s.now })
    .where(and(eq(introductionRequests.id, s.rec.req.id), eq(introductionRequests.status, from)))
    .run();
  if (res.changes !== 1)
    throw conflict("Someone else has just changed this request. Reload the page to see where it stands.");
  s.tx
    .insert(requestEvents)
    .values({ requestId: s.rec.req.id, status: to, actorUserId: s.actorId, note, internal, createdAt: s.now })
    .run();
  s.rec.req = { ...s.rec.req, ...patch, status: to } as RequestRecord["req"];
}

function addSuggestions(
  s: StepContext,
  slugs: string[],
  party: "broker" | "team" | "staff",
  note: string | null,
): SuggestedTeam[] {
  if (slugs.length === 0) return [];
  const found = s.tx
    .select({ id: teams.id, slug: teams.slug, name: teams.name, status: teams.status })
    .from(teams)
    .where(inArray(teams.slug, slugs))
    .all();
  const problem = suggestionProblem(slugs, found, s.rec.team?.id ?? null);
  if (problem) throw badRequest(problem, { teams: problem });
  const added: SuggestedTeam[] = [];
  for (const t of found) {
    const r = s.tx
      .insert(requestSuggestions)
      .values({ requestId: s.rec.req.id, teamId: t.id, suggestedBy: s.actorId, party, note, createdAt: s.now })
      .onConflictDoNothing()
      .run();
    if (r.changes === 1) added.push({ name: t.name, url: `${appUrl()}/teams/${t.slug}` });
  }
  return added;
}

function run(s: StepContext, step: RequestStep): void {
  const { tx, rec, now, viewer } = s;
  const ref = refOf(rec);
  const c = mailContextOf(rec);
  const firm = firmAddress(tx, rec.req);
  const sme = firm ? { email: firm } : null;
  switch (step.action) {
    case "pick-up": {
      if (!canTriageRequest(viewer, ref) || rec.req.status !== "submitted")
        throw forbidden("Only the broker can pick up a new request.");
      transition(s, "triaged", { triagedAt: now }, step.note, step.note !== null);
      if (sme) queueEmail(tx, introMail.pickedUp(sme.email, c, partyWord("broker", s)));
      return;
    }
    case "note": {
      if (!canTriageRequest(viewer, ref)) throw forbidden("Notes are added while triaging.");
      tx.insert(requestEvents)
        .values({
          requestId: rec.req.id,
          status: "note",
          actorUserId: s.actorId,
          note: step.note,
          internal: true,
          createdAt: now,
        })
        .run();
      return;
    }
    case "forward": {
      if (!rec.team || !canForwardRequest(viewer, ref))
        throw forbidden(
          rec.team
            ? "Only the broker can forward this request."
            : "This need has no team to forward it to: suggest teams instead.",
        );
      const team = rec.team;
      transition(s, "forwarded", { forwardedAt: now, triagedAt: rec.req.triagedAt ?? now }, step.note, true);
      for (const to of teamAddresses(tx, rec.req.id, team.contactEmail, team.institutionId)) {
        queueEmail(tx, introMail.newForTeam(to, c, rec.req.need, step.note));
      }
      if (sme) queueEmail(tx, introMail.forwardedToSme(sme.email, c));
      return;
    }
    case "suggest": {
      if (!canSuggestTeams(viewer, ref)) throw forbidden("Only the broker can suggest teams now.");
      const added = addSuggestions(s, step.teams, s.party === "broker" ? "broker" : "staff", step.note);
      if (added.length === 0) throw conflict("Those teams were already suggested.");
      // A need is answered by its suggestions: that is the broker's first response (it stops
      // the escalation clock). A team request's first response is the team's.
      if (rec.req.kind === "need" && rec.req.firstResponseAt === null) {
        tx.update(introductionRequests)
          .set({ firstResponseAt: now, triagedAt: rec.req.triagedAt ?? now, updatedAt: now })
          .where(eq(introductionRequests.id, rec.req.id))
          .run();
      }
      const ev = tx
        .insert(requestEvents)
        .values({
          requestId: rec.req.id,
          status: "suggested",
          actorUserId: s.actorId,
          note: [added.map((t) => t.name).join("; "), step.note].filter(Boolean).join("\n"),
          createdAt: now,
        })
        .returning({ id: requestEvents.id })
        .get();
      if (sme) queueEmail(tx, introMail.suggested(sme.email, c, added, step.note, ev.id));
      return;
    }
    case "decline": {
      let by: "broker" | "team";
      if (canTriageRequest(viewer, ref)) by = "broker";
      else if (canRespondToRequest(viewer, ref)) by = "team";
      else throw forbidden("You cannot decline this request now.");
      const patch: Patch = { declinedAt: now, declineReason: step.reason, declinedBy: by };
      if (by === "team" && rec.req.firstResponseAt === null) patch.firstResponseAt = now;
      transition(s, "declined", patch, step.reason);
      const suggested = addSuggestions(
        s,
        step.teams,
        by === "team" ? "team" : s.party === "staff" ? "staff" : "broker",
        null,
      );
      if (sme)
        queueEmail(
          tx,
          introMail.declined(
            sme.email,
            c,
            by,
            step.reason,
            suggested.map((t) => t.name),
          ),
        );
      if (by === "team") notifyParties(s, ["broker"], "declined", step.reason);
      return;
    }
    case "accept": {
      if (!canRespondToRequest(viewer, ref)) throw forbidden("Only the team can accept this request.");
      transition(s, "accepted", { acceptedAt: now, firstResponseAt: rec.req.firstResponseAt ?? now }, step.note);
      if (sme && rec.team) queueEmail(tx, introMail.accepted(sme.email, c, rec.team.contactEmail, step.note));
      notifyParties(s, ["broker"], "accepted", step.note);
      return;
    }
    case "connect": {
      if (!canMarkConnected(viewer, ref))
        throw forbidden("The firm or the team marks a request connected, once accepted.");
      transition(s, "connected", { connectedAt: now }, step.note);
      notifyParties(s, ["sme", "team", "broker"], "connected", step.note);
      return;
    }
    case "close": {
      if (!canCloseRequest(viewer, ref)) throw forbidden("This request cannot be closed now.");
      transition(s, "closed", { closedAt: now }, step.note);
      notifyParties(s, ["sme", "team", "broker"], "closed", step.note);
      return;
    }
    case "reassign": {
      reassignRequest(s, step);
      return;
    }
    case "withdraw": {
      if (!canWithdrawRequest(viewer, ref))
        throw forbidden("Only the firm can withdraw its request, before it is connected.");
      const reached = rec.req.forwardedAt !== null;
      transition(s, "withdrawn", { withdrawnAt: now }, step.note);
      notifyParties(s, reached ? ["team", "broker"] : ["broker"], "withdrawn", step.note);
      return;
    }
  }
}

/**
 * Applies one step (pick up, note, forward, suggest, decline, accept, connect, close, withdraw,
 * reassign) with its timeline event and e-mails, in one transaction. Returns the new status.
 */
export function applyRequestStep(ctx: DalContext, id: number, step: RequestStep, now = new Date()): RequestStatus {
  if (ctx.viewer.kind === "anonymous") throw new AppError("unauthenticated", "Sign in to act on this request.");
  return ctx.db.transaction(
    (tx) => {
      const rec = loadRequest(tx, id);
      if (!rec || !canReadRequest(ctx.viewer, refOf(rec)))
        throw notFound("There is no such introduction request, or you cannot see it.");
      const party = partyOf(ctx.viewer, refOf(rec))!;
      const s: StepContext = {
        tx,
        rec,
        viewer: ctx.viewer,
        party,
        actorId: ctx.viewer.kind === "user" ? ctx.viewer.id : null,
        now,
      };
      run(s, step);
      return s.rec.req.status;
    },
    { behavior: "immediate" },
  );
}
