import "server-only";
import { lt } from "drizzle-orm";
import { sessions, verifications } from "@/db/schema";
import { forbidden } from "@/lib/errors";
import type { DalContext } from "./context";
import { pruneIdempotencyKeys } from "./internal/idempotency";
import { pruneRateLimits } from "./internal/rate-limits";
import { pruneSignInFailures } from "./accounts/internal/sign-in-failures";

/** Removes expired sessions, used-up verification tokens, old rate-limit counters and idempotency keys. */
export function pruneExpiredAuthData(
  ctx: DalContext,
  now = new Date(),
): { sessions: number; verifications: number; rateLimits: number; idempotencyKeys: number } {
  if (ctx.viewer.kind !== "system") throw forbidden();
  return {
    sessions: ctx.db.delete(sessions).where(lt(sessions.expiresAt, now)).run().changes,
    verifications: ctx.db.delete(verifications).where(lt(verifications.expiresAt, now)).run().changes,
    rateLimits:
      pruneRateLimits(ctx.db, 24 * 3600 * 1000, now.getTime()) +
      pruneSignInFailures(ctx.db, 24 * 3600 * 1000, now.getTime()),
    idempotencyKeys: pruneIdempotencyKeys(ctx.db, now.getTime()),
  };
}
