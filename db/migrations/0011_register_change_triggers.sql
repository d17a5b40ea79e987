-- Every write to what public pages show, beyond what search_changes records, appends a row to
-- register_changes; the caches in lib/dal/register-cache.ts and scripts/web/page-cache.ts key on both outboxes' last ids.
-- Triggers, not application code, so that imports, scripts and future write paths cannot forget.
CREATE TRIGGER `institutions_register_change_insert` AFTER INSERT ON `institutions` BEGIN
  INSERT INTO `register_changes` (`created_at`) VALUES (unixepoch('subsec') * 1000);
END;
--> statement-breakpoint
CREATE TRIGGER `institutions_register_change_update` AFTER UPDATE ON `institutions` BEGIN
  INSERT INTO `register_changes` (`created_at`) VALUES (unixepoch('subsec') * 1000);
END;
--> statement-breakpoint
CREATE TRIGGER `institutions_register_change_delete` AFTER DELETE ON `institutions` BEGIN
  INSERT INTO `register_changes` (`created_at`) VALUES (unixepoch('subsec') * 1000);
END;
--> statement-breakpoint
CREATE TRIGGER `collections_register_change_insert` AFTER INSERT ON `collections` BEGIN
  INSERT INTO `register_changes` (`created_at`) VALUES (unixepoch('subsec') * 1000);
END;
--> statement-breakpoint
CREATE TRIGGER `collections_register_change_update` AFTER UPDATE ON `collections` BEGIN
  INSERT INTO `register_changes` (`created_at`) VALUES (unixepoch('subsec') * 1000);
END;
--> statement-breakpoint
CREATE TRIGGER `collections_register_change_delete` AFTER DELETE ON `collections` BEGIN
  INSERT INTO `register_changes` (`created_at`) VALUES (unixepoch('subsec') * 1000);
END;
--> statement-breakpoint
CREATE TRIGGER `collection_teams_register_change_insert` AFTER INSERT ON `collection_teams` BEGIN
  INSERT INTO `register_changes` (`created_at`) VALUES (unixepoch('subsec') * 1000);
END;
--> statement-breakpoint
CREATE TRIGGER `collection_teams_register_change_update` AFTER UPDATE ON `collection_teams` BEGIN
  INSERT INTO `register_changes` (`created_at`) VALUES (unixepoch('subsec') * 1000);
END;
--> statement-breakpoint
CREATE TRIGGER `collection_teams_register_change_delete` AFTER DELETE ON `collection_teams` BEGIN
  INSERT INTO `register_changes` (`created_at`) VALUES (unixepoch('subsec') * 1000);
END;
