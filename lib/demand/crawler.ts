// Who is a crawler, for demand figures: a search engine or other bot reading the search pages
// (robots.txt lets them) is not a firm looking for expertise. The list is isbot's, maintained
// with the user agents crawlers announce. A headless browser is not counted as a crawler: it is
// how monitoring and the site's own journeys drive real searches, and scrapers that hide behind one
// also hide the word "headless".
import { createIsbotFromList, list } from "isbot";

const crawler = createIsbotFromList(list.filter((pattern) => !/headless/i.test(pattern)));

/** True for a crawler's user agent; false for browsers, and for none at all. */
export function isCrawler(userAgent: string | null | undefined): boolean {
  return typeof userAgent === "string" && userAgent.length > 0 && crawler(userAgent);
}
