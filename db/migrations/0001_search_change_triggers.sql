-- Every write that can change a team's search document appends the team id to search_changes.
-- Triggers, not application code, so that imports, scripts and future write paths cannot forget.
CREATE TRIGGER `teams_search_change_insert` AFTER INSERT ON `teams` BEGIN
  INSERT INTO `search_changes` (`team_id`) VALUES (NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `teams_search_change_update` AFTER UPDATE ON `teams` BEGIN
  INSERT INTO `search_changes` (`team_id`) VALUES (NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `teams_search_change_delete` AFTER DELETE ON `teams` BEGIN
  INSERT INTO `search_changes` (`team_id`) VALUES (OLD.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `engagement_search_change_insert` AFTER INSERT ON `team_engagement_modes` BEGIN
  INSERT INTO `search_changes` (`team_id`) VALUES (NEW.`team_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `engagement_search_change_delete` AFTER DELETE ON `team_engagement_modes` BEGIN
  INSERT INTO `search_changes` (`team_id`) VALUES (OLD.`team_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_study_search_change_insert` AFTER INSERT ON `case_studies` BEGIN
  INSERT INTO `search_changes` (`team_id`) VALUES (NEW.`team_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `case_study_search_change_delete` AFTER DELETE ON `case_studies` BEGIN
  INSERT INTO `search_changes` (`team_id`) VALUES (OLD.`team_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `institution_search_change_update` AFTER UPDATE OF `name`, `aliases`, `acronyms`, `country_code`, `city`, `verified_at`, `kind` ON `institutions` BEGIN
  INSERT INTO `search_changes` (`team_id`) SELECT `id` FROM `teams` WHERE `institution_id` = NEW.`id`;
END;
