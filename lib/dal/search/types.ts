// The DTO types of search documents and saved searches: the one lib/dal module components may import (types only,
// nothing that runs; eslint.config.js).

export type { SearchResultTeam, SearchChanges, SearchEventInput } from "./documents";
export type { SavedSearchView } from "./saved-searches";
