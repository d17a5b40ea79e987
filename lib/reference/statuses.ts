// Enumerations shared by the schema, the policy and the pages. They live here, not in db/schema,
// so that code outside the data layer can name them without importing the database.

/** An introduction request's lifecycle (design.md). */
export const REQUEST_STATUSES = [
  "submitted",
  "triaged",
  "forwarded",
  "accepted",
  "declined",
  "connected",
  "closed",
  "withdrawn",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A request for one team, or a need without a team (the contact form) for a broker to match. */
export const REQUEST_KINDS = ["team", "need"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const ROLES = ["sme", "university", "curator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const IMPORT_RUN_STATUSES = ["queued", "running", "done", "failed"] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];
export const IMPORT_TARGET_STATUSES = ["draft", "pending", "published"] as const;
export type ImportTargetStatus = (typeof IMPORT_TARGET_STATUSES)[number];
