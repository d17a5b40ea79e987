// The public API against its own description: the OpenAPI document is valid OpenAPI 3.1, and
// every described GET answers as described (status, content type, body against the response
// schema), including 304, 400, 404, 301 and 429, on the seeded demo register.
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { teams } from "@/db/schema";
import { openApiDocument } from "@/lib/api/openapi";
import { resetEnvCache } from "@/lib/env";
import { useDemoApp } from "@/tests/support/app-db";
import { GET as health } from "@/app/api/health/route";
import { GET as suggest } from "@/app/api/search/suggest/route";
import { GET as collection } from "@/app/api/v1/collections/[slug]/route";
import { GET as collections } from "@/app/api/v1/collections/route";
import { GET as institution } from "@/app/api/v1/institutions/[slug]/route";
import { GET as institutionList } from "@/app/api/v1/institutions/route";
import { GET as openapiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as exportTeams } from "@/app/api/v1/teams/export/route";
import { GET as team } from "@/app/api/v1/teams/[slug]/route";
import { GET as similarTeams } from "@/app/api/v1/teams/[slug]/similar/route";
import { GET as teamSearch } from "@/app/api/v1/teams/route";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers differ in their params
type Handler = (req: Request, ctx: { params: Promise<any> }) => Response | Promise<Response>;
const HANDLERS: Record<string, Handler> = {
  "/api/v1/teams": teamSearch,
  "/api/v1/teams/{slug}": team,
  "/api/v1/teams/{slug}/similar": similarTeams,
  "/api/v1/teams/export": exportTeams,
  "/api/v1/institutions": institutionList,
  "/api/v1/institutions/{slug}": institution,
  "/api/v1/collections": collections,
  "/api/v1/collections/{slug}": collection,
  "/api/search/suggest": suggest,
  "/api/health": health,
};
// A real resource for each path parameter, and a query that exercises the endpoint.
const SAMPLE: Record<string, { params?: Record<string, string>; query?: string }> = {
  "/api/v1/teams": { query: "?q=graphene&country=GB&pageSize=5" },
  "/api/v1/teams/{slug}": { params: { slug: "manchester-graphene-coatings" } },
  "/api/v1/teams/{slug}/similar": { params: { slug: "manchester-graphene-coatings" }, query: "?limit=4" },
  "/api/v1/teams/export": { query: "?format=json&country=GB" },
  "/api/v1/institutions": { query: "?hasTeams=true&country=GB&pageSize=5" },
  "/api/v1/institutions/{slug}": { params: { slug: "university-of-manchester" } },
  "/api/v1/collections/{slug}": { params: { slug: "agri-food-teams-in-the-global-south" } },
  "/api/search/suggest": { query: "?q=grap" },
};

const doc = openApiDocument("http://localhost") as unknown as {
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(doc as object, "doc");

function expectMatches(path: string, status: string, mediaType: string, body: unknown) {
  const pointer = ["paths", path, "get", "responses", status, "content", mediaType, "schema"]
    .map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1"))
    .join("/");
  const validate = ajv.compile({ $ref: `doc#/${pointer}` });
  const ok = validate(body);
  expect(ok ? [] : validate.errors?.slice(0, 5)).toEqual([]);
}

async function call(path: string, query = "", params: Record<string, string> = {}, headers: HeadersInit = {}) {
  const url = path.replace(/\{(\w+)\}/g, (_m, k: string) => params[k] ?? "");
  return HANDLERS[path]!(new Request(`http://localhost${url}${query}`, { headers }), {
    params: Promise.resolve(params),
  });
}

async function expectDescribed(path: string, res: Response) {
  const described = doc.paths[path]!.get.responses[String(res.status)];
  expect(described, `${path} answered ${res.status}, which it does not describe`).toBeDefined();
  const content = described!.content;
  if (!content) return;
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim();
  expect(Object.keys(content)).toContain(type);
  if (type === "application/json") expectMatches(path, String(res.status), type, await res.json());
}

const app = useDemoApp({ snapshots: true });
afterAll(() => {
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
  resetEnvCache();
});

describe("the OpenAPI description", () => {
  it("is valid OpenAPI 3.1 and is what /api/v1/openapi.json serves", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    const res = openapiRoute();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ openapi: "3.1.0", paths: expect.any(Object) });
  });

  it("describes every public endpoint this test knows a handler for, and no other", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(HANDLERS).sort());
  });
});

