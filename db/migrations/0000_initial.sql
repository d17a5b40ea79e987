CREATE TABLE `case_studies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`partner_kind` text NOT NULL,
	`partner_country` text,
	`year` integer,
	`challenge` text NOT NULL,
	`what_was_done` text NOT NULL,
	`outcome` text NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "case_studies_partner_kind_check" CHECK("case_studies"."partner_kind" in ('sme', 'large-firm', 'public-body', 'charity'))
);
--> statement-breakpoint
CREATE INDEX `case_studies_team_idx` ON `case_studies` (`team_id`);--> statement-breakpoint
CREATE TABLE `collection_teams` (
	`collection_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`note` text,
	PRIMARY KEY(`collection_id`, `team_id`),
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `collections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`editorial_note` text DEFAULT '' NOT NULL,
	`published` integer DEFAULT false NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `collections_slug_unique` ON `collections` (`slug`);--> statement-breakpoint
CREATE TABLE `institutions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`ror_id` text,
	`name` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`acronyms` text DEFAULT '[]' NOT NULL,
	`country_code` text NOT NULL,
	`city` text,
	`lat` real,
	`lng` real,
	`website` text,
	`email_domains` text DEFAULT '[]' NOT NULL,
	`kind` text DEFAULT 'university' NOT NULL,
	`ror_types` text DEFAULT '[]' NOT NULL,
	`ror_status` text DEFAULT 'active' NOT NULL,
	`verified_at` integer,
	`trusted` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "institutions_country_code_check" CHECK(length("institutions"."country_code") = 2 and "institutions"."country_code" = upper("institutions"."country_code")),
	CONSTRAINT "institutions_kind_check" CHECK("institutions"."kind" in ('university', 'research-institute', 'hospital', 'college', 'other')),
	CONSTRAINT "institutions_ror_status_check" CHECK("institutions"."ror_status" in ('active', 'inactive', 'withdrawn')),
	CONSTRAINT "institutions_ror_id_check" CHECK("institutions"."ror_id" is null or "institutions"."ror_id" like 'https://ror.org/0%')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `institutions_slug_unique` ON `institutions` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `institutions_ror_id_unique` ON `institutions` (`ror_id`);--> statement-breakpoint
CREATE INDEX `institutions_country_idx` ON `institutions` (`country_code`);--> statement-breakpoint
CREATE TABLE `intermediaries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`country_code` text NOT NULL,
	`website` text,
	`regions` text DEFAULT '[]' NOT NULL,
	`sectors` text DEFAULT '[]' NOT NULL,
	`contact_email` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intermediaries_slug_unique` ON `intermediaries` (`slug`);--> statement-breakpoint
