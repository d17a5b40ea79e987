import { describe, expect, it } from "vitest";
import { queryLanguageNote } from "./language";
import { STOP_WORDS } from "./stop-words";

describe("stop words of the register's main languages", () => {
  it("drops function words of Spanish, Portuguese, French, German, Italian and Dutch", () => {
    for (const w of ["de", "la", "los", "des", "und", "der", "della", "het", "para", "com"])
      expect(STOP_WORDS.has(w), w).toBe(true);
  });

  it("keeps English content words and symbols that other languages use as function words", () => {
    for (const w of ["ai", "die", "tag", "van", "door", "water", "energie", "agua"])
      expect(STOP_WORDS.has(w), w).toBe(false);
  });
});

describe("queryLanguageNote", () => {
  it.each([
    ["tratamiento de aguas", "Spanish", "water treatment"],
    ["traitement des eaux", "French", "water treatment"],
    ["tratamento de água", "Portuguese", "water treatment"],
    ["trattamento delle acque", "Italian", "water treatment"],
    ["Necesitamos reducir el consumo de energía de los hornos de nuestra panadería", "Spanish", "bakery oven energy"],
  ])("%s is %s, with an English search", (q, language, englishQuery) => {
    expect(queryLanguageNote(q)).toEqual({ language, englishQuery });
  });

  it("says nothing for English queries, single unknown words or stop words alone", () => {
    for (const q of [
      "water treatment",
      "die casting",
      "we need help reducing energy use in our bakery ovens",
      "baking",
      "xqzvw",
      "de la",
      "grpahene",
    ])
      expect(queryLanguageNote(q), q).toBeNull();
  });
});