describe.each(Object.keys(HANDLERS))("GET %s answers as described", (path) => {
  const responses = () => doc.paths[path]!.get.responses;
  const sample = SAMPLE[path] ?? {};

  it("200 with the described content", async () => {
    const res = await call(path, sample.query, sample.params);
    expect(res.status).toBe(200);
    await expectDescribed(path, res);
  });

  it("304 to a conditional request, when described", async (ctx) => {
    if (!responses()["304"]) return ctx.skip();
    const first = await call(path, sample.query, sample.params);
    const etag = first.headers.get("etag");
    const lastModified = first.headers.get("last-modified");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("ratelimit-policy")).toMatch(/^\d+;w=60$/);
    const again = await call(path, sample.query, sample.params, { "If-None-Match": `W/${etag}, "other"` });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(lastModified).not.toBeNull();
    const since = await call(path, sample.query, sample.params, { "If-Modified-Since": lastModified! });
    expect(since.status).toBe(304);
    const stale = await call(path, sample.query, sample.params, { "If-None-Match": '"stale"' });
    expect(stale.status).toBe(200);
  });

  it("400 naming an unknown parameter, when described", async (ctx) => {
    if (!responses()["400"]) return ctx.skip();
    const res = await call(path, "?colour=red", sample.params);
    expect(res.status).toBe(400);
    const body = (await res.clone().json()) as { error: { fields?: Record<string, string> } };
    expect(Object.keys(body.error.fields ?? {})).toEqual(["colour"]);
    await expectDescribed(path, res);
  });

  it("404 for an address that is not on the register, when described", async (ctx) => {
    if (!responses()["404"]) return ctx.skip();
    for (const slug of ["no-such-thing", "Not_A_Slug", "x".repeat(300)]) {
      const res = await call(path, "", { slug });
      expect(res.status).toBe(404);
      await expectDescribed(path, res);
    }
  });
});

describe("resource details", () => {
  it("a team carries its institution's ROR id and never a contact e-mail", async () => {
    const res = await call("/api/v1/teams/{slug}", "", { slug: "manchester-graphene-coatings" });
    const body = (await res.json()) as Record<string, unknown> & { institution: { rorId: string | null } };
    expect(body.institution.rorId).toMatch(/^https:\/\/ror\.org\/0/);
    expect(JSON.stringify(body)).not.toMatch(/contactEmail|@[a-z0-9-]+\.(ac|edu)/);
  });

  it("a query in Spanish finds the listing written in Spanish, with the language note, as described", async () => {
    const query = `?q=${encodeURIComponent("tratamiento de aguas residuales")}`;
    const body = (await (await call("/api/v1/teams", query)).json()) as {
      results: { slug: string }[];
      languageNote?: { language: string; englishQuery: string | null; listingsInLanguage?: number };
    };
    expect(body.results[0]?.slug).toBe("ujaen-aguas-residuales-almazaras");
    expect(body.languageNote).toEqual({
      language: "Spanish",
      englishQuery: "wastewater treatment",
      listingsInLanguage: 1,
    });
    await expectDescribed("/api/v1/teams", await call("/api/v1/teams", query));
  });

  it("filters and pages institutions", async () => {
    const all = (await (await call("/api/v1/institutions", "?country=gb&pageSize=100")).json()) as {
      institutions: { countryCode: string; publishedTeamCount: number }[];
      total: number;
    };
    expect(all.total).toBeGreaterThan(0);
    expect(all.institutions.every((i) => i.countryCode === "GB")).toBe(true);
    const withTeams = (await (await call("/api/v1/institutions", "?country=GB&hasTeams=true&pageSize=100")).json()) as {
      institutions: { publishedTeamCount: number }[];
    };
    expect(withTeams.institutions.every((i) => i.publishedTeamCount > 0)).toBe(true);
    const found = (await (await call("/api/v1/institutions", "?q=manchester")).json()) as {
      institutions: { slug: string }[];
    };
    expect(found.institutions[0]?.slug).toBe("university-of-manchester");
    const bad = await call("/api/v1/institutions", "?pageSize=1000");
    expect(bad.status).toBe(400);
  });

  it("a merged listing's address answers 301 to the surviving team, as described", async () => {
    const survivor = app.demo.db.db.select().from(teams).where(eq(teams.slug, "manchester-graphene-coatings")).get()!;
    const other = app.demo.db.db.select().from(teams).where(eq(teams.status, "published")).limit(2).all();
    const dup = other.find((t) => t.id !== survivor.id)!;
    app.demo.db.db
      .update(teams)
      .set({ status: "archived", mergedIntoId: survivor.id })
      .where(eq(teams.id, dup.id))
      .run();
    const res = await call("/api/v1/teams/{slug}", "", { slug: dup.slug });
    expect(res.status).toBe(301);
    expect(doc.paths["/api/v1/teams/{slug}"]!.get.responses["301"]).toBeDefined();
    expect(res.headers.get("location")).toBe(`http://localhost:3000/api/v1/teams/${survivor.slug}`);
  });
});

// Last: it exhausts this address's allowance for the rest of the minute.
describe("the rate limit", () => {
  it("answers 429 with Retry-After once an address is over its limit, as described", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    resetEnvCache();
    const headers = { "X-Forwarded-For": "198.51.100.7" };
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 5; i++) {
      last = await call("/api/v1/collections", "", {}, headers);
      statuses.push(last.status);
    }
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(3);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.headers.get("ratelimit-policy")).toBe("3;w=60");
    await expectDescribed("/api/v1/collections", last!);
  });
});
