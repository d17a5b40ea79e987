// Journey: a firm pastes a 2,000-character problem into "Describe your challenge" on the home
// page, sees the character count, and lands on teams that fit. Text over the limit is refused
// with a clear message and kept, never cut; the entry works without JavaScript.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { PASTED_PROBLEM } from "./support/challenge-text";
import { ChallengeEntry, ResultsPage } from "./support/search-features";

const FITTING = ["Small-Scale Water and Wastewater Treatment", "Water and Wastewater Treatment for Industry"];

test("a pasted 2,000-character problem lands on fitting results", async ({ page }) => {
  expect(PASTED_PROBLEM.length).toBeGreaterThanOrEqual(2_000);
  const home = new ChallengeEntry(page);
  await home.open();
  await expectAccessible(page);
  await home.box().fill(PASTED_PROBLEM);
  await expect(home.counter()).toHaveText(`${PASTED_PROBLEM.length.toLocaleString("en-GB")} of 5,000 characters`);
  await home.submit();
  // A loaded machine can take a while to search 2,000 characters and render the page.
  await expect(page).toHaveURL(/\/search\?q=We\+are\+a\+family-owned\+dairy/, { timeout: 30_000 });
  const names = await new ResultsPage(page).resultNames().allTextContents();
  expect(names.slice(0, 5)).toEqual(expect.arrayContaining(FITTING));
  await expectAccessible(page);
});

test("text over 5,000 characters is refused with a clear message and kept whole", async ({ page }) => {
  const home = new ChallengeEntry(page);
  await home.open();
  const long = `${PASTED_PROBLEM}\n\n${PASTED_PROBLEM}\n\n${PASTED_PROBLEM}`;
  expect(long.length).toBeGreaterThan(5_000);
  await home.box().fill(long);
  await expect(home.counter()).toHaveText(`${(long.length - 5_000).toLocaleString("en-GB")} characters too many`);
  await home.submit();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Your challenge was not searched yet.");
  await expect(home.box()).toHaveAccessibleDescription(/the limit is 5,000.*nothing has been cut/);
  await expect(home.box()).toHaveValue(long);
  await expect(page).toHaveURL(/\/$/);
  await expectAccessible(page);
});

test("the challenge entry works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const home = new ChallengeEntry(page);
  await home.open();
  await expect(home.region()).toContainText("up to 5,000 characters");
  await home.box().fill(PASTED_PROBLEM);
  await home.submit();
  await expect(page).toHaveURL(/\/search\?q=/, { timeout: 30_000 });
  expect(await new ResultsPage(page).resultNames().allTextContents()).toEqual(expect.arrayContaining(FITTING));
  await context.close();
});
