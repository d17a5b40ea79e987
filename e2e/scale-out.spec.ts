// Several server processes share one database (npm start runs one per core): a write through one
// is seen through another within a second — in search and in the stored public pages — and a
// stored page is never one person's signed-in page served to someone else.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessiblePage, signedInPage, teamRow } from "./support/accounts";
import { e2eDatabase } from "./support/db";

test.describe.configure({ mode: "serial" });

let second: ChildProcess | undefined;
let other = "";

/** A published demo team that no other journey changes. */
function quietTeam(offset: number): { slug: string; name: string } {
  const db = e2eDatabase();
  try {
    return db
      .prepare("select slug, name from teams where status = 'published' order by id limit 1 offset ?")
      .get(offset) as { slug: string; name: string };
  } finally {
    db.close();
  }
}

async function statusOf(url: string): Promise<number> {
  return (await fetch(url, { redirect: "manual" })).status;
}

async function apiFinds(origin: string, q: string, slug: string): Promise<boolean> {
  const body = (await (await fetch(`${origin}/api/v1/teams?q=${encodeURIComponent(q)}`)).json()) as {
    results: { slug: string }[];
  };
  return body.results.some((r) => r.slug === slug);
}

/** Whether the search page (stored for visitors) lists the team. */
async function searchPageFinds(origin: string, q: string, slug: string): Promise<boolean> {
  const html = await (await fetch(`${origin}/search?q=${encodeURIComponent(q)}`)).text();
  return html.includes(`href="/teams/${slug}"`);
}

/** Milliseconds until `check` holds, polling as fast as the server answers; fails after `limitMs`. */
async function msUntil(check: () => Promise<boolean>, limitMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`not seen within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

test.beforeAll(async ({}, info) => {
  const base = new URL(String(info.project.use.baseURL));
  const port = Number(base.port) + 1;
  other = `http://127.0.0.1:${port}`;
  second = spawn("node_modules/.bin/tsx", ["scripts/web-server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
    },
    stdio: "ignore",
  });
  await expect
    .poll(() => statusOf(`${other}/api/health`).catch(() => 0), { timeout: 90_000, intervals: [500] })
    .toBe(200);
});

test.afterAll(() => {
  second?.kill("SIGTERM");
});

test("a listing archived and published again through one process is gone from, then back in, another within a second", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const team = quietTeam(40);
  const profile = `${other}/teams/${team.slug}`;
  // The other process has the profile stored and the index loaded.
  expect(await statusOf(profile)).toBe(200);
  expect((await fetch(profile)).headers.get("x-page-cache")).toBe("hit");
  expect(await apiFinds(other, team.name, team.slug)).toBe(true);
  // ...and the search page for its name stored too.
  const search = `${other}/search?q=${encodeURIComponent(team.name)}`;
  await fetch(search);
  expect((await fetch(search)).headers.get("x-page-cache")).toBe("hit");
  expect(await searchPageFinds(other, team.name, team.slug)).toBe(true);

  const curator = await signedInPage(browser, DEMO.curator);
  await curator.goto(`/dashboard/teams/${team.slug}`);
  await expectAccessiblePage(curator);
  await curator.getByRole("button", { name: "Archive" }).click();
  await expect.poll(() => teamRow(team.slug)?.status).toBe("archived");
  const gone = await msUntil(
    async () =>
      (await statusOf(profile)) === 404 &&
      !(await apiFinds(other, team.name, team.slug)) &&
      !(await searchPageFinds(other, team.name, team.slug)),
    1_000,
  );

  await curator.reload();
  await curator.getByRole("button", { name: "Restore as draft" }).click();
  await expect.poll(() => teamRow(team.slug)?.status).toBe("draft");
  expect(await statusOf(profile)).toBe(404);
  await curator.reload();
  await curator.getByRole("button", { name: /^(Publish|Submit for review)$/ }).click();
  await expect.poll(() => teamRow(team.slug)?.status).toBe("published");
  const back = await msUntil(
    async () =>
      (await statusOf(profile)) === 200 &&
      (await apiFinds(other, team.name, team.slug)) &&
      (await searchPageFinds(other, team.name, team.slug)),
    1_000,
  );
  test.info().annotations.push({ type: "seen through the other process", description: `${gone} ms, ${back} ms` });
  await curator.context().close();
});

async function header(page: Page) {
  return page.getByRole("banner");
}

test("a stored page is never someone's signed-in page, and a visitor's page never hides who is signed in", async ({
  browser,
  page: visitor,
}) => {
  test.setTimeout(90_000);
  const team = quietTeam(41);
  for (const path of ["/", `/teams/${team.slug}`]) {
    await visitor.goto(path);
    await visitor.goto(path); // the second is served from the store
    await expect((await header(visitor)).getByRole("link", { name: "Sign in" })).toBeVisible();
  }
  await expectAccessiblePage(visitor);

  const sme = await signedInPage(browser, DEMO.sme);
  for (const path of ["/", `/teams/${team.slug}`]) {
    const res = await sme.goto(path);
    expect(res?.headers()["x-page-cache"]).toBeUndefined();
    await expect((await header(sme)).getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect((await header(sme)).getByRole("link", { name: "Shortlist" })).toBeVisible();
  }
  await expectAccessiblePage(sme);

  for (const path of ["/", `/teams/${team.slug}`]) {
    await visitor.goto(path);
    await expect((await header(visitor)).getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect((await header(visitor)).getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await expect(visitor.getByText("Sam Demo")).toHaveCount(0);
  }
  await sme.context().close();
});
