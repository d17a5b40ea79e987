// The permission matrix tested against the endpoints themselves: every persona × every action on
// requests in each state, through the route handlers (session → viewer replaced by a stub that
// returns the persona, as requestContext would), with the HTTP status each must get.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { introductionRequests, requestEvents } from "@/db/schema";
import type { DalContext } from "@/lib/dal/context";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";
import { BROKERED_TEAM, OTHER_TEAM, useCast, requestInput } from "../support/introductions";
import { intermediaryBySlug, teamBySlug } from "../support/people";

let current: DalContext;
vi.mock("@/lib/dal/request-context", () => ({ requestContext: async () => current }));

const list = await import("@/app/api/introductions/route");
const one = await import("@/app/api/introductions/[id]/route");
const steps = await import("@/app/api/introductions/[id]/steps/route");
const messages = await import("@/app/api/introductions/[id]/messages/route");
const queue = await import("@/app/api/introductions/queue/route");
const inbox = await import("@/app/api/introductions/inbox/route");

const c = useCast();
let personas: Record<string, Viewer>;
let otherIntermediary: number;
beforeAll(() => {
  otherIntermediary = intermediaryBySlug(c.t, "demo-global-tech-transfer-network");
  personas = {
    visitor: ANONYMOUS,
    owner: c.ukSme.viewer(),
    otherSme: c.sme.viewer(),
    teamMember: c.ukMember.viewer(),
    otherMember: c.usMember.viewer(),
    broker: c.broker.viewer(),
    otherBroker: c.otherBroker.viewer(),
    curator: c.curator.viewer(),
    admin: c.admin.viewer(),
  };
});

const as = (name: string) => {
  current = c.t.ctx(personas[name]!);
};
const BASE = "http://127.0.0.1:3100";
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "127.0.0.1:3100", ...headers },
    body: JSON.stringify(body),
  });
const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });

type State = "submitted" | "forwarded" | "accepted";
let seq = 0;
/** A request from the UK firm to the Manchester team (brokered), put straight into a state. */
function fixture(state: State): number {
  const now = new Date();
  const team = teamBySlug(c.t, BROKERED_TEAM);
  const row = c.t.db
    .insert(introductionRequests)
    .values({
      teamId: team.id,
      smeUserId: c.ukSme.id,
      brokerId: c.brokerId,
      companyName: "Leeds Widgets Ltd",
      companySize: "micro",
      countryCode: "GB",
      sector: "C",
      need: "A need of some length, described in plain words for the matrix test.",
      consentShareContact: true,
      status: state,
      idempotencyKey: `fixture-${++seq}`,
      submittedAt: now,
      forwardedAt: state === "submitted" ? null : now,
      acceptedAt: state === "accepted" ? now : null,
      firstResponseAt: state === "accepted" ? now : null,
    })
    .returning({ id: introductionRequests.id })
    .get();
  c.t.db.insert(requestEvents).values({ requestId: row.id, status: "submitted", actorUserId: c.ukSme.id }).run();
  return row.id;
}

const ALL = ["visitor", "owner", "otherSme", "teamMember", "otherMember", "broker", "otherBroker", "curator", "admin"];
const READERS: Record<State, string[]> = {
  submitted: ["owner", "broker", "curator", "admin"],
  forwarded: ["owner", "teamMember", "broker", "curator", "admin"],
  accepted: ["owner", "teamMember", "broker", "curator", "admin"],
};
const BODIES: Record<string, object> = {
  "pick-up": { action: "pick-up" },
  note: { action: "note", note: "A triage note." },
  forward: { action: "forward", note: "Over to you." },
  suggest: { action: "suggest", teams: [OTHER_TEAM] },
  decline: { action: "decline", reason: "Not something the team can help with." },
  accept: { action: "accept" },
  connect: { action: "connect" },
  close: { action: "close", note: "Done." },
  withdraw: { action: "withdraw" },
  reassign: { action: "reassign", note: "Their team knows this market better." },
};
const STAFF_AND_BROKER = ["broker", "curator", "admin"];
const ALLOWED: Record<State, Record<string, string[]>> = {
  submitted: {
    "pick-up": STAFF_AND_BROKER,
    note: STAFF_AND_BROKER,
    forward: STAFF_AND_BROKER,
    suggest: STAFF_AND_BROKER,
    decline: STAFF_AND_BROKER,
    accept: [],
    connect: [],
    close: [],
    withdraw: ["owner"],
    reassign: STAFF_AND_BROKER,
  },
  forwarded: {
    "pick-up": [],
    note: [],
    forward: [],
    suggest: STAFF_AND_BROKER,
    decline: ["teamMember"],
    accept: ["teamMember"],
    connect: [],
    close: [],
    withdraw: ["owner"],
    reassign: [],
  },
  accepted: {
    "pick-up": [],
    note: [],
    forward: [],
    suggest: STAFF_AND_BROKER,
    decline: [],
    accept: [],
    connect: ["owner", "teamMember"],
    close: READERS.accepted,
    withdraw: ["owner"],
    reassign: [],
  },
};

