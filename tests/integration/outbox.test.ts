// E-mail delivery from the outbox with a fake SMTP transport: sending, retries with backoff,
// giving up, recovery after a crash mid-send (same Message-ID), no double sends, store mode.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { claimNextEmail, queueEmail } from "@/lib/dal/internal/outbox";
import { redactTokens } from "@/lib/dal/outbox-admin";
import { backoffMs, deliverDueEmails, type DeliveryOptions, type MailMessage, type MailTransport } from "@/lib/email";
import { mail } from "@/lib/email/templates";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.close());

class FakeSmtp implements MailTransport {
  sent: MailMessage[] = [];
  failuresLeft = 0;
  async send(m: MailMessage) {
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error("421 Service not available");
    }
    this.sent.push(m);
  }
}

let clock = Date.UTC(2026, 10, 1, 9, 0, 0);
const options = (transport: MailTransport | null, extra: Partial<DeliveryOptions> = {}): DeliveryOptions => ({
  transport,
  from: "Atlas <no-reply@atlas.example>",
  messageIdDomain: "atlas.example",
  now: () => new Date(clock),
  ...extra,
});
const rowOf = (id: number) => t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).get()!;
const queue = (to = "pat@widgets.example", dedupeKey?: string) =>
  queueEmail(t.db, { to, subject: "Hello", text: "Body", html: "<p>Body</p>", dedupeKey })!;

describe("queueing", () => {
  it("joins the caller's transaction: nothing is queued when it rolls back", () => {
    expect(() =>
      t.db.transaction((tx) => {
        queueEmail(tx, { to: "a@b.example", subject: "x", text: "y" });
        throw new Error("write failed");
      }),
    ).toThrow("write failed");
    expect(t.db.select().from(emailOutbox).all()).toHaveLength(0);
  });

  it("is idempotent with a dedupe key", () => {
    expect(queue("a@b.example", "k1")).toBeTypeOf("number");
    expect(queueEmail(t.db, { to: "a@b.example", subject: "again", text: "y", dedupeKey: "k1" })).toBeNull();
    expect(t.db.select().from(emailOutbox).all()).toHaveLength(1);
  });
});

