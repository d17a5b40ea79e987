// Journey: the map of where expertise is. At world scale a dot per country with its number of
// teams, neighbouring countries whose dots would overlap drawn as one cluster; choosing it zooms
// into the region, choosing Ireland opens Ireland drawn close up, where each institution is its
// own dot (Cork opens Cork) and Dublin's two universities, 3 km apart, form a cluster that zooms
// in further. No dot hides another. The map is one Tab stop; the list under it says the same.
import { expect, test, type Locator } from "@playwright/test";
import { expectAccessible } from "./support/a11y";

const WORLD = "Map of institutions with published teams";
const IRELAND = "Institutions with teams in Ireland";

/** Pairs of dots drawn on top of each other. */
async function overlaps(map: Locator): Promise<string[]> {
  return map.evaluate((svg) => {
    const dots = [...svg.querySelectorAll("circle")].map((c) => ({
      x: Number(c.getAttribute("cx")),
      y: Number(c.getAttribute("cy")),
      r: Number(c.getAttribute("r")),
      name: c.parentElement?.getAttribute("aria-label") ?? "",
    }));
    const out: string[] = [];
    dots.forEach((a, i) =>
      dots.slice(i + 1).forEach((b) => {
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) out.push(`${a.name} / ${b.name}`);
      }),
    );
    return out;
  });
}

test("the world map clusters by country, zooms in on click, and is one Tab stop with a list equivalent", async ({
  page,
}) => {
  await page.goto("/");
  const map = page.getByRole("group", { name: WORLD });
  await expect(map).toBeVisible();
  const dots = map.getByRole("link");
  // The register's 117 institutions in 58 countries, as far fewer dots, none hidden by another.
  expect(await dots.count()).toBeGreaterThanOrEqual(20);
  expect(await dots.count()).toBeLessThanOrEqual(45);
  expect(await overlaps(map)).toEqual([]);
  await expect(map.getByRole("link", { name: /^Japan/ })).toHaveAccessibleName(/\d+ institutions?, \d+ teams?$/);

  // One Tab stop: into the map, then straight past it.
  await map.focus();
  await expect(map).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("svg"))).toBe(false);

  // The list equivalent, by country with counts.
  const figure = page.locator("figure", { has: map });
  await figure.getByText(/^The map as a list/).click();
  const list = figure.getByRole("list", { name: `${WORLD}: the list` });
  await expect(list.getByRole("listitem").filter({ hasText: /^Ireland — 5 institutions, \d+ teams$/ })).toHaveCount(1);
  await expect(list.getByRole("link", { name: "United Kingdom" })).toHaveCount(1);
  await expectAccessible(page);

  // Zoom into the region: the cluster with the United Kingdom falls apart into its countries.
  await map.getByRole("link", { name: /^United Kingdom, .*countries: \d+ institutions/ }).click();
  await expect(page).toHaveURL(/\/\?area=\d+#map$/);
  const europe = page.getByRole("group", { name: WORLD });
  await expect(europe.getByRole("link", { name: /^United Kingdom: \d+ institutions/ })).toHaveCount(1);
  expect(await overlaps(europe)).toEqual([]);
  await europe.getByRole("link", { name: /^Ireland: 5 institutions/ }).click();

  // Ireland close up: Cork is its own dot and opens Cork (not a neighbour drawn on top of it).
  await expect(page.getByRole("heading", { level: 1, name: "Ireland" })).toBeVisible();
  const ireland = page.getByRole("group", { name: IRELAND });
  await expect(ireland.getByRole("link", { name: /^University College Cork: \d+ teams?$/ })).toHaveCount(1);
  expect(await overlaps(ireland)).toEqual([]);
  await expectAccessible(page);
  await ireland.getByRole("link", { name: /^University College Cork:/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "University College Cork" })).toBeVisible();
  await page.goBack();

  // Dublin's universities are one cluster, which zooms in further.
  await page
    .getByRole("group", { name: IRELAND })
    .getByRole("link", { name: /^2 institutions close together/ })
    .click();
  await expect(page).toHaveURL(/\/countries\/ie\?area=\d+#map$/);
  const dublin = page.getByRole("group", { name: IRELAND });
  await expect(dublin.getByRole("link", { name: /^Trinity College Dublin: \d+ teams?$/ })).toHaveCount(1);
  await expect(dublin.getByRole("link", { name: /^University College Dublin: \d+ teams?$/ })).toHaveCount(1);
  expect(await overlaps(dublin)).toEqual([]);
  await page.getByRole("link", { name: "Show the whole map" }).click();
  await expect(page.getByRole("group", { name: IRELAND }).getByRole("link", { name: /Cork/ })).toHaveCount(1);
  await expectAccessible(page);
});
