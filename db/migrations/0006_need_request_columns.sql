ALTER TABLE `introduction_requests` ADD `kind` text DEFAULT 'team' NOT NULL;--> statement-breakpoint
ALTER TABLE `introduction_requests` ADD `contact_email` text;--> statement-breakpoint
ALTER TABLE `introduction_requests` ADD `contact_name` text;--> statement-breakpoint
CREATE UNIQUE INDEX `introduction_requests_guest_idempotency_unique` ON `introduction_requests` (`contact_email`,`idempotency_key`);
