-- A change to the curators' synonym groups appends team id 0 to search_changes (no team has id 0),
-- so every process's index, which already follows that outbox, reloads its synonyms within a
-- second. Triggers, as for teams, so no write path can forget.
CREATE TRIGGER `search_synonyms_change_insert` AFTER INSERT ON `search_synonyms` BEGIN
  INSERT INTO `search_changes` (`team_id`) VALUES (0);
END;
--> statement-breakpoint
CREATE TRIGGER `search_synonyms_change_update` AFTER UPDATE ON `search_synonyms` BEGIN
  INSERT INTO `search_changes` (`team_id`) VALUES (0);
END;
--> statement-breakpoint
CREATE TRIGGER `search_synonyms_change_delete` AFTER DELETE ON `search_synonyms` BEGIN
  INSERT INTO `search_changes` (`team_id`) VALUES (0);
END;
