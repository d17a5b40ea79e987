// Types of the DAL's shared infrastructure, for anyone (lib/email's templates, components): this
// module holds types only, nothing that runs.

/** One e-mail to queue. `dedupeKey` makes queueing idempotent (a second insert is ignored). */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  dedupeKey?: string;
}
