import "server-only";
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { intermediaries, memberships, requestEvents, requestMessages, users } from "@/db/schema";
import { routeRequest, type RoutingInput } from "@/lib/introductions/routing";
import type { DbOrTx } from "../../db-types";

// Who a request goes to, and who hears about each step. Used inside the callers' transactions.

/** The intermediary that triages a new request first, or null (straight to the team). */
export function chooseBroker(tx: DbOrTx, input: RoutingInput): number | null {
  const candidates = tx
    .select({ id: intermediaries.id, regions: intermediaries.regions, sectors: intermediaries.sectors })
    .from(intermediaries)
    .all();
  return routeRequest(input, candidates);
}

export function intermediaryName(tx: DbOrTx, id: number | null): string | null {
  if (id === null) return null;
  return (
    tx.select({ name: intermediaries.name }).from(intermediaries).where(eq(intermediaries.id, id)).get()?.name ?? null
  );
}

const activeUser = and(isNull(users.suspendedAt), eq(users.emailVerified, true));

/** Curators' addresses: the fall-back for requests no broker is looking after. */
export function curatorAddresses(tx: DbOrTx): string[] {
  return tx
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.role, "curator"), activeUser))
    .all()
    .map((r) => r.email);
}

/** Active members of an intermediary. */
export function brokerMemberAddresses(tx: DbOrTx, intermediaryId: number): string[] {
  return tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.intermediaryId, intermediaryId), eq(memberships.status, "active"), activeUser))
    .all()
    .map((r) => r.email);
}

/**
 * Who hears about a step as "the broker": the intermediary's active members; when it has none,
 * its published contact address, and curators. With no intermediary at all: curators.
 */
export function brokerAddresses(tx: DbOrTx, intermediaryId: number | null): string[] {
  if (intermediaryId === null) return curatorAddresses(tx);
  const members = brokerMemberAddresses(tx, intermediaryId);
  if (members.length > 0) return members;
  const contact = tx
    .select({ email: intermediaries.contactEmail })
    .from(intermediaries)
    .where(eq(intermediaries.id, intermediaryId))
    .get()?.email;
  return unique([...(contact ? [contact] : []), ...curatorAddresses(tx)]);
}

/**
 * "The team": its contact address, plus any of its institution's members who have acted or
 * written on this request (they answer in the app and should hear the replies).
 */
export function teamAddresses(tx: DbOrTx, requestId: number, teamContact: string, institutionId: number): string[] {
  const actors = new Set<string>();
  for (const r of tx
    .select({ id: requestEvents.actorUserId })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, requestId), isNotNull(requestEvents.actorUserId)))
    .all())
    if (r.id) actors.add(r.id);
  for (const r of tx
    .select({ id: requestMessages.authorUserId })
    .from(requestMessages)
    .where(and(eq(requestMessages.requestId, requestId), isNotNull(requestMessages.authorUserId)))
    .all())
    if (r.id) actors.add(r.id);
  const members =
    actors.size === 0
      ? []
      : tx
          .select({ email: users.email })
          .from(users)
          .innerJoin(memberships, eq(memberships.userId, users.id))
          .where(
            and(
              inArray(users.id, [...actors]),
              eq(users.role, "university"),
              eq(memberships.institutionId, institutionId),
              eq(memberships.status, "active"),
              activeUser,
            ),
          )
          .all()
          .map((r) => r.email);
  return unique([teamContact, ...members]);
}

/** The firm's address, unless the account is gone or suspended. */
export function smeAddress(tx: DbOrTx, smeUserId: string | null): { email: string; name: string } | null {
  if (!smeUserId) return null;
  const u = tx
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.id, smeUserId), isNull(users.suspendedAt)))
    .get();
  return u ?? null;
}

export function unique(addresses: readonly string[]): string[] {
  return [...new Set(addresses.map((a) => a.trim().toLowerCase()).filter(Boolean))];
}
