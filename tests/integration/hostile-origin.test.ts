// Issue 9 item 6: a malformed Origin header (browsers really send `Origin: null`) is a cross-site
// request, refused with 403 — never an uncaught `new URL()` and a 500.
import { describe, expect, it, vi } from "vitest";
import type { DalContext } from "@/lib/dal/context";
import { useCast } from "../support/introductions";

let current: DalContext;
vi.mock("@/lib/dal/request-context", () => ({ requestContext: async () => current }));

const list = await import("@/app/api/introductions/route");
const messages = await import("@/app/api/introductions/[id]/messages/route");
const steps = await import("@/app/api/introductions/[id]/steps/route");
const upload = await import("@/app/curate/import/upload/route");

const HOST = "127.0.0.1:3100";
const BASE = `http://${HOST}`;
const HOSTILE = [
  "null",
  "not a url",
  `http://${HOST}.evil.example`,
  `http://${HOST}@evil.example`,
  "http://[::1",
  "%ff",
];

const c = useCast();

const json = (path: string, origin: string, body: unknown = { body: "Hello there, a message." }) =>
  new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", host: HOST, origin },
    body: JSON.stringify(body),
  });
const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });

describe("JSON API", () => {
  it.each(HOSTILE)("POST /api/introductions/1/messages with Origin %j is 403", async (origin) => {
    current = c.t.ctx(c.ukSme.viewer());
    const res = await messages.POST(json("/api/introductions/1/messages", origin), params(1));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: expect.anything() });
  });
  it.each(HOSTILE)("POST /api/introductions and /steps with Origin %j are 403", async (origin) => {
    current = c.t.ctx(c.ukSme.viewer());
    expect((await list.POST(json("/api/introductions", origin, {}))).status).toBe(403);
    expect(
      (await steps.POST(json("/api/introductions/1/steps", origin, { action: "withdraw" }), params(1))).status,
    ).toBe(403);
  });
  it("accepts this site's own origin", async () => {
    current = c.t.ctx(c.ukSme.viewer());
    const res = await messages.POST(json("/api/introductions/999999/messages", BASE), params(999999));
    expect(res.status).toBe(404);
  });
});

describe("listing upload", () => {
  const form = (origin: string) => {
    const fd = new FormData();
    fd.set("targetStatus", "draft");
    fd.set("file", new File(["slug,name\n"], "x.csv", { type: "text/csv" }));
    return new Request(`${BASE}/curate/import/upload`, { method: "POST", headers: { host: HOST, origin }, body: fd });
  };
  it.each(HOSTILE)("POST /curate/import/upload with Origin %j is 403", async (origin) => {
    current = c.t.ctx(c.curator.viewer());
    const res = await upload.POST(form(origin));
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/Cross-site/);
  });
});
