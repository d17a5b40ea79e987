import "server-only";
import { randomBytes, randomUUID, scryptSync } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { accounts, institutions, intermediaries, memberships, users } from "@/db/schema";
import type { Role } from "@/db/schema/users";
import { appUrl } from "@/lib/env";
import type { Tx } from "../../db-types";

/** Demo institutions a curator has "verified"; the first trusted one publishes without review. */
export const DEMO_VERIFIED_RORS = [
  "https://ror.org/027m9bs27", // University of Manchester
  "https://ror.org/024mrxd33", // University of Leeds
  "https://ror.org/05krs5044", // University of Sheffield
  "https://ror.org/01nrxwf90", // University of Edinburgh (also trusted)
  "https://ror.org/03kk7td41", // Cardiff University
  "https://ror.org/00hswnk62", // Queen's University Belfast
  "https://ror.org/02tyrky19", // Trinity College Dublin
  "https://ror.org/02e2c7k09", // Delft University of Technology
  "https://ror.org/05a28rw58", // ETH Zurich
  "https://ror.org/036rp1748", // Universidade de São Paulo
] as const;
export const DEMO_TRUSTED_RORS = ["https://ror.org/01nrxwf90"] as const;

interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
  company?: { companyName: string; companySize: string; companyCountry: string; companySector: string };
  institutionRor?: string;
  intermediarySlug?: string;
}

/** For local use only; listed in the README. Never created on an https (public) site. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "sme@demo.expertise-atlas.example",
    password: "demo-sme-password",
    name: "Sam Demo (SME)",
    role: "sme",
    company: {
      companyName: "Demo Precision Parts Ltd",
      companySize: "small",
      companyCountry: "GB",
      companySector: "C",
    },
  },
  {
    email: "member@demo.expertise-atlas.example",
    password: "demo-member-password",
    name: "Morgan Demo (University of Manchester)",
    role: "university",
    institutionRor: "https://ror.org/027m9bs27",
  },
  {
    email: "curator@demo.expertise-atlas.example",
    password: "demo-curator-password",
    name: "Casey Demo (curator)",
    role: "curator",
    intermediarySlug: "demo-northern-innovation-exchange",
  },
  {
    email: "admin@demo.expertise-atlas.example",
    password: "demo-admin-password",
    name: "Alex Demo (admin)",
    role: "admin",
  },
  {
    // A broker who is not a curator: a member of an intermediary, nothing more.
    email: "broker@demo.expertise-atlas.example",
    password: "demo-broker-password",
    name: "Blair Demo (broker)",
    role: "university",
    intermediarySlug: "demo-global-tech-transfer-network",
  },
];

/**
 * The auth library's password format (better-auth: scrypt N=16384, r=16, p=1, 64-byte key,
 * "salt:key" in hex). Computed synchronously so seeding stays one transaction;
 * tests/integration/accounts.test.ts checks the library accepts it.
 */
export function hashDemoPassword(password: string): string {
  const salt = randomBytes(16).toString("hex");
  const key = scryptSync(password.normalize("NFKC"), salt, 64, { N: 16384, r: 16, p: 1, maxmem: 128 * 16384 * 16 * 2 });
  return `${salt}:${key.toString("hex")}`;
}

/** Marks the demo's verified and trusted institutions (only where no curator has decided yet). */
export function verifyDemoInstitutions(tx: Tx): void {
  tx.update(institutions)
    .set({ verifiedAt: new Date(Date.UTC(2026, 8, 1)) })
    .where(and(inArray(institutions.rorId, [...DEMO_VERIFIED_RORS]), isNull(institutions.verifiedAt)))
    .run();
  tx.update(institutions)
    .set({ trusted: true })
    .where(inArray(institutions.rorId, [...DEMO_TRUSTED_RORS]))
    .run();
}

/** Creates the demo accounts that do not exist yet. Returns how many were created. */
export function seedDemoAccounts(tx: Tx): number {
  if (appUrl().startsWith("https://")) return 0;
  let created = 0;
  for (const a of DEMO_ACCOUNTS) {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, a.email)).get()) continue;
    const id = randomUUID().replace(/-/g, "");
    tx.insert(users)
      .values({ id, email: a.email, name: a.name, emailVerified: true, role: a.role, ...a.company })
      .run();
    tx.insert(accounts)
      .values({
        id: randomUUID().replace(/-/g, ""),
        accountId: id,
        providerId: "credential",
        userId: id,
        password: hashDemoPassword(a.password),
      })
      .run();
    if (a.institutionRor) {
      const inst = tx
        .select({ id: institutions.id })
        .from(institutions)
        .where(eq(institutions.rorId, a.institutionRor))
        .get();
      if (inst)
        tx.insert(memberships)
          .values({
            userId: id,
            institutionId: inst.id,
            status: "active",
            decidedAt: new Date(),
            evidence: JSON.stringify({ note: "Demo account" }),
          })
          .run();
    }
    if (a.intermediarySlug) {
      const org = tx
        .select({ id: intermediaries.id })
        .from(intermediaries)
        .where(eq(intermediaries.slug, a.intermediarySlug))
        .get();
      if (org)
        tx.insert(memberships)
          .values({
            userId: id,
            intermediaryId: org.id,
            status: "active",
            decidedAt: new Date(),
            evidence: JSON.stringify({ note: "Demo account" }),
          })
          .run();
    }
    created++;
  }
  return created;
}
