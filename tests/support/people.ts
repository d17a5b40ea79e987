// People for introduction tests: real rows in users and memberships, and the viewers the app
// would build for them (through the accounts DAL, as requestContext does).
import { eq } from "drizzle-orm";
import { institutions, intermediaries, memberships, teams, users } from "@/db/schema";
import type { Role } from "@/db/schema/users";
import { loadViewer } from "@/lib/dal/accounts/internal/viewer";
import type { Viewer } from "@/lib/viewer";
import type { TestDb } from "./db";

export interface Person {
  id: string;
  email: string;
  viewer: () => Viewer;
}

let seq = 0;

export function addPerson(
  t: TestDb,
  role: Role,
  opts: {
    institutionId?: number;
    intermediaryId?: number;
    company?: { name: string; size: string; country: string; sector: string };
  } = {},
): Person {
  const id = `test-${role}-${++seq}`;
  const email = `${id}@people.example`;
  t.db
    .insert(users)
    .values({
      id,
      name: `Test ${role} ${seq}`,
      email,
      emailVerified: true,
      role,
      twoFactorEnabled: role === "curator" || role === "admin", // staff as in production
      companyName: opts.company?.name ?? null,
      companySize: opts.company?.size ?? null,
      companyCountry: opts.company?.country ?? null,
      companySector: opts.company?.sector ?? null,
    })
    .run();
  if (opts.institutionId !== undefined)
    t.db.insert(memberships).values({ userId: id, institutionId: opts.institutionId, status: "active" }).run();
  if (opts.intermediaryId !== undefined)
    t.db.insert(memberships).values({ userId: id, intermediaryId: opts.intermediaryId, status: "active" }).run();
  return { id, email, viewer: () => loadViewer(t.db, id) };
}

export function teamBySlug(t: TestDb, slug: string) {
  const row = t.db
    .select({ id: teams.id, institutionId: teams.institutionId, contactEmail: teams.contactEmail })
    .from(teams)
    .where(eq(teams.slug, slug))
    .get();
  if (!row) throw new Error(`no team ${slug}`);
  return row;
}

export function intermediaryBySlug(t: TestDb, slug: string): number {
  const row = t.db.select({ id: intermediaries.id }).from(intermediaries).where(eq(intermediaries.slug, slug)).get();
  if (!row) throw new Error(`no intermediary ${slug}`);
  return row.id;
}

export function institutionOf(t: TestDb, teamSlug: string): number {
  const team = teamBySlug(t, teamSlug);
  return t.db.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, team.institutionId)).get()!
    .id;
}
