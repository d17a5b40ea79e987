import { describe, expect, it } from "vitest";
import { dotsMarkup } from "./world-map";

describe("dotsMarkup", () => {
  it("writes one link per dot with its accessible name, and escapes what institutions are called", () => {
    const html = dotsMarkup(
      [
        { href: "/institutions/a", label: `Smith & Jones "<b>"`, lat: 0, lng: 0, weight: 3, xy: [10.04, 20.06] },
        { href: "/institutions/b", label: "One", lat: 0, lng: 0, weight: 1, xy: [1, 2] },
      ],
      3,
    );
    expect(html).toBe(
      '<a href="/institutions/a" aria-label="Smith &amp; Jones &quot;&lt;b&gt;&quot;: 3 teams"><circle cx="10" cy="20.1" r="10"><title>Smith &amp; Jones &quot;&lt;b&gt;&quot;: 3 teams</title></circle></a>' +
        '<a href="/institutions/b" aria-label="One: 1 team"><circle cx="1" cy="2" r="7"><title>One: 1 team</title></circle></a>',
    );
  });
});
