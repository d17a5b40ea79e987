import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  AVAILABILITY,
  COST_BANDS,
  DURATIONS,
  ENGAGEMENT_MODES,
  INSTITUTION_KINDS,
  PARTNER_KINDS,
  TEAM_STATUSES,
  codesOf,
} from "../../lib/reference/engagement";
import { createdAt, inList, updatedAt } from "./common";
import { users } from "./users";

export const institutions = sqliteTable(
  "institutions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    rorId: text("ror_id"),
    name: text("name").notNull(),
    aliases: text("aliases", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    acronyms: text("acronyms", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    countryCode: text("country_code").notNull(),
    city: text("city"),
    lat: real("lat"),
    lng: real("lng"),
    website: text("website"),
    emailDomains: text("email_domains", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    kind: text("kind", { enum: codesOf(INSTITUTION_KINDS) })
      .notNull()
      .default("university"),
    /** ROR organisation types ("education", "healthcare", …) as imported. */
    rorTypes: text("ror_types", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** ROR record status: active, inactive or withdrawn. */
    rorStatus: text("ror_status", { enum: ["active", "inactive", "withdrawn"] })
      .notNull()
      .default("active"),
    verifiedAt: integer("verified_at", { mode: "timestamp_ms" }),
    /** A curator lets members of a trusted, verified institution publish without review. */
    trusted: integer("trusted", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("institutions_slug_unique").on(t.slug),
    uniqueIndex("institutions_ror_id_unique").on(t.rorId),
    index("institutions_country_idx").on(t.countryCode),
    check(
      "institutions_country_code_check",
      sql`length(${t.countryCode}) = 2 and ${t.countryCode} = upper(${t.countryCode})`,
    ),
    check("institutions_kind_check", sql`${t.kind} in (${inList(codesOf(INSTITUTION_KINDS))})`),
    check("institutions_ror_status_check", sql`${t.rorStatus} in ('active', 'inactive', 'withdrawn')`),
    check("institutions_ror_id_check", sql`${t.rorId} is null or ${t.rorId} like 'https://ror.org/0%'`),
  ],
);

export const teams = sqliteTable(
  "teams",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    institutionId: integer("institution_id")
      .notNull()
      .references(() => institutions.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    summary: text("summary").notNull(),
    description: text("description").notNull().default(""),
    keywords: text("keywords", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    fields: text("fields", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    sectors: text("sectors", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    knowledgeTypes: text("knowledge_types", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    facilities: text("facilities", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    languages: text("languages", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    availability: text("availability", { enum: codesOf(AVAILABILITY) })
      .notNull()
      .default("now"),
    leadName: text("lead_name"),
    leadOrcid: text("lead_orcid"),
    /** Never shown publicly: revealed to an SME only when the team accepts an introduction. */
    contactEmail: text("contact_email").notNull(),
    website: text("website"),
    status: text("status", { enum: TEAM_STATUSES }).notNull().default("draft"),
    reviewNote: text("review_note"),
    reviewedAt: integer("reviewed_at", { mode: "timestamp_ms" }),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    /** Last time the owners confirmed the listing is still accurate. */
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
    reminderSentAt: integer("reminder_sent_at", { mode: "timestamp_ms" }),
    isDemo: integer("is_demo", { mode: "boolean" }).notNull().default(false),
    /** Optimistic-concurrency counter: every update must name the version it read. */
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    mergedIntoId: integer("merged_into_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** ISO 4217 code the cost bands are stated in; null on rows written before it existed (read as the institution country's). */
    currency: text("currency"),
  },
  (t) => [
    uniqueIndex("teams_slug_unique").on(t.slug),
    index("teams_institution_idx").on(t.institutionId),
    index("teams_status_idx").on(t.status),
    check("teams_status_check", sql`${t.status} in (${inList(TEAM_STATUSES)})`),
    check("teams_availability_check", sql`${t.availability} in (${inList(codesOf(AVAILABILITY))})`),
    check("teams_slug_check", sql`${t.slug} <> '' and ${t.slug} not glob '*[^a-z0-9-]*'`),
  ],
);

export const teamEngagementModes = sqliteTable(
  "team_engagement_modes",
  {
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    mode: text("mode", { enum: codesOf(ENGAGEMENT_MODES) }).notNull(),
    costBand: text("cost_band", { enum: codesOf(COST_BANDS) }).notNull(),
    duration: text("duration", { enum: codesOf(DURATIONS) }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.mode] }),
    check("tem_mode_check", sql`${t.mode} in (${inList(codesOf(ENGAGEMENT_MODES))})`),
    check("tem_cost_band_check", sql`${t.costBand} in (${inList(codesOf(COST_BANDS))})`),
    check("tem_duration_check", sql`${t.duration} in (${inList(codesOf(DURATIONS))})`),
  ],
);

export const caseStudies = sqliteTable(
  "case_studies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    partnerKind: text("partner_kind", { enum: codesOf(PARTNER_KINDS) }).notNull(),
    partnerCountry: text("partner_country"),
    year: integer("year"),
    challenge: text("challenge").notNull(),
    whatWasDone: text("what_was_done").notNull(),
    outcome: text("outcome").notNull(),
  },
  (t) => [
    index("case_studies_team_idx").on(t.teamId),
    check("case_studies_partner_kind_check", sql`${t.partnerKind} in (${inList(codesOf(PARTNER_KINDS))})`),
  ],
);

export const intermediaries = sqliteTable(
  "intermediaries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    countryCode: text("country_code").notNull(),
    website: text("website"),
    /** Country codes whose SMEs or teams this organisation serves. */
    regions: text("regions", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** SIC sections it serves. */
    sectors: text("sectors", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    contactEmail: text("contact_email"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("intermediaries_slug_unique").on(t.slug)],
);

export const collections = sqliteTable(
  "collections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    editorialNote: text("editorial_note").notNull().default(""),
    published: integer("published", { mode: "boolean" }).notNull().default(false),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("collections_slug_unique").on(t.slug)],
);

export const collectionTeams = sqliteTable(
  "collection_teams",
  {
    collectionId: integer("collection_id")
      .notNull()
      .references(() => collections.id, { onDelete: "cascade" }),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.collectionId, t.teamId] })],
);

export type Institution = typeof institutions.$inferSelect;
export type Team = typeof teams.$inferSelect;
export type TeamEngagementMode = typeof teamEngagementModes.$inferSelect;
export type CaseStudy = typeof caseStudies.$inferSelect;
export type Intermediary = typeof intermediaries.$inferSelect;
