// People, institutions and listing input for DAL tests, written straight to the test database.
import { randomUUID } from "node:crypto";
import type { AppDb } from "@/db/client";
import { institutions, memberships, users } from "@/db/schema";
import type { Role } from "@/db/schema/users";
import { loadViewer } from "@/lib/dal/accounts/internal/viewer";
import type { TeamInput } from "@/lib/validation/team";
import type { Viewer } from "@/lib/viewer";

export function makeInstitution(
  db: AppDb,
  opts: { slug: string; verified?: boolean; trusted?: boolean; domains?: string[] },
): number {
  return db
    .insert(institutions)
    .values({
      slug: opts.slug,
      name: opts.slug.replace(/-/g, " "),
      countryCode: "GB",
      emailDomains: opts.domains ?? [`${opts.slug}.ac.uk`],
      verifiedAt: opts.verified ? new Date() : null,
      trusted: opts.trusted ?? false,
      rorId: null,
    })
    .returning({ id: institutions.id })
    .get().id;
}

export function makeUser(db: AppDb, role: Role, email: string): { id: string; viewer: Viewer } {
  const id = randomUUID().replace(/-/g, "");
  // Staff as in production: with two-step sign-in set up.
  const twoFactorEnabled = role === "curator" || role === "admin";
  db.insert(users).values({ id, email, name: email, emailVerified: true, role, twoFactorEnabled }).run();
  return { id, viewer: loadViewer(db, id) };
}

export function makeMember(db: AppDb, institutionId: number, email: string) {
  const u = makeUser(db, "university", email);
  db.insert(memberships).values({ userId: u.id, institutionId, status: "active" }).run();
  return { id: u.id, viewer: loadViewer(db, u.id) };
}

export function sampleInput(over: Partial<TeamInput> = {}): TeamInput {
  return {
    name: "Ultrasonic Welding Lab",
    summary: "We help manufacturers join plastics with ultrasonic welding, from trials to production.",
    description: "",
    keywords: ["ultrasonic welding", "plastics"],
    fields: ["2.3"],
    sectors: ["C"],
    knowledgeTypes: ["specialist-advice"],
    engagementModes: [{ mode: "consultancy", costBand: "5k-25k", duration: "weeks" }],
    facilities: [],
    languages: ["en"],
    availability: "now",
    leadName: null,
    leadOrcid: null,
    website: null,
    contactEmail: "lab@own.ac.uk",
    caseStudies: [],
    ...over,
  };
}
