// The collections JSON API, called as Next.js would call it, against the seeded demo register.
import { beforeAll, describe, expect, it } from "vitest";
import { addTeamToCollection, createCollection } from "@/lib/dal/curation/collection-writes";
import { useDemoApp } from "@/tests/support/app-db";
import { GET as getOne } from "./[slug]/route";
import { GET as getAll } from "./route";

let draft = "";

const app = useDemoApp();
beforeAll(() => {
  draft = createCollection(app.demo.db.systemCtx(), {
    title: "Work in progress",
    editorialNote: "",
    published: false,
  }).slug;
  addTeamToCollection(app.demo.db.systemCtx(), draft, "manchester-graphene-coatings", "");
});

const one = async (slug: string) => {
  const res = await getOne(new Request(`http://localhost/api/v1/collections/${slug}`), {
    params: Promise.resolve({ slug }),
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { teams: Record<string, unknown>[] },
  };
};

describe("GET /api/v1/collections", () => {
  it("lists published collections only, with counts", async () => {
    const res = await getAll(new Request("http://localhost/api/v1/collections"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { collections: { slug: string; teamCount: number; isDemo: boolean }[] };
    expect(body.collections.map((c) => c.slug).sort()).toEqual([
      "agri-food-teams-in-the-global-south",
      "battery-and-energy-storage-expertise-open-to-smes",
    ]);
    expect(body.collections.find((c) => c.slug === "agri-food-teams-in-the-global-south")).toMatchObject({
      teamCount: 7,
      countryCount: 7,
      isDemo: true,
    });
  });
});

describe("GET /api/v1/collections/:slug", () => {
  it("returns the teams in the curator's order with their notes, and no contact details", async () => {
    const { status, body } = await one("battery-and-energy-storage-expertise-open-to-smes");
    expect(status).toBe(200);
    expect(body).toMatchObject({ title: "Battery and energy-storage expertise open to SMEs", isDemo: true });
    expect(body.teams[0]).toEqual({
      slug: "kit-battery-cell-safety-second-life",
      name: "Battery Cell Testing and Second-Life Group",
      institution: "Karlsruhe Institute of Technology",
      country: "DE",
      summary: expect.any(String),
      availability: "now",
      note: expect.stringContaining("second-life"),
      isDemo: true,
    });
    expect(JSON.stringify(body)).not.toContain("@app.demo.expertise-atlas.example");
  });

  it.each([
    ["an unknown collection", "no-such-collection"],
    ["an unpublished collection", "work-in-progress"],
    ["a malformed address", "..%2F..%2Fetc"],
  ])("answers %s with a 404 JSON body", async (_label, slug) => {
    const { status, body } = await one(slug);
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "not_found", message: "No published collection has that address." } });
  });
});
