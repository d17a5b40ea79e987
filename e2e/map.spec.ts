// Journey: the map of where expertise is. At world scale one dot per country with its number of
// teams; choosing Ireland zooms into it, where each institution is its own dot (Cork opens Cork)
// and neighbours that would overlap form a cluster that zooms in further. The map is one Tab stop;
// the list under it says the same by country, with counts.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";

const WORLD = "Map of institutions with published teams";

test("the world map clusters by country, zooms in on click, and is one Tab stop with a list equivalent", async ({
  page,
}) => {
  await page.goto("/");
  const map = page.getByRole("group", { name: WORLD });
  await expect(map).toBeVisible();
  const dots = map.getByRole("link");
  const count = await dots.count();
  // One per country (a large country may have a few), far fewer than the 60+ institutions.
  expect(count).toBeGreaterThanOrEqual(30);
  expect(count).toBeLessThan(60);
  await expect(map.getByRole("link", { name: /^Ireland: 5 institutions, \d+ teams$/ })).toHaveCount(1);

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

  // Zoom into a region: Ireland's dot opens Ireland, drawn close up.
  await map.getByRole("link", { name: /^Ireland:/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ireland" })).toBeVisible();
  const ireland = page.getByRole("group", { name: "Institutions with teams in Ireland" });
  await expect(ireland.getByRole("link", { name: /^University College Cork: \d+ teams?$/ })).toHaveCount(1);
  // Dublin's universities are 3 km apart: one cluster, which zooms in further.
  const dublin = ireland.getByRole("link", { name: /^2 institutions close together/ });
  await expect(dublin).toHaveCount(1);
  await expectAccessible(page);

  // Cork is its own dot and opens Cork (not a neighbour drawn on top of it).
  await ireland.getByRole("link", { name: /^University College Cork:/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "University College Cork" })).toBeVisible();
  await page.goBack();
  await page
    .getByRole("group", { name: "Institutions with teams in Ireland" })
    .getByRole("link", { name: /^2 institutions close together/ })
    .click();
  await expect(page).toHaveURL(/\/countries\/ie\?area=\d+/);
  const zoomed = page.getByRole("group", { name: "Institutions with teams in Ireland" });
  await expect(zoomed.getByRole("link", { name: /^Trinity College Dublin: \d+ teams?$/ })).toHaveCount(1);
  await expect(zoomed.getByRole("link", { name: /^University College Dublin: \d+ teams?$/ })).toHaveCount(1);
  await expect(zoomed.getByRole("link", { name: /Cork/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Show the whole map" }).click();
  await expect(
    page.getByRole("group", { name: "Institutions with teams in Ireland" }).getByRole("link", { name: /Cork/ }),
  ).toHaveCount(1);
  await expectAccessible(page);
});