describe("delivery over SMTP", () => {
  it("sends queued mail once, with a Message-ID fixed by the row", async () => {
    const smtp = new FakeSmtp();
    const id = queue();
    expect(await deliverDueEmails(t.db, options(smtp))).toMatchObject({ sent: 1 });
    expect(await deliverDueEmails(t.db, options(smtp))).toMatchObject({ sent: 0 });
    expect(smtp.sent).toHaveLength(1);
    expect(smtp.sent[0]).toMatchObject({
      to: "pat@widgets.example",
      from: "Atlas <no-reply@atlas.example>",
      subject: "Hello",
      html: "<p>Body</p>",
    });
    expect(smtp.sent[0]!.messageId).toMatch(new RegExp(`^<outbox-${id}-\\d+@atlas\\.example>$`));
    expect(rowOf(id)).toMatchObject({ status: "sent", attempts: 1, lastError: null });
  });

  it("retries a failure after an exponential backoff, counting attempts", async () => {
    const smtp = new FakeSmtp();
    smtp.failuresLeft = 2;
    const id = queue();
    expect(await deliverDueEmails(t.db, options(smtp))).toMatchObject({ retrying: 1 });
    expect(rowOf(id)).toMatchObject({ status: "queued", attempts: 1, lastError: "421 Service not available" });
    expect(rowOf(id).nextAttemptAt!.getTime()).toBe(clock + backoffMs(1));
    // Not due yet: nothing happens.
    expect(await deliverDueEmails(t.db, options(smtp))).toMatchObject({ sent: 0, retrying: 0 });
    clock += backoffMs(1);
    expect(await deliverDueEmails(t.db, options(smtp))).toMatchObject({ retrying: 1 });
    expect(rowOf(id).nextAttemptAt!.getTime()).toBe(clock + backoffMs(2));
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
    clock += backoffMs(2);
    expect(await deliverDueEmails(t.db, options(smtp))).toMatchObject({ sent: 1 });
    expect(rowOf(id)).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("gives up after the maximum number of attempts", async () => {
    const smtp = new FakeSmtp();
    smtp.failuresLeft = 99;
    const id = queue();
    for (let i = 0; i < 3; i++) {
      await deliverDueEmails(t.db, options(smtp, { maxAttempts: 3 }));
      clock += backoffMs(10);
    }
    expect(rowOf(id)).toMatchObject({ status: "failed", attempts: 3 });
    clock += backoffMs(10);
    await deliverDueEmails(t.db, options(smtp, { maxAttempts: 3 }));
    expect(rowOf(id).attempts).toBe(3);
  });

  it("recovers a message whose sender crashed mid-send, with the same Message-ID", async () => {
    const id = queue();
    // A process claims the row, then dies before it can record the result.
    expect(claimNextEmail(t.db, new Date(clock), 10 * 60_000)?.id).toBe(id);
    expect(rowOf(id).status).toBe("sending");
    const smtp = new FakeSmtp();
    // Another run during the lease leaves it alone (the first sender may still be working)…
    expect(await deliverDueEmails(t.db, options(smtp))).toMatchObject({ sent: 0 });
    // …and picks it up once the lease has run out.
    clock += 10 * 60_000 + 1;
    expect(await deliverDueEmails(t.db, options(smtp))).toMatchObject({ sent: 1 });
    expect(rowOf(id)).toMatchObject({ status: "sent", attempts: 2 });
    expect(smtp.sent[0]!.messageId).toMatch(new RegExp(`^<outbox-${id}-`));
  });

  it("never sends a message twice when two deliverers run at once", async () => {
    for (let i = 0; i < 20; i++) queue(`u${i}@widgets.example`);
    const smtp = new FakeSmtp();
    const slow: MailTransport = {
      send: async (m) => {
        await new Promise((r) => setTimeout(r, 1));
        await smtp.send(m);
      },
    };
    await Promise.all([deliverDueEmails(t.db, options(slow)), deliverDueEmails(t.db, options(slow))]);
    expect(smtp.sent).toHaveLength(20);
    expect(new Set(smtp.sent.map((m) => m.to)).size).toBe(20);
  });
});

describe("without SMTP", () => {
  it("keeps queued mail as stored, readable in the outbox", async () => {
    const id = queue();
    expect(await deliverDueEmails(t.db, options(null))).toMatchObject({ stored: 1 });
    expect(rowOf(id)).toMatchObject({ status: "stored", attempts: 0 });
  });
});

describe("templates", () => {
  it("escape what people typed in the HTML part and keep links usable", () => {
    const m = mail.reviewDecision(
      "a@b.example",
      "<Ann>",
      'Lab "X" <script>',
      "changes_requested",
      "Use <b>bold</b> & more",
      "https://atlas.example/dashboard/teams/x/edit",
    );
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("&lt;script&gt;");
    expect(m.html).toContain("Use &lt;b&gt;bold&lt;/b&gt; &amp; more");
    expect(m.html).toContain('href="https://atlas.example/dashboard/teams/x/edit"');
    expect(m.text).toContain("https://atlas.example/dashboard/teams/x/edit");
  });

  it("admins see sign-in links with their tokens hidden", () => {
    const body = mail.verifyEmail(
      "a@b.example",
      "A",
      "https://atlas.example/api/auth/verify-email?token=eyJhbGc.abc-DEF_123&callbackURL=%2Fwelcome",
    ).text;
    expect(redactTokens(body)).toContain("token=[hidden]&callbackURL");
    expect(redactTokens("https://x/api/auth/reset-password/AbC123xyz?callbackURL=/r")).toBe(
      "https://x/api/auth/reset-password/[hidden]?callbackURL=/r",
    );
  });
});
