// Read-only access to the e2e server's database, for what a test cannot see through the UI
// (e-mails the server "sent" to the outbox). Never used to set up state behind the app's back.
import Database from "better-sqlite3";

export function e2eDatabase(): Database.Database {
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set; run the tests through playwright.config.ts");
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

export interface OutboxEmail {
  id: number;
  toAddress: string;
  subject: string;
  textBody: string;
}

/** The newest e-mail to an address, waiting up to `timeoutMs` for it to be queued. */
export async function latestEmailTo(address: string, timeoutMs = 10_000): Promise<OutboxEmail> {
  const db = e2eDatabase();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const row = db
        .prepare(
          `select id, to_address as toAddress, subject, text_body as textBody from email_outbox where lower(to_address) = lower(?) order by id desc limit 1`,
        )
        .get(address) as OutboxEmail | undefined;
      if (row) return row;
      if (Date.now() > deadline) throw new Error(`No e-mail to ${address} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    db.close();
  }
}
