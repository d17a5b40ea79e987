// Handing a request in triage to another intermediary, through the JSON API as people (and
// attackers) would: who may, what the new brokers get, and that the old broker loses the request.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog } from "@/db/schema";
import type { DalContext } from "@/lib/dal/context";
import { getIntroductionRequest } from "@/lib/dal/introductions/detail";
import { listBrokerQueue } from "@/lib/dal/introductions/dashboards";
import type { Viewer } from "@/lib/viewer";
import { BROKERED_TEAM, useCast, eventsOf, mailTo, send, statusOf } from "../support/introductions";
import { addPerson, intermediaryBySlug } from "../support/people";

let current: DalContext;
vi.mock("@/lib/dal/request-context", () => ({ requestContext: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));
const one = await import("@/app/api/introductions/[id]/route");
const { requestStepAction } = await import("@/app/introductions/actions");
const steps = await import("@/app/api/introductions/[id]/steps/route");

const c = useCast();
let northern: number;
let global: number;
let globalBroker: ReturnType<typeof addPerson>;
beforeAll(() => {
  northern = c.brokerId;
  global = intermediaryBySlug(c.t, "demo-global-tech-transfer-network");
  globalBroker = c.otherBroker;
});

const BASE = "http://127.0.0.1:3100";
const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
const as = (p: { viewer: () => Viewer }) => {
  current = c.t.ctx(p.viewer());
};
async function step(p: { viewer: () => Viewer }, id: number, body: unknown, headers: Record<string, string> = {}) {
  as(p);
  const res = await steps.POST(
    new Request(`${BASE}/api/introductions/${id}/steps`, {
      method: "POST",
      headers: { "content-type": "application/json", host: "127.0.0.1:3100", ...headers },
      body: JSON.stringify(body),
    }),
    params(id),
  );
  return {
    status: res.status,
    body: (await res.json()) as { status?: string; error?: { message: string; fields?: Record<string, string> } },
  };
}
async function read(p: { viewer: () => Viewer }, id: number) {
  as(p);
  return (await one.GET(new Request(`${BASE}/api/introductions/${id}`), params(id))).status;
}
const NOTE = "Their Rotterdam office knows coatings suppliers far better than we do.";
const pass = (to: number, note = NOTE) => ({ action: "reassign", intermediaryId: to, note });

describe("passing a request to another intermediary", () => {
  let id: number;
  beforeAll(() => {
    id = send(c, c.ukSme, BROKERED_TEAM, {
      companyCountry: "GB",
      companySector: "C",
      companyName: "Leeds Widgets Ltd",
    }).id;
  });

  it("starts in the routed intermediary's queue", () => {
    expect(statusOf(c, id).brokerId).toBe(northern);
  });

  it("is refused to everyone but the request's broker and curators, without revealing the request", async () => {
    expect((await step(globalBroker, id, pass(global))).status).toBe(404); // another intermediary's broker
    expect((await step(c.ukMember, id, pass(global))).status).toBe(404); // the team: not forwarded yet
    expect((await step(c.otherSme, id, pass(global))).status).toBe(404); // another firm
    expect((await step(c.ukSme, id, pass(global))).status).toBe(403); // the firm itself
    expect(statusOf(c, id).brokerId).toBe(northern);
  });

  it("names what is wrong with a bad target or a missing note", async () => {
    const same = await step(c.broker, id, pass(northern));
    expect(same.status).toBe(400);
    expect(same.body.error?.fields).toEqual({ intermediaryId: "Choose another intermediary" });
    const unknown = await step(c.broker, id, pass(987_654));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.fields?.intermediaryId).toBe("Choose an intermediary from the list");
    const noNote = await step(c.broker, id, { action: "reassign", intermediaryId: global });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error?.fields?.note).toMatch(/required/);
    const junk = await step(c.broker, id, { action: "reassign", intermediaryId: "1; drop table", note: NOTE });
    expect(junk.status).toBe(400);
    const crossSite = await step(c.broker, id, pass(global), { origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(statusOf(c, id).brokerId).toBe(northern);
  });

  it("moves it, e-mails the new intermediary's brokers and records it on the timeline and in the audit log", async () => {
    expect((await step(c.broker, id, { action: "pick-up", note: null })).body.status).toBe("triaged");
    const res = await step(c.broker, id, pass(global));
    expect(res).toEqual({ status: 200, body: { id, status: "submitted" } });
    expect(statusOf(c, id)).toMatchObject({ brokerId: global, status: "submitted" });
    expect(eventsOf(c, id).at(-1)).toBe("reassigned");

    const mail = mailTo(c, globalBroker.email).filter((m) =>
      m.subject.startsWith("Introduction request passed to Global Tech Transfer Network (demo)"),
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]!.textBody).toContain(NOTE);
    expect(mail[0]!.textBody).toContain("Northern Innovation Exchange (demo) has passed this request");
    expect(mail[0]!.textBody).toContain(`/introductions/${id}`);

    const audit = c.t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "request.reassign"), eq(auditLog.entityId, String(id))))
      .all();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toEqual({ brokerId: northern, status: "triaged" });
    expect(audit[0]!.after).toMatchObject({ brokerId: global, status: "submitted" });
  });

  it("puts it in the new queue and takes it away from the old broker", async () => {
    const theirs = listBrokerQueue(c.t.ctx(globalBroker.viewer()), { status: "waiting", age: "any", sort: "oldest" });
    expect(theirs.items.map((i) => i.id)).toContain(id);
    const ours = listBrokerQueue(c.t.ctx(c.broker.viewer()), { status: "all", age: "any", sort: "oldest" });
    expect(ours.items.map((i) => i.id)).not.toContain(id);
    expect(await read(c.broker, id)).toBe(404);
    expect((await step(c.broker, id, { action: "forward", note: null })).status).toBe(404);
    expect((await step(c.broker, id, pass(northern))).status).toBe(404);

    expect(await read(globalBroker, id)).toBe(200);
    const view = getIntroductionRequest(c.t.ctx(globalBroker.viewer()), id);
    expect(view.party).toBe("broker");
    expect(view.can).toMatchObject({ triage: true, reassign: true });
    expect(view.reassignTargets.map((t) => t.id)).toEqual([northern]);
    expect(view.events.at(-1)).toMatchObject({
      status: "reassigned",
      note: `From Northern Innovation Exchange (demo) to Global Tech Transfer Network (demo): ${NOTE}`,
    });
  });

  it("shows the firm the step, not the brokers' note", () => {
    const view = getIntroductionRequest(c.t.ctx(c.ukSme.viewer()), id);
    expect(view.broker).toBe("Global Tech Transfer Network (demo)");
    expect(view.events.at(-1)).toMatchObject({ status: "reassigned", note: null });
    expect(view.reassignTargets).toEqual([]);
  });

  it("lets a curator pass it back and keep access; once forwarded it can no longer move", async () => {
    const curatorOfNorthern = addPerson(c.t, "curator", { intermediaryId: northern });
    expect((await step(c.curator, id, pass(northern, "Back to the UK brokers after all."))).status).toBe(200);
    expect(await read(c.curator, id)).toBe(200);
    expect(await read(globalBroker, id)).toBe(404);
    expect((await step(curatorOfNorthern, id, { action: "forward", note: null })).body.status).toBe("forwarded");
    expect((await step(c.broker, id, pass(global))).status).toBe(403);
    expect((await step(c.curator, id, pass(global))).status).toBe(403);
    expect(statusOf(c, id).brokerId).toBe(northern);
  });
});

