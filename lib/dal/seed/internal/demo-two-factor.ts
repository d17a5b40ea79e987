// Two-step sign-in for the demo curator and admin, whose role needs it: a fixed, public TOTP key
// (README, demo accounts) so anyone trying the site locally, and the end-to-end suite, can compute
// the codes. Demo only: demo accounts are never created on an https site.
import "server-only";
import { randomUUID } from "node:crypto";
import { symmetricEncrypt } from "better-auth/crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { AppDb } from "@/db/client";
import { twoFactors, users } from "@/db/schema";
import { DEMO_BACKUP_CODES, DEMO_TOTP_SECRET } from "@/lib/demo-totp";
import { appUrl } from "@/lib/env";
import { DEMO_ACCOUNTS } from "./demo-accounts";

export { DEMO_BACKUP_CODES, DEMO_TOTP_SECRET };

/**
 * Gives the demo curator and admin their two-step sign-in, encrypted the way the auth library
 * stores it (its own symmetric encryption, keyed by the auth secret). Returns how many it set up.
 */
export async function seedDemoTwoFactor(db: AppDb, authSecret: string): Promise<number> {
  if (appUrl().startsWith("https://")) return 0; // as for the demo accounts themselves
  const staffEmails = DEMO_ACCOUNTS.filter((a) => a.role === "curator" || a.role === "admin").map((a) => a.email);
  const pending = db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.email, staffEmails), eq(users.twoFactorEnabled, false)))
    .all();
  let done = 0;
  for (const u of pending) {
    const secret = await symmetricEncrypt({ key: authSecret, data: `base32:${DEMO_TOTP_SECRET}` });
    const backupCodes = await symmetricEncrypt({ key: authSecret, data: JSON.stringify(DEMO_BACKUP_CODES) });
    db.transaction((tx) => {
      tx.delete(twoFactors).where(eq(twoFactors.userId, u.id)).run();
      tx.insert(twoFactors)
        .values({ id: randomUUID().replace(/-/g, ""), userId: u.id, secret, backupCodes, verified: true })
        .run();
      tx.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, u.id)).run();
    });
    done++;
  }
  return done;
}
