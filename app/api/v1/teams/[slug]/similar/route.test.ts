// GET /api/v1/teams/{slug}/similar, called as Next.js calls it, on the seeded demo register.
import { describe, expect, it } from "vitest";
import { syncSearchIndex } from "@/lib/search/service";
import { useDemoApp } from "@/tests/support/app-db";
import { insertTeam, updateTeam } from "@/tests/support/search/team-writes";
import { GET } from "./route";

const app = useDemoApp({ snapshots: true });

interface Body {
  team?: string;
  basedOn?: string[];
  results?: { slug: string; sharedTerms: string[]; matchedFields: string[]; country: string }[];
  error?: { code: string; message: string };
}

async function call(slug: string, qs = "") {
  const res = await GET(new Request(`http://localhost/api/v1/teams/${slug}/similar${qs}`), {
    params: Promise.resolve({ slug }),
  });
  return { status: res.status, body: (await res.json()) as Body };
}

const idOf = (slug: string) => app.demo.docs.find((d) => d.slug === slug)!.id;
const setStatus = (slug: string, set: Parameters<typeof updateTeam>[2]) => {
  updateTeam(app.demo.db.db, idOf(slug), set);
  syncSearchIndex();
};

describe("GET /api/v1/teams/{slug}/similar", () => {
  it("lists up to six similar teams, never the team itself, with what they share", async () => {
    const { status, body } = await call("cranfield-water-treatment");
    expect(status).toBe(200);
    const slugs = body.results!.map((r) => r.slug);
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.length).toBeLessThanOrEqual(6);
    expect(slugs).not.toContain("cranfield-water-treatment");
    expect(slugs.slice(0, 2)).toEqual(
      expect.arrayContaining(["uwaterloo-industrial-water-treatment", "buet-textile-wastewater-reuse"]),
    );
    // Other institutions and countries are the point.
    expect(new Set(body.results!.map((r) => r.country)).size).toBeGreaterThan(1);
    for (const r of body.results!) {
      expect(r.sharedTerms.length).toBeGreaterThan(0);
      expect(r.matchedFields.length).toBeGreaterThan(0);
    }
    expect(body.basedOn).toContain("wastewater");
  });

  it("gives the same answer twice, and honours limit", async () => {
    const a = await call("stellenbosch-fruit-export-cold-chain");
    const b = await call("stellenbosch-fruit-export-cold-chain");
    expect(a.body).toEqual(b.body);
    const one = await call("stellenbosch-fruit-export-cold-chain", "?limit=1");
    expect(one.body.results!.map((r) => r.slug)).toEqual(a.body.results!.slice(0, 1).map((r) => r.slug));
  });

  it("never lists drafts, archived or merged teams", async () => {
    const base = (await call("cranfield-water-treatment")).body.results!.map((r) => r.slug);
    // A draft that says the same as the team is not published, so it cannot be similar.
    insertTeam(app.demo.db.db, "wastewater", {
      slug: "draft-wastewater-twin",
      status: "draft",
      name: "Small-Scale Water and Wastewater Treatment",
      keywords: ["water treatment", "wastewater", "effluent", "discharge permits"],
    });
    syncSearchIndex();
    setStatus(base[0]!, { status: "archived" });
    const after = (await call("cranfield-water-treatment")).body.results!.map((r) => r.slug);
    expect(after).not.toContain("draft-wastewater-twin");
    expect(after).not.toContain(base[0]);
    setStatus(base[0]!, { status: "published" });
    setStatus(base[1]!, { mergedIntoId: idOf("cranfield-water-treatment") });
    expect((await call("cranfield-water-treatment")).body.results!.map((r) => r.slug)).not.toContain(base[1]);
    setStatus(base[1]!, { mergedIntoId: null });
  });

  it("is 404 JSON for an unknown, draft or archived team", async () => {
    for (const slug of ["no-such-team", "draft-wastewater-twin"]) {
      const { status, body } = await call(slug);
      expect(status).toBe(404);
      expect(body.error!.code).toBe("not_found");
    }
  });

  it.each([
    ["?limit=0", /limit must be 1 or more/],
    ["?limit=13", /at most 12/],
    ["?limit=abc", /whole number/],
    ["?limit=2&limit=3", /once/],
    ["?sort=updated", /Unknown parameter/],
  ])("is 400 JSON for %s", async (qs, message) => {
    const { status, body } = await call("cranfield-water-treatment", qs);
    expect(status).toBe(400);
    expect(body.error!.message).toMatch(message);
  });

  it("is 404 JSON for an address that cannot be a team's, like every /api/v1 address", async () => {
    const { status, body } = await call("Not%20A%20Slug!");
    expect(status).toBe(404);
    expect(body.error!.code).toBe("not_found");
  });
});
