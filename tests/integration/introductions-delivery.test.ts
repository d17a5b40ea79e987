// The outbox survives a crash mid-send: a delivering process is killed while a real SMTP server
// (smtp-server) holds its message unanswered; the next run delivers every message exactly once,
// recognisable by the Message-ID fixed per outbox row.
import { spawn, type ChildProcess } from "node:child_process";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { messageIdFor } from "@/lib/email/deliver";
import { postRequestMessage } from "@/lib/dal/introductions/messages";
import { startCaptureServer, type CaptureServer } from "../../scripts/smtp-capture";
import { BROKERED_TEAM, DIRECT_TEAM, useCast, send } from "../support/introductions";

const c = useCast();
let smtp: CaptureServer;
beforeAll(async () => {
  smtp = await startCaptureServer();
});
afterAll(() => smtp.close());

const LEASE_MS = 1500;

function deliverInChild(): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>;
} {
  const child = spawn(
    "npx",
    ["tsx", "--conditions=react-server", "tests/support/deliver-child.ts", c.t.path, smtp.url, String(LEASE_MS)],
    {
      cwd: process.cwd(),
      env: { ...process.env, NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let out = "";
  child.stdout!.on("data", (d) => (out += String(d)));
  child.stderr!.on("data", (d) => (out += String(d)));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, out })),
  );
  return { child, done };
}

async function until(check: () => boolean, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const rows = () => c.t.db.select().from(emailOutbox).orderBy(asc(emailOutbox.id)).all();

describe("e-mail delivery when the process dies mid-send", () => {
  it("neither loses nor duplicates a message", async () => {
    const direct = send(c, c.sme, DIRECT_TEAM).id;
    const brokered = send(c, c.ukSme, BROKERED_TEAM, {
      companyCountry: "GB",
      companySector: "C",
      companyName: "Leeds Widgets Ltd",
    }).id;
    postRequestMessage(c.t.ctx(c.usMember.viewer()), direct, "Could you tell us more about the port?");
    const queued = rows();
    expect(queued.length).toBeGreaterThanOrEqual(5);
    expect(queued.every((r) => r.status === "queued")).toBe(true);

    // 1. The server takes the first message and never answers; the sender is killed while waiting.
    smtp.setStall(true);
    const first = deliverInChild();
    await until(() => smtp.arrived >= 1, 45_000, "the first message to reach the stalling server");
    process.kill(-first.child.pid!, "SIGKILL");
    const killed = await first.done;
    expect(killed.signal).toBe("SIGKILL");
    expect(smtp.accepted).toHaveLength(0);
    const afterCrash = rows();
    expect(afterCrash[0]!.status).toBe("sending");
    expect(afterCrash.slice(1).every((r) => r.status === "queued")).toBe(true);

    // 2. Once the dead sender's lease has run out, a new run delivers everything.
    smtp.setStall(false);
    await new Promise((r) => setTimeout(r, LEASE_MS + 200));
    const second = deliverInChild();
    const result = await second.done;
    expect(result.code, result.out).toBe(0);
    const sent = rows();
    expect(sent.every((r) => r.status === "sent")).toBe(true);
    expect(sent[0]!.attempts).toBe(2);

    // 3. Exactly one copy of each message arrived, each with its row's Message-ID.
    const ids = smtp.accepted.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(sent.map((r) => messageIdFor(r.id, r.createdAt, "expertise-atlas.test")).sort());
    for (const r of sent) {
      const copies = smtp.accepted.filter(
        (m) => m.messageId === messageIdFor(r.id, r.createdAt, "expertise-atlas.test"),
      );
      expect(copies).toHaveLength(1);
      expect(copies[0]!.to).toEqual([r.toAddress]);
      expect(copies[0]!.subject).toBe(r.subject);
    }
    expect(smtp.accepted.find((m) => m.to.includes(c.ukSme.email))!.text).toContain(`/introductions/${brokered}`);

    // 4. Running again sends nothing more.
    const third = deliverInChild();
    expect((await third.done).code).toBe(0);
    expect(smtp.accepted).toHaveLength(sent.length);
  }, 150_000);
});