CREATE TABLE `team_engagement_modes` (
	`team_id` integer NOT NULL,
	`mode` text NOT NULL,
	`cost_band` text NOT NULL,
	`duration` text NOT NULL,
	PRIMARY KEY(`team_id`, `mode`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "tem_mode_check" CHECK("team_engagement_modes"."mode" in ('consultancy', 'contract-research', 'collaborative-rd', 'licensing', 'ktp', 'student-projects', 'facilities-access', 'cpd-training')),
	CONSTRAINT "tem_cost_band_check" CHECK("team_engagement_modes"."cost_band" in ('free', 'under-5k', '5k-25k', '25k-100k', 'over-100k')),
	CONSTRAINT "tem_duration_check" CHECK("team_engagement_modes"."duration" in ('days', 'weeks', 'months', 'half-year-plus', 'years'))
);
--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`institution_id` integer NOT NULL,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`keywords` text DEFAULT '[]' NOT NULL,
	`fields` text DEFAULT '[]' NOT NULL,
	`sectors` text DEFAULT '[]' NOT NULL,
	`knowledge_types` text DEFAULT '[]' NOT NULL,
	`facilities` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`availability` text DEFAULT 'now' NOT NULL,
	`lead_name` text,
	`lead_orcid` text,
	`contact_email` text NOT NULL,
	`website` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`review_note` text,
	`reviewed_at` integer,
	`published_at` integer,
	`confirmed_at` integer,
	`expires_at` integer,
	`reminder_sent_at` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`merged_into_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "teams_status_check" CHECK("teams"."status" in ('draft', 'pending', 'published', 'changes_requested', 'rejected', 'archived')),
	CONSTRAINT "teams_availability_check" CHECK("teams"."availability" in ('now', 'limited', 'not-now')),
	CONSTRAINT "teams_slug_check" CHECK("teams"."slug" <> '' and "teams"."slug" not glob '*[^a-z0-9-]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_slug_unique` ON `teams` (`slug`);--> statement-breakpoint
CREATE INDEX `teams_institution_idx` ON `teams` (`institution_id`);--> statement-breakpoint
CREATE INDEX `teams_status_idx` ON `teams` (`status`);--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`user_id` text NOT NULL,
	`access_token` text,
	`refresh_token` text,
	`id_token` text,
	`access_token_expires_at` integer,
	`refresh_token_expires_at` integer,
	`scope` text,
	`password` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `accounts_user_idx` ON `accounts` (`user_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL,
	`token` text NOT NULL,
	`ip_address` text,
	`user_agent` text,
	`user_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token_unique` ON `sessions` (`token`);--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_verified` integer DEFAULT false NOT NULL,
	`image` text,
	`role` text DEFAULT 'sme' NOT NULL,
	`company_name` text,
	`company_size` text,
	`company_country` text,
	`company_sector` text,
	`suspended_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "users_role_check" CHECK("users"."role" in ('sme', 'university', 'curator', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `verifications` (
	`id` text PRIMARY KEY NOT NULL,
	`identifier` text NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `verifications_identifier_idx` ON `verifications` (`identifier`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_user_id` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `email_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`last_error` text,
	`dedupe_key` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `email_outbox_dedupe_unique` ON `email_outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `email_outbox_status_idx` ON `email_outbox` (`status`);--> statement-breakpoint
CREATE TABLE `introduction_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`sme_user_id` text,
	`broker_id` integer,
	`company_name` text NOT NULL,
	`company_size` text NOT NULL,
	`sector` text,
	`country_code` text NOT NULL,
	`need` text NOT NULL,
	`knowledge_type` text,
	`budget_band` text,
	`timeline` text,
	`preferred_language` text,
	`consent_share_contact` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'submitted' NOT NULL,
	`idempotency_key` text NOT NULL,
	`decline_reason` text,
	`submitted_at` integer NOT NULL,
	`triaged_at` integer,
	`forwarded_at` integer,
	`first_response_at` integer,
	`accepted_at` integer,
	`declined_at` integer,
	`connected_at` integer,
	`closed_at` integer,
	`withdrawn_at` integer,
	`escalated_at` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`sme_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`broker_id`) REFERENCES `intermediaries`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "introduction_requests_status_check" CHECK("introduction_requests"."status" in ('submitted', 'triaged', 'forwarded', 'accepted', 'declined', 'connected', 'closed', 'withdrawn'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `introduction_requests_idempotency_unique` ON `introduction_requests` (`sme_user_id`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `introduction_requests_team_idx` ON `introduction_requests` (`team_id`);--> statement-breakpoint
CREATE INDEX `introduction_requests_status_idx` ON `introduction_requests` (`status`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`institution_id` integer,
	`intermediary_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`evidence` text,
	`decided_by` text,
	`decided_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`intermediary_id`) REFERENCES `intermediaries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "memberships_target_check" CHECK(("memberships"."institution_id" is null) <> ("memberships"."intermediary_id" is null)),
	CONSTRAINT "memberships_status_check" CHECK("memberships"."status" in ('pending', 'active', 'rejected'))
);
--> statement-breakpoint
CREATE INDEX `memberships_user_idx` ON `memberships` (`user_id`);--> statement-breakpoint
CREATE TABLE `request_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`status` text NOT NULL,
	`actor_user_id` text,
	`note` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `introduction_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `request_events_request_idx` ON `request_events` (`request_id`);--> statement-breakpoint
CREATE TABLE `request_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`author_user_id` text,
	`author_role` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `introduction_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `request_messages_request_idx` ON `request_messages` (`request_id`);--> statement-breakpoint
CREATE TABLE `saved_searches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`name` text NOT NULL,
	`query` text DEFAULT '' NOT NULL,
	`filters` text DEFAULT '{}' NOT NULL,
	`alert_frequency` text DEFAULT 'none' NOT NULL,
	`last_alerted_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "saved_searches_frequency_check" CHECK("saved_searches"."alert_frequency" in ('none', 'daily', 'weekly'))
);
--> statement-breakpoint
CREATE INDEX `saved_searches_user_idx` ON `saved_searches` (`user_id`);--> statement-breakpoint
CREATE TABLE `search_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `search_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`query` text NOT NULL,
	`filters` text DEFAULT '{}' NOT NULL,
	`result_count` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `search_events_created_idx` ON `search_events` (`created_at`);--> statement-breakpoint
CREATE TABLE `shortlists` (
	`user_id` text NOT NULL,
	`team_id` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`user_id`, `team_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
