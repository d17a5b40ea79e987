// The DTO types of curation: collections, synonyms, imports and exports, review, duplicates and merges, demand: the one lib/dal module components may import (types only,
// nothing that runs; eslint.config.js).

export type {
  CollectionCard,
  CollectionEntry,
  CollectionPlace,
  CollectionDetail,
  CuratedEntry,
  CollectionForEditing,
} from "./collections";
export type { FilterUse, DemandReport } from "./demand";
export type { CandidateTeam, DuplicateCandidate } from "./duplicates";
export type { ImportRunView, NewImportRun } from "./import-runs";
export type { QueueItem } from "./review-queue";
export type { SynonymGroupItem } from "./synonyms";
export type { ExportFilter } from "./team-export";
export type { ImportOptions, SeenSlugs } from "./team-import";
export type { MergeSide, MergeCounts, MergePreview, MergeRequest } from "./team-merge";