describe("the request page's server action, called directly", () => {
  const form = (fields: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return fd;
  };
  const act = async (p: { viewer: () => Viewer }, fields: Record<string, string>) => {
    as(p);
    try {
      return await requestStepAction({ status: "idle" }, form(fields));
    } catch (err) {
      return (err as Error).message;
    }
  };

  it("refuses another intermediary's broker and a bad choice, keeping what was typed; sends the broker back to the queue", async () => {
    const id = send(c, c.ukSme, "loughborough-sports-product-testing", {
      companyCountry: "GB",
      companySector: "C",
      companyName: "Leeds Widgets Ltd",
    }).id;
    const fields = { id: String(id), action: "reassign", intermediaryId: String(global), note: NOTE };
    expect(await act(globalBroker, fields)).toMatchObject({
      status: "error",
      message: "There is no such introduction request, or you cannot see it.",
    });
    const empty = await act(c.broker, { ...fields, intermediaryId: "" });
    expect(empty).toMatchObject({
      status: "error",
      fields: { intermediaryId: "Choose an intermediary from the list" },
      values: { note: NOTE },
    });
    expect(statusOf(c, id).brokerId).toBe(northern);
    expect(await act(c.broker, fields)).toBe(`REDIRECT /broker?done=reassign&id=${id}`);
    expect(statusOf(c, id).brokerId).toBe(global);
  });
});
