import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, updatedAt } from "./common";
import { institutions, intermediaries, teams } from "./register";
import { users } from "./users";
import { REQUEST_KINDS, REQUEST_STATUSES, type RequestKind, type RequestStatus } from "../../lib/reference/statuses";

export { REQUEST_KINDS, REQUEST_STATUSES, type RequestKind, type RequestStatus };

/** A user's link to an institution (university staff) or an intermediary (curators, brokers). */
export const memberships = sqliteTable(
  "memberships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    institutionId: integer("institution_id").references(() => institutions.id, { onDelete: "cascade" }),
    intermediaryId: integer("intermediary_id").references(() => intermediaries.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["pending", "active", "rejected"] })
      .notNull()
      .default("pending"),
    /** What the applicant offered as proof (e-mail domain match, job title, a note). */
    evidence: text("evidence"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    /** The curator's reason, shown to the applicant when a request is rejected. */
    decisionNote: text("decision_note"),
    createdAt: createdAt(),
  },
  (t) => [
    index("memberships_user_idx").on(t.userId),
    check("memberships_target_check", sql`(${t.institutionId} is null) <> (${t.intermediaryId} is null)`),
    check("memberships_status_check", sql`${t.status} in ('pending', 'active', 'rejected')`),
  ],
);

export const introductionRequests = sqliteTable(
  "introduction_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /**
     * "team": an introduction to one team. "need": a need sent without a team (from /contact),
     * for a broker to answer with suggested teams; it never reaches a team itself.
     */
    kind: text("kind", { enum: REQUEST_KINDS }).notNull().default("team"),
    /** The team asked for; null exactly when kind is "need". */
    teamId: integer("team_id").references(() => teams.id, { onDelete: "restrict" }),
    smeUserId: text("sme_user_id").references(() => users.id, { onDelete: "set null" }),
    /** A firm that wrote without an account: its address (null when signed in: the account's is used). */
    contactEmail: text("contact_email"),
    contactName: text("contact_name"),
    brokerId: integer("broker_id").references(() => intermediaries.id, { onDelete: "set null" }),
    companyName: text("company_name").notNull(),
    companySize: text("company_size").notNull(),
    /** What the firm does, in its own words (pre-filled from its last request). */
    companyDescription: text("company_description"),
    sector: text("sector"),
    countryCode: text("country_code").notNull(),
    need: text("need").notNull(),
    knowledgeType: text("knowledge_type"),
    budgetBand: text("budget_band"),
    timeline: text("timeline"),
    preferredLanguage: text("preferred_language"),
    consentShareContact: integer("consent_share_contact", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: REQUEST_STATUSES }).notNull().default("submitted"),
    idempotencyKey: text("idempotency_key").notNull(),
    declineReason: text("decline_reason"),
    /** Who declined: the broker (it never reached the team) or the team itself. */
    declinedBy: text("declined_by", { enum: ["broker", "team"] }),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }).notNull(),
    triagedAt: integer("triaged_at", { mode: "timestamp_ms" }),
    forwardedAt: integer("forwarded_at", { mode: "timestamp_ms" }),
    firstResponseAt: integer("first_response_at", { mode: "timestamp_ms" }),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    declinedAt: integer("declined_at", { mode: "timestamp_ms" }),
    connectedAt: integer("connected_at", { mode: "timestamp_ms" }),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    withdrawnAt: integer("withdrawn_at", { mode: "timestamp_ms" }),
    escalatedAt: integer("escalated_at", { mode: "timestamp_ms" }),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("introduction_requests_idempotency_unique").on(t.smeUserId, t.idempotencyKey),
    // A firm without an account is known by its address (null for signed-in firms, so unconstrained).
    uniqueIndex("introduction_requests_guest_idempotency_unique").on(t.contactEmail, t.idempotencyKey),
    index("introduction_requests_team_idx").on(t.teamId),
    index("introduction_requests_status_idx").on(t.status),
    index("introduction_requests_broker_idx").on(t.brokerId, t.status),
    check(
      "introduction_requests_status_check",
      sql`${t.status} in ('submitted', 'triaged', 'forwarded', 'accepted', 'declined', 'connected', 'closed', 'withdrawn')`,
    ),
    check(
      "introduction_requests_kind_check",
      sql`(${t.kind} = 'team' and ${t.teamId} is not null) or (${t.kind} = 'need' and ${t.teamId} is null)`,
    ),
  ],
);

/** The timeline of a request: one row per step, never edited. */
export const requestEvents = sqliteTable(
  "request_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => introductionRequests.id, { onDelete: "cascade" }),
    status: text("status").notNull(),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    /** A broker's note for the team and curators, never shown to the firm. */
    internal: integer("internal", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("request_events_request_idx").on(t.requestId)],
);

export const requestMessages = sqliteTable(
  "request_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => introductionRequests.id, { onDelete: "cascade" }),
    authorUserId: text("author_user_id").references(() => users.id, { onDelete: "set null" }),
    authorRole: text("author_role").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("request_messages_request_idx").on(t.requestId)],
);

export const shortlists = sqliteTable(
  "shortlists",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    note: text("note").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.teamId] })],
);

export const savedSearches = sqliteTable(
  "saved_searches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    query: text("query").notNull().default(""),
    filters: text("filters", { mode: "json" })
      .$type<Record<string, string[]>>()
      .notNull()
      .default(sql`'{}'`),
    alertFrequency: text("alert_frequency", { enum: ["none", "daily", "weekly"] })
      .notNull()
      .default("none"),
    lastAlertedAt: integer("last_alerted_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("saved_searches_user_idx").on(t.userId),
    check("saved_searches_frequency_check", sql`${t.alertFrequency} in ('none', 'daily', 'weekly')`),
  ],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorUserId: text("actor_user_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);

/** Anonymous demand signal: what was looked for, and how much was found. Nothing personal. */
export const searchEvents = sqliteTable(
  "search_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    query: text("query").notNull(),
    filters: text("filters", { mode: "json" })
      .$type<Record<string, string[]>>()
      .notNull()
      .default(sql`'{}'`),
    resultCount: integer("result_count").notNull(),
    /**
     * How many of the results matched strongly (not only on an institution's name or place, not
     * only through typo tolerance; lib/demand/match-strength.ts). Null in events recorded before
     * it was kept: read as the result count.
     */
    strongResultCount: integer("strong_result_count"),
    createdAt: createdAt(),
  },
  (t) => [index("search_events_created_idx").on(t.createdAt)],
);

/**
 * Append-only outbox of team ids whose search document may have changed. Written by triggers
 * (see the custom migration), so no write path can forget it; every process advances its
 * in-memory index from the last id it applied.
 */
export const searchChanges = sqliteTable("search_changes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  teamId: integer("team_id").notNull(),
  createdAt: createdAt(),
});

/** Outgoing e-mail. Delivered by SMTP when configured; otherwise kept here for admins and tests. */
export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    status: text("status", { enum: ["queued", "sending", "sent", "failed", "stored"] })
      .notNull()
      .default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("email_outbox_dedupe_unique").on(t.dedupeKey), index("email_outbox_status_idx").on(t.status)],
);
