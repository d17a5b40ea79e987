// /sitemap.xml and /robots.txt on the seeded demo register: only live published pages, each with
// its last change; drafts, archived and merged listings and private areas never appear.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as sitemapFile } from "@/app/sitemaps/[file]/route";
import { GET as sitemap } from "@/app/sitemap.xml/route";
import robots from "@/app/robots";
import { institutions, teams } from "@/db/schema";
import { createCollection, addTeamToCollection } from "@/lib/dal/curation/collection-writes";
import { useDemoApp } from "@/tests/support/app-db";

const app = useDemoApp({ env: { APP_URL: "https://atlas.example" } });
let xml = "";
let hidden: { draft: string; merged: string; collection: string };
const published = () => app.demo.db.db.select().from(teams).where(eq(teams.status, "published")).all();

beforeAll(async () => {
  const [draft, merged, survivor] = published();
  app.demo.db.db.update(teams).set({ status: "draft" }).where(eq(teams.id, draft!.id)).run();
  app.demo.db.db
    .update(teams)
    .set({ status: "archived", mergedIntoId: survivor!.id })
    .where(eq(teams.id, merged!.id))
    .run();
  const unpublished = createCollection(app.demo.db.systemCtx(), {
    title: "Not yet public",
    editorialNote: "",
    published: false,
  });
  addTeamToCollection(app.demo.db.systemCtx(), unpublished.slug, survivor!.slug, "");
  const res = sitemap();
  expect(res.headers.get("content-type")).toMatch(/^application\/xml/);
  xml = await res.text();
  hidden = { draft: draft!.slug, merged: merged!.slug, collection: unpublished.slug };
});

describe("/sitemap.xml", () => {
  it("lists every live published team, with its last change", () => {
    const live = published();
    expect(live.length).toBeGreaterThan(100);
    for (const t of live) expect(xml).toContain(`<loc>https://atlas.example/teams/${t.slug}</loc>`);
    const t = live[0]!;
    expect(xml).toContain(
      `<loc>https://atlas.example/teams/${t.slug}</loc><lastmod>${t.updatedAt.toISOString()}</lastmod>`,
    );
  });

  it("never lists drafts, merged listings or unpublished collections", () => {
    expect(xml).not.toContain(`/teams/${hidden.draft}<`);
    expect(xml).not.toContain(`/teams/${hidden.merged}<`);
    expect(xml).not.toContain(`/collections/${hidden.collection}<`);
    for (const p of ["/account", "/curate", "/dashboard", "/admin", "/introductions", "/search"])
      expect(xml).not.toContain(`https://atlas.example${p}`);
  });

  it("lists institutions and countries that have teams, and published collections", () => {
    const live = published()[0]!;
    const home = app.demo.db.db.select().from(institutions).where(eq(institutions.id, live.institutionId)).get()!;
    expect(xml).toContain(`<loc>https://atlas.example/institutions/${home.slug}</loc><lastmod>`);
    expect(xml).toContain("<loc>https://atlas.example/countries/gb</loc><lastmod>");
    expect(xml).toContain("<loc>https://atlas.example/collections/agri-food-teams-in-the-global-south</loc><lastmod>");
    expect(xml).toContain("<loc>https://atlas.example/accessibility</loc>");
    const withTeams = new Set(published().map((t) => t.institutionId));
    const without = app.demo.db.db
      .select()
      .from(institutions)
      .all()
      .find((i) => !withTeams.has(i.id));
    if (without) expect(xml).not.toContain(`/institutions/${without.slug}<`);
  });

  it("serves file 0 of the split form too, and 404 past the last file", async () => {
    const file = (name: string) =>
      sitemapFile(new Request(`http://x/sitemaps/${name}`), { params: Promise.resolve({ file: name }) });
    expect(await (await file("0.xml")).text()).toBe(xml);
    expect((await file("1.xml")).status).toBe(404);
    expect((await file("zero.xml")).status).toBe(404);
  });
});

describe("/robots.txt", () => {
  it("names the sitemap and keeps crawlers out of private areas", () => {
    const r = robots();
    expect(r.sitemap).toBe("https://atlas.example/sitemap.xml");
    const rule = Array.isArray(r.rules) ? r.rules[0]! : r.rules;
    expect(rule.disallow).toEqual(expect.arrayContaining(["/account", "/curate", "/dashboard", "/admin", "/api/"]));
    expect(rule.allow).toEqual(expect.arrayContaining(["/"]));
  });
});
