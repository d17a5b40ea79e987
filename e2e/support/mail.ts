// E-mail as it arrived at the SMTP server the end-to-end server sends to (scripts/serve-e2e.ts
// starts it and writes each message to <database folder>/mail/<n>.json), and running the jobs.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

export interface ArrivedMail {
  to: string[];
  messageId: string | null;
  subject: string;
  text: string;
  receivedAt: string;
}

function folder(): string {
  const path = process.env.E2E_DATABASE_PATH;
  if (!path) throw new Error("E2E_DATABASE_PATH is not set; run the tests through playwright.config.ts");
  return dirname(path);
}

export function allMail(): ArrivedMail[] {
  const dir = join(folder(), "mail");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as ArrivedMail);
}

/**
 * The newest message delivered to `address` (whose subject matches, when given), waiting up to
 * `timeoutMs` for it to arrive over SMTP.
 */
export async function latestMailTo(address: string, subject?: RegExp, timeoutMs = 20_000): Promise<ArrivedMail> {
  const to = address.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = allMail()
      .filter((m) => m.to.includes(to) && (!subject || subject.test(m.subject)))
      .at(-1);
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = allMail()
        .filter((m) => m.to.includes(to))
        .map((m) => m.subject);
      throw new Error(
        `No e-mail to ${address}${subject ? ` matching ${subject}` : ""} within ${timeoutMs} ms. Seen: ${JSON.stringify(seen)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The first link in a message's text that points into the app. */
export function linkIn(mail: ArrivedMail, pathPrefix: string): string {
  const m = new RegExp(`https?://[^\\s]+${pathPrefix.replace(/[/]/g, "\\/")}[^\\s]*`).exec(mail.text);
  if (!m) throw new Error(`No link to ${pathPrefix} in "${mail.subject}":\n${mail.text}`);
  return m[0];
}

/** Runs `npm run jobs` against the e2e database and SMTP server, as the clock says (`--now`). */
export function runJobs(now?: Date): string {
  const dir = folder();
  const r = spawnSync(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/jobs.ts", ...(now ? [`--now=${now.toISOString()}`] : [])],
    {
      env: {
        ...process.env,
        DATABASE_PATH: process.env.E2E_DATABASE_PATH,
        SMTP_URL: readFileSync(join(dir, "smtp-url"), "utf8").trim(),
        APP_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
        SEED_DEMO: "0",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  if (r.status !== 0) throw new Error(`npm run jobs failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
