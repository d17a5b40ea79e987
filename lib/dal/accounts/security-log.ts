import "server-only";
import { desc } from "drizzle-orm";
import { securityEvents } from "@/db/schema";
import { forbidden } from "@/lib/errors";
import { canReadSecurityEvents } from "@/lib/policy";
import type { DalContext } from "../context";

export { SECURITY_EVENT_DAYS } from "./internal/security-events";

export interface SecurityEventItem {
  id: number;
  at: Date;
  event: string;
  userId: string | null;
  addressHash: string | null;
  accountHash: string | null;
  route: string | null;
  detail: string | null;
}

/** The newest events, for admins. */
export function listSecurityEvents(ctx: DalContext, limit = 200): SecurityEventItem[] {
  if (!canReadSecurityEvents(ctx.viewer)) throw forbidden();
  return ctx.db
    .select()
    .from(securityEvents)
    .orderBy(desc(securityEvents.id))
    .limit(Math.min(Math.max(1, limit), 1000))
    .all();
}
