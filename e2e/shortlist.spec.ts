// Journeys: the shortlist control on a team's profile. "Add to shortlist" and "Remove from
// shortlist" answer with the control's new state (the profile is not re-rendered into the
// answer), the shortlist page and the profile are right on the next visit, and the same control
// works without JavaScript (the form posts and the page is rendered again).
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { DEMO, signedInPage } from "./support/accounts";
import { removeFromShortlistPage } from "./support/discovery";

test.describe.configure({ timeout: 120_000 });

// A published demo team no other journey shortlists.
const TEAM = { slug: "manchester-employment-law-clinic", name: "Workplace Law for Small Employers" };

const control = (page: Page) => page.getByRole("region", { name: "Work with this team" });

test("the profile's shortlist control adds and removes without re-rendering the page, and the shortlist follows", async ({
  browser,
}) => {
  const page = await signedInPage(browser, DEMO.sme);
  const team = TEAM;
  await page.goto(`/teams/${team.slug}`);
  // Pressed before the page's scripts run, the form would post as without JavaScript (the second test).
  await page.waitForLoadState("networkidle");
  const panel = control(page);
  await expect(panel.getByRole("button", { name: "Add to shortlist" })).toBeVisible();
  await expect(panel.getByText("On your shortlist")).toHaveCount(0);

  // The answer carries the control's state, not the page: Next.js marks an answer that carries a
  // re-render (any revalidatePath/revalidateTag in the action) with x-action-revalidated.
  const answer = page.waitForResponse(
    (r) => r.request().method() === "POST" && r.url().includes(`/teams/${team.slug}`),
  );
  await panel.getByRole("button", { name: "Add to shortlist" }).click();
  const response = await answer;
  expect(response.request().headers()["next-action"]).toBeTruthy();
  expect(response.headers()["x-action-revalidated"]).toBeUndefined();
  await expect(panel.getByText("On your shortlist")).toBeVisible();
  await expect(panel.getByRole("status").filter({ hasText: "Added to your shortlist." })).toBeVisible();
  await expectAccessible(page);

  await panel.getByRole("button", { name: "Remove from shortlist" }).click();
  await expect(panel.getByRole("button", { name: "Add to shortlist" })).toBeVisible();
  await expect(panel.getByText("On your shortlist")).toHaveCount(0);
  await expect(panel.getByRole("status").filter({ hasText: "Removed from your shortlist." })).toBeVisible();

  // Added again: the form got a fresh key, so this is a new write, not a replay of the first add.
  await panel.getByRole("button", { name: "Add to shortlist" }).click();
  await expect(panel.getByText("On your shortlist")).toBeVisible();
  await panel.getByRole("link", { name: "shortlist" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My shortlist" })).toBeVisible();
  await expect(page.getByRole("link", { name: team.name })).toBeVisible();

  // Removed on the shortlist page (which re-renders itself), the profile says so on the next visit.
  await removeFromShortlistPage(page, team.name);
  await page.goto(`/teams/${team.slug}`);
  await expect(control(page).getByRole("button", { name: "Add to shortlist" })).toBeVisible();

  // The shortlist page's own add (a link from another site asks first) carries its key too.
  await page.goto(`/shortlist?add=${team.slug}`, { referer: "https://elsewhere.example/" });
  await page.getByRole("button", { name: `Add ${team.slug} to my shortlist` }).click();
  await expect(page.getByRole("link", { name: team.name })).toBeVisible();
  await removeFromShortlistPage(page, team.name);
});

test("without JavaScript the profile's shortlist control posts and the page shows the outcome", async ({ browser }) => {
  const signedIn = await signedInPage(browser, DEMO.sme);
  const team = TEAM;
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await signedIn.context().storageState(),
  });
  const page = await context.newPage();
  await page.goto(`/teams/${team.slug}`);
  await control(page).getByRole("button", { name: "Add to shortlist" }).click();
  await expect(control(page).getByText("On your shortlist")).toBeVisible();
  await expect(control(page).getByText("Added to your shortlist.")).toBeVisible();
  await control(page).getByRole("button", { name: "Remove from shortlist" }).click();
  await expect(control(page).getByRole("button", { name: "Add to shortlist" })).toBeVisible();
  await expect(control(page).getByText("On your shortlist")).toHaveCount(0);
  // And again, with the fresh key the answer put in the form.
  await control(page).getByRole("button", { name: "Add to shortlist" }).click();
  await expect(control(page).getByText("On your shortlist")).toBeVisible();
  await signedIn.goto("/shortlist");
  await expect(signedIn.getByRole("link", { name: team.name })).toBeVisible();
  await control(page).getByRole("button", { name: "Remove from shortlist" }).click();
  await expect(control(page).getByRole("button", { name: "Add to shortlist" })).toBeVisible();
});
