// npm run jobs — the scheduled work, safe to run as often as you like (every 15 minutes is a good
// default; see README "Scheduled jobs"):
//   1. e-mail owners whose published listing has not been confirmed for 12 months (once each);
//   1a. e-mail curators a digest of listings submitted for review since the last such e-mail;
//   1b. escalate introduction requests unanswered for 10 working days; saved-search digests;
//   2. send queued e-mail (SMTP_URL) or keep it in the outbox, retrying failures with backoff and
//      picking up anything a crashed process left half-sent;
//   3. delete expired sessions, verification tokens and old rate-limit counters, and the files of
//      listing imports that ended over a week ago.
import { forgetOldImportFiles } from "@/lib/dal/curation/import-runs";
import { pruneExpiredAuthData } from "@/lib/dal/maintenance";
import { sendConfirmationReminders } from "@/lib/dal/teams/reminders";
import { sendReviewDigests } from "@/lib/dal/curation/review-notices";
import { appDeliveryOptions, deliverDueEmails } from "@/lib/email";
import { jobClock, runIntroductionJobs } from "@/lib/jobs/introductions";
import { migratedSystemContext, runScript } from "./lib";

await runScript(async () => {
  const ctx = migratedSystemContext();
  const reminders = sendConfirmationReminders(ctx);
  console.log(`Confirmation reminders: ${reminders.reminded} listing(s), ${reminders.emails} e-mail(s) queued.`);
  const review = sendReviewDigests(ctx, jobClock(process.argv.slice(2)));
  console.log(`Review digest: ${review.listings} listing(s) waiting, ${review.emails} e-mail(s) queued.`);
  const intro = await runIntroductionJobs(ctx, process.argv.slice(2));
  console.log(
    `Introductions: ${intro.escalated} request(s) escalated; saved searches: ${intro.alerts.checked} checked, ${intro.alerts.sent} digest(s) queued.`,
  );
  const options = appDeliveryOptions();
  const mail = await deliverDueEmails(ctx.db, options);
  console.log(
    options.transport
      ? `E-mail: ${mail.sent} sent, ${mail.retrying} to retry later, ${mail.failed} given up.`
      : `E-mail: SMTP_URL is not set; ${mail.stored} message(s) kept in the outbox (/admin/outbox).`,
  );
  const pruned = pruneExpiredAuthData(ctx);
  console.log(
    `Cleaned up: ${pruned.sessions} expired session(s), ${pruned.verifications} expired token(s), ${pruned.rateLimits} old counter(s), ${forgetOldImportFiles(ctx)} old import file(s).`,
  );
});
