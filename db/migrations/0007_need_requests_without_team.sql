PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_introduction_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text DEFAULT 'team' NOT NULL,
	`team_id` integer,
	`sme_user_id` text,
	`contact_email` text,
	`contact_name` text,
	`broker_id` integer,
	`company_name` text NOT NULL,
	`company_size` text NOT NULL,
	`company_description` text,
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
	`declined_by` text,
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
	CONSTRAINT "introduction_requests_status_check" CHECK("__new_introduction_requests"."status" in ('submitted', 'triaged', 'forwarded', 'accepted', 'declined', 'connected', 'closed', 'withdrawn')),
	CONSTRAINT "introduction_requests_kind_check" CHECK(("__new_introduction_requests"."kind" = 'team' and "__new_introduction_requests"."team_id" is not null) or ("__new_introduction_requests"."kind" = 'need' and "__new_introduction_requests"."team_id" is null))
);
--> statement-breakpoint
INSERT INTO `__new_introduction_requests`("id", "kind", "team_id", "sme_user_id", "contact_email", "contact_name", "broker_id", "company_name", "company_size", "company_description", "sector", "country_code", "need", "knowledge_type", "budget_band", "timeline", "preferred_language", "consent_share_contact", "status", "idempotency_key", "decline_reason", "declined_by", "submitted_at", "triaged_at", "forwarded_at", "first_response_at", "accepted_at", "declined_at", "connected_at", "closed_at", "withdrawn_at", "escalated_at", "updated_at") SELECT "id", "kind", "team_id", "sme_user_id", "contact_email", "contact_name", "broker_id", "company_name", "company_size", "company_description", "sector", "country_code", "need", "knowledge_type", "budget_band", "timeline", "preferred_language", "consent_share_contact", "status", "idempotency_key", "decline_reason", "declined_by", "submitted_at", "triaged_at", "forwarded_at", "first_response_at", "accepted_at", "declined_at", "connected_at", "closed_at", "withdrawn_at", "escalated_at", "updated_at" FROM `introduction_requests`;--> statement-breakpoint
DROP TABLE `introduction_requests`;--> statement-breakpoint
ALTER TABLE `__new_introduction_requests` RENAME TO `introduction_requests`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `introduction_requests_idempotency_unique` ON `introduction_requests` (`sme_user_id`,`idempotency_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `introduction_requests_guest_idempotency_unique` ON `introduction_requests` (`contact_email`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `introduction_requests_team_idx` ON `introduction_requests` (`team_id`);--> statement-breakpoint
CREATE INDEX `introduction_requests_status_idx` ON `introduction_requests` (`status`);--> statement-breakpoint
CREATE INDEX `introduction_requests_broker_idx` ON `introduction_requests` (`broker_id`,`status`);