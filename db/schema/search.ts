import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./common";
import { users } from "./users";

/**
 * Synonym groups curators add to the built-in map (lib/search/synonym-data.ts): every word or
 * phrase in a group finds the others. Merged with the defaults when the search index loads.
 */
export const searchSynonyms = sqliteTable("search_synonyms", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  terms: text("terms", { mode: "json" }).$type<string[]>().notNull(),
  note: text("note"),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export type SearchSynonymGroup = typeof searchSynonyms.$inferSelect;
