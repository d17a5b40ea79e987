// The JSON search API and the suggest endpoint, called as Next.js would call them, against a
// seeded temporary database.
import { describe, expect, it } from "vitest";
import { useDemoApp } from "@/tests/support/app-db";
import { lastSearchEvent } from "@/tests/support/search/demo";
import { GET as suggest } from "../../search/suggest/route";
import { GET } from "./route";

const app = useDemoApp({ snapshots: true });

async function call(qs: string) {
  const res = await GET(new Request(`http://localhost/api/v1/teams${qs}`));
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { results: Record<string, unknown>[]; total: number },
  };
}

describe("GET /api/v1/teams", () => {
  it("returns results with slugs, scores and matched fields, and facets", async () => {
    const { status, body } = await call("?q=graphene+coatings");
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.results[0]).toMatchObject({
      slug: "manchester-graphene-coatings",
      name: expect.any(String),
      institution: "University of Manchester",
      country: "GB",
      summary: expect.any(String),
      score: expect.any(Number),
      matchedFields: expect.arrayContaining(["name", "keywords"]),
      isDemo: true,
    });
    expect(body).toMatchObject({
      page: 1,
      pageCount: 1,
      facets: { country: expect.any(Array), availability: expect.any(Array) },
    });
  });

  it("lists every matching team for an empty q with filters, OR-ing repeated values", async () => {
    const gb = app.demo.docs.filter((d) => d.countryCode === "GB").length;
    const ie = app.demo.docs.filter((d) => d.countryCode === "IE").length;
    expect((await call("?country=GB")).body.total).toBe(gb);
    expect((await call("?country=GB&country=IE")).body.total).toBe(gb + ie);
    expect((await call("?country=gb&availability=now")).body.total).toBe(
      app.demo.docs.filter((d) => d.countryCode === "GB" && d.availability === "now").length,
    );
  });

  it("pages", async () => {
    const one = await call("?pageSize=10");
    const two = await call("?pageSize=10&page=2");
    expect(one.body.pageCount).toBe(Math.ceil(app.demo.docs.length / 10));
    expect(two.body.results.map((r) => r.slug)).not.toContain(one.body.results[0]!.slug);
  });

  it("records the query, filters and result count, and nothing else", async () => {
    await call("?q=shelf+life&country=GB");
    const row = lastSearchEvent(app.demo);
    expect(row).toMatchObject({ query: "shelf life", filters: { country: ["GB"] }, resultCount: expect.any(Number) });
  });

  it("records a search once, not again for each further page of it", async () => {
    await call("?q=water&pageSize=2");
    const first = lastSearchEvent(app.demo)!;
    expect(first).toMatchObject({ query: "water" });
    await call("?q=water&pageSize=2&page=2");
    await call("?q=water&pageSize=2&page=3");
    expect(lastSearchEvent(app.demo)!.id).toBe(first.id);
  });

  it.each([
    ["an unknown parameter", "?q=x&colour=red", "colour"],
    ["an unknown filter value", "?country=ZZ", "country"],
    ["a malformed field", "?field=%3Cscript%3E", "field"],
    ["page=-1", "?page=-1", "page"],
    ["page=1e9", "?page=1e9", "page"],
    ["a 10,000-character q", `?q=${"a".repeat(10_000)}`, "q"],
  ])("answers %s with a 400 naming the parameter", async (_label, qs, name) => {
    const { status, body } = await call(qs);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: { code: "bad_request", message: expect.stringContaining(name), fields: { [name]: expect.any(String) } },
    });
  });

  it.each([
    ["only stop words", "?q=the+and+of"],
    ["only stop words of other languages", "?q=de+la+los+und+der"],
    ["control characters", "?q=gra%00phene%07%1B"],
    ["an unbalanced quote", "?q=%22graphene+coatings"],
    ["a nonsense word", "?q=zzqqxxjj"],
  ])("answers %s sanely with a 200", async (_label, qs) => {
    const { status, body } = await call(qs);
    expect(status).toBe(200);
    expect(Array.isArray(body.results)).toBe(true);
  });

  it.each([
    ["only punctuation", "?q=%3F%21%2E%2C%3B"],
    ["emoji only", "?q=%F0%9F%8D%9E%F0%9F%94%A5%F0%9F%92%A7"],
    ["50,000 characters", `?q=${"water+treatment+".repeat(3125)}`],
  ])("answers %s with a 400 naming q", async (_label, qs) => {
    const { status, body } = await call(qs);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/q/);
  });

  it("reports the words searched for and accepts a 5,000-character pasted problem", async () => {
    const { status, body } = await call(
      `?q=${encodeURIComponent("we need help with wastewater from dyeing ".repeat(120).slice(0, 5000))}`,
    );
    expect(status).toBe(200);
    expect(body.usedTerms).toEqual(expect.arrayContaining(["wastewater", "dyeing"]));
    expect(body.total).toBeGreaterThan(0);
  });
});

describe("GET /api/search/suggest", () => {
  const get = async (qs: string) => {
    const res = await suggest(new Request(`http://localhost/api/search/suggest${qs}`));
    return {
      status: res.status,
      body: (await res.json()) as { suggestions: { kind: string; text: string; slug?: string }[] },
    };
  };

  it("suggests terms and teams for a prefix", async () => {
    const { status, body } = await get("?q=grap");
    expect(status).toBe(200);
    expect(body.suggestions).toContainEqual({ kind: "term", text: "graphene" });
    expect(body.suggestions.some((s) => s.kind === "team" && s.slug === "manchester-graphene-coatings")).toBe(true);
  });

  it("is empty for an empty q, copes with long input, and rejects a bad limit", async () => {
    expect((await get("?q=")).body.suggestions).toEqual([]);
    expect((await get(`?q=${"graphene ".repeat(2000)}`)).status).toBe(200);
    expect((await get("?q=a&limit=abc")).status).toBe(400);
  });
});
