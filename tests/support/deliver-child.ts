// Run by the delivery crash test as a separate process (npx tsx --conditions=react-server …):
// delivers the outbox of <db> to <smtp url> with the app's own deliverer, printing each claim.
import { openDatabase } from "@/db/client";
import { deliverDueEmails } from "@/lib/email/deliver";
import { smtpTransport } from "@/lib/email/transport";

const [dbPath, smtpUrl, leaseMs] = process.argv.slice(2);
if (!dbPath || !smtpUrl) throw new Error("usage: deliver-child <db> <smtp-url> [leaseMs]");
const db = openDatabase(dbPath);
console.log("delivering");
const report = await deliverDueEmails(db, {
  transport: smtpTransport(smtpUrl),
  from: "Expertise Atlas <no-reply@expertise-atlas.test>",
  messageIdDomain: "expertise-atlas.test",
  leaseMs: Number(leaseMs ?? 60_000),
});
console.log(JSON.stringify(report));
