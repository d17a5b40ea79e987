// The demo curator's and admin's authenticator key: public, like their passwords (README, demo
// accounts), so a person trying the site locally and the end-to-end suite can compute the codes.
// Plain module (no server-only) so the end-to-end page objects can import it.

/** Base32 TOTP key (SHA-1, 6 digits, 30 s) of the demo staff accounts. Demo only. */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
/** Backup codes of the demo staff accounts (each works once per database). */
export const DEMO_BACKUP_CODES = ["demo1-codes", "demo2-codes", "demo3-codes"] as const;
