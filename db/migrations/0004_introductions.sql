CREATE TABLE `request_suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`suggested_by` text,
	`party` text NOT NULL,
	`note` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `introduction_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`suggested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_suggestions_unique` ON `request_suggestions` (`request_id`,`team_id`);--> statement-breakpoint
CREATE INDEX `request_suggestions_request_idx` ON `request_suggestions` (`request_id`);--> statement-breakpoint
ALTER TABLE `introduction_requests` ADD `company_description` text;--> statement-breakpoint
ALTER TABLE `introduction_requests` ADD `declined_by` text;--> statement-breakpoint
CREATE INDEX `introduction_requests_broker_idx` ON `introduction_requests` (`broker_id`,`status`);--> statement-breakpoint
ALTER TABLE `request_events` ADD `internal` integer DEFAULT false NOT NULL;