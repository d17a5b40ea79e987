CREATE TABLE `review_notices` (
	`team_id` integer PRIMARY KEY NOT NULL,
	`submitted_at` integer NOT NULL,
	`notified_at` integer,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `review_notices_notified_idx` ON `review_notices` (`notified_at`);