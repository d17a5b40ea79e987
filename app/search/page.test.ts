// The /search page rendered on the server against the demo data (the e2e suite covers the
// browser side): highlights, facets, demo labels, zero-result help, metadata, odd input.
import { renderToString } from "react-dom/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { searchIndexManager } from "@/lib/search/service";
import { useDemoApp } from "@/tests/support/app-db";
import { countSearchEvents, lastSearchEvent } from "@/tests/support/search/demo";
import SearchPage, { generateMetadata } from "./page";

// The page reads the request's Referer (to count a search once); this stands in for the request.
const request = vi.hoisted(() => ({ headers: new Headers({ host: "atlas.test" }) }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
const cameFrom = (referer: string | null) => {
  request.headers = new Headers({ host: "atlas.test", ...(referer ? { referer: `http://atlas.test${referer}` } : {}) });
};

const app = useDemoApp({ snapshots: true });
afterAll(async () => {
  await searchIndexManager().flushSnapshot();
});

/** Server-rendered HTML, without React's text-boundary comments. */
const render = async (sp: Record<string, string | string[]>) =>
  renderToString(
    (await SearchPage({ searchParams: Promise.resolve(sp) })) as Parameters<typeof renderToString>[0],
  ).replaceAll("<!-- -->", "");

describe("/search", () => {
  it("shows highlighted results, why they matched, facets with counts, and demo labels", async () => {
    const html = await render({ q: "graphene coatings", country: ["GB", "SE"] });
    expect(html).toContain("2 teams for “graphene coatings”");
    expect(html).toMatch(/<mark>Graphene<\/mark>/);
    expect(html).toContain("Matched in:");
    expect(html).toContain("Demo data");
    expect(html).toMatch(/name="country" checked="" value="GB"/);
    expect(html).toContain("Country: United Kingdom");
    expect(lastSearchEvent(app.demo)).toMatchObject({
      query: "graphene coatings",
      filters: { country: ["GB", "SE"] },
      resultCount: 2,
    });
  });

  it("offers other spellings and a curator when nothing matches", async () => {
    const html = await render({ q: "grafeenne" });
    expect(html).toContain("No teams found");
    expect(html).toContain('<a href="/search?q=graphene">graphene</a>');
    expect(html).toContain('href="/contact?need=grafeenne"');
  });

  it("suggests dropping the filter that empties the results", async () => {
    const html = await render({ q: "graphene", country: "JP" });
    expect(html).toContain("Remove the country filter");
  });

  it("explains ignored parameters and pages past the end", async () => {
    const html = await render({ page: "-1", country: "ZZ" });
    expect(html).toContain("was not understood");
    expect(await render({ page: "999" })).toContain("There is no page 999");
    expect(await render({ q: "x".repeat(10_000) })).toContain("shortened");
  });

  it("records a search once: not again for its later pages, another sort order or page 1 again", async () => {
    const count = () => countSearchEvents(app.demo);
    cameFrom("/");
    await render({ q: "Water treatment" });
    const before = count();
    expect(lastSearchEvent(app.demo)).toMatchObject({ query: "Water treatment", filters: {} });
    cameFrom("/search?q=Water+treatment");
    await render({ q: "Water treatment", page: "2" });
    cameFrom("/search?q=Water+treatment&page=2");
    await render({ q: "Water treatment", page: "3" });
    await render({ q: "water  treatment" });
    cameFrom("/search?q=Water+treatment");
    await render({ q: "Water treatment", sort: "updated" });
    expect(count()).toBe(before);

    // A filter or other words make it a different search, counted once more.
    await render({ q: "Water treatment", country: "GB" });
    expect(count()).toBe(before + 1);
    expect(lastSearchEvent(app.demo)).toMatchObject({ query: "Water treatment", filters: { country: ["GB"] } });
    // A shared link to page 2 is still not a new search; the same search started afresh is.
    cameFrom(null);
    await render({ q: "Water treatment", page: "2" });
    expect(count()).toBe(before + 1);
    await render({ q: "Water treatment" });
    expect(count()).toBe(before + 2);
  });

  it("describes the search in its title", async () => {
    expect(await generateMetadata({ searchParams: Promise.resolve({ q: "graphene" }) })).toMatchObject({
      title: "“graphene” — search teams",
    });
    expect(await generateMetadata({ searchParams: Promise.resolve({}) })).toMatchObject({ title: "Search teams" });
  });
});
