import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./highlight";
import { analyze } from "./text";

const terms = (q: string) => new Set(analyze(q));
const marked = (segments: { text: string; hit: boolean }[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe("highlight", () => {
  it("marks every form of the matched words, keeping the text as written", () => {
    const s = highlight("Graphene coatings: we coat steel with GRAPHENE.", terms("graphene coating"));
    expect(marked(s)).toEqual(["Graphene", "coatings", "coat", "GRAPHENE"]);
    expect(s.map((x) => x.text).join("")).toBe("Graphene coatings: we coat steel with GRAPHENE.");
  });

  it("matches accented words and hyphenated words", () => {
    expect(marked(highlight("Based in São Paulo", terms("sao paulo")))).toEqual(["São", "Paulo"]);
    expect(marked(highlight("A co-design workshop", terms("codesign")))).toEqual(["co-design"]);
  });

  it("marks the words of a listing written in another language by their stems in it", () => {
    const s = highlight("Depuramos el agua residual y las aguas de lavado", new Set(["es:agu", "es:residual"]));
    expect(marked(s)).toEqual(["agua", "residual", "aguas"]);
    expect(marked(highlight("Le traitement de l'eau et des eaux", new Set(["fr:eau"])))).toEqual(["l'eau", "eaux"]);
  });

  it("treats markup in the text as text", () => {
    const s = highlight("<b>graphene</b>", terms("graphene"));
    expect(s).toEqual([
      { text: "<b>", hit: false },
      { text: "graphene", hit: true },
      { text: "</b>", hit: false },
    ]);
  });
});

describe("snippet", () => {
  const long = `${"Intro words here. ".repeat(30)}Our lab tests graphene coatings for corrosion. ${"More filler text. ".repeat(30)}`;

  it("shows the window around the matches, with ellipses", () => {
    const s = snippet([long], terms("graphene corrosion"), 20);
    expect(marked(s)).toEqual(["graphene", "corrosion"]);
    expect(s[0]!.text.startsWith("…")).toBe(true);
    expect(s.at(-1)!.text.endsWith("…")).toBe(true);
  });

  it("prefers the first text with a match, else the first text", () => {
    expect(marked(snippet(["A summary.", "The description mentions graphene."], terms("graphene")))).toEqual([
      "graphene",
    ]);
    expect(
      snippet(["A summary.", "Other."], terms("graphene"))
        .map((x) => x.text)
        .join(""),
    ).toBe("A summary.");
    expect(snippet([], terms("x"))).toEqual([]);
  });
});