/** The status a persona must get: 2xx when allowed; 401 signed out; 404 when it may not even read the request; 403 otherwise. */
function expected(state: State, persona: string, allowed: string[], ok: number): number {
  if (allowed.includes(persona)) return ok;
  if (persona === "visitor") return 401;
  return READERS[state].includes(persona) ? 403 : 404;
}

describe.each(["submitted", "forwarded", "accepted"] as const)("a %s request, through the API", (state) => {
  it.each(ALL)("GET /api/introductions/:id as %s", async (persona) => {
    const id = fixture(state);
    as(persona);
    const res = await one.GET(new Request(`${BASE}/api/introductions/${id}`), params(id));
    expect(res.status).toBe(expected(state, persona, READERS[state], 200));
    if (res.status === 200) {
      const body = (await res.json()) as { teamContact?: unknown; smeContact?: unknown };
      expect("teamContact" in body).toBe(persona !== "owner" ? persona !== "broker" : state === "accepted");
    }
  });

  it.each(ALL)("POST /api/introductions/:id/messages as %s", async (persona) => {
    const id = fixture(state);
    as(persona);
    const res = await messages.POST(
      post(`/api/introductions/${id}/messages`, { body: "Hello <b>there</b>" }),
      params(id),
    );
    expect(res.status).toBe(expected(state, persona, READERS[state], 201));
  });

  for (const action of Object.keys(BODIES)) {
    it.each(ALL)(`POST /api/introductions/:id/steps ${action} as %s`, async (persona) => {
      const id = fixture(state);
      as(persona);
      const body = action === "reassign" ? { ...BODIES[action], intermediaryId: otherIntermediary } : BODIES[action];
      const res = await steps.POST(post(`/api/introductions/${id}/steps`, body), params(id));
      expect(res.status).toBe(expected(state, persona, ALLOWED[state][action]!, 200));
    });
  }
});

describe("sending through the API", () => {
  it("needs a signed-in firm, a JSON body from this site, and sends once per Idempotency-Key", async () => {
    const body = requestInput(OTHER_TEAM);
    const { idempotencyKey: _k, ...rest } = body;
    as("visitor");
    expect((await list.POST(post("/api/introductions", body))).status).toBe(401);
    as("teamMember");
    expect((await list.POST(post("/api/introductions", body))).status).toBe(403);
    as("otherSme");
    expect((await list.POST(post("/api/introductions", { ...body, need: "too short" }))).status).toBe(400);
    expect((await list.POST(post("/api/introductions", { ...body, website: "spam" }))).status).toBe(400);
    expect(
      (
        await list.POST(
          new Request(`${BASE}/api/introductions`, {
            method: "POST",
            headers: { "content-type": "text/plain" },
            body: JSON.stringify(body),
          }),
        )
      ).status,
    ).toBe(400);
    expect((await list.POST(post("/api/introductions", body, { origin: "https://evil.example" }))).status).toBe(403);
    const first = await list.POST(post("/api/introductions", rest, { "idempotency-key": "api-key-123456" }));
    expect(first.status).toBe(201);
    const again = await list.POST(post("/api/introductions", rest, { "idempotency-key": "api-key-123456" }));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: number }).id).toBe(((await first.json()) as { id: number }).id);
    const mine = (await (await list.GET(new Request(`${BASE}/api/introductions`))).json()) as {
      items: { team: { slug: string } }[];
    };
    expect(mine.items.map((i) => i.team.slug)).toContain(OTHER_TEAM);
  });

  it("shows queues and inboxes only to their people", async () => {
    const codes: Record<string, [number, number]> = {};
    for (const p of ALL) {
      as(p);
      codes[p] = [
        (await queue.GET(new Request(`${BASE}/api/introductions/queue?status=all`))).status,
        (await inbox.GET(new Request(`${BASE}/api/introductions/inbox`))).status,
      ];
    }
    expect(codes).toEqual({
      visitor: [401, 401],
      owner: [403, 403],
      otherSme: [403, 403],
      teamMember: [403, 200],
      otherMember: [403, 200],
      broker: [200, 200],
      otherBroker: [200, 200],
      curator: [200, 200],
      admin: [200, 200],
    });
    as("otherBroker");
    // Only what was passed to its intermediary above (by the broker, a curator and an admin).
    const theirs = (await (await queue.GET(new Request(`${BASE}/api/introductions/queue?status=all`))).json()) as {
      items: { broker: string }[];
    };
    expect(theirs.items.map((i) => i.broker)).toEqual(Array(3).fill("Global Tech Transfer Network (demo)"));
    as("broker");
    expect((await queue.GET(new Request(`${BASE}/api/introductions/queue?broker=${c.brokerId + 1}`))).status).toBe(403);
  });
});
