import { describe, expect, it } from "vitest";
import { highlight } from "../highlight";
import { compoundGlossaryTerms } from "../language";
import { parseQuery } from "../query";
import { RANKING } from "../ranking";
import { buildSynonymIndex } from "../synonyms";
import { analyze } from "../text";
import { analyzeIn } from "./analyze";
import { compoundParts, LINKING, splitCompound } from "./compounds";
import { termIn } from "./languages";
import { hunspellLexicon, lexicon } from "./lexicon";
import { inQueryLanguage } from "./query-language";

const WORDS = new Set([
  "abwasser",
  "wasser",
  "behandlung",
  "reinigung",
  "handwerk",
  "backerei",
  "backereien",
  "energie",
  "verbrauch",
  "brauch",
  "lebens",
  "mittel",
  "sicherheit",
  "anlage",
  "afval",
  "water",
  "zuivering",
]);
const german = { isWord: (w: string) => WORDS.has(w), linking: LINKING.de };

describe("splitCompound (pure)", () => {
  it("splits a compound into known words", () => {
    expect(splitCompound("abwasserbehandlung", german)).toEqual(["abwasser", "behandlung"]);
    expect(splitCompound("energieverbrauch", german)).toEqual(["energie", "verbrauch"]);
    expect(splitCompound("abwasserbehandlungsanlage", german)).toEqual(["abwasser", "behandlung", "anlage"]);
  });

  it("allows the linking elements between parts, and only those", () => {
    expect(splitCompound("handwerksbackereien", german)).toEqual(["handwerk", "backereien"]);
    expect(splitCompound("energieenverbrauch", german)).toEqual(["energie", "verbrauch"]);
    expect(splitCompound("energiexverbrauch", german)).toBeNull();
    expect(splitCompound("afvalswater", { isWord: german.isWord, linking: LINKING.nl })).toEqual(["afval", "water"]);
    expect(splitCompound("afvalerwater", { isWord: german.isWord, linking: LINKING.nl })).toBeNull();
  });

  it("prefers the fewest parts, and does not split a known word or into short parts", () => {
    // "abwasser" is a word: not "ab" + "wasser", and the compound keeps it whole.
    expect(splitCompound("abwasser", german)).toBeNull();
    expect(splitCompound("abwasserreinigung", german)).toEqual(["abwasser", "reinigung"]);
    expect(splitCompound("verbrauch", german)).toBeNull();
    expect(splitCompound("eiwasser", { isWord: (w) => w === "ei" || w === "wasser", linking: LINKING.de })).toBeNull();
    expect(splitCompound("wasserei", { isWord: (w) => w === "ei" || w === "wasser", linking: LINKING.de })).toBeNull();
  });

  it("uses compound-only forms at the start or in the middle, never as the last part", () => {
    const rules = { ...german, isCompoundOnly: (w: string) => w === "ruck" || w === "gewinnungs" };
    expect(splitCompound("ruckbehandlung", rules)).toEqual(["ruck", "behandlung"]);
    expect(splitCompound("behandlungruck", rules)).toBeNull();
    expect(splitCompound("lebensmittelsicherheit", german)).toEqual(["lebens", "mittel", "sicherheit"]);
  });

  it("leaves garbage and words it cannot read whole alone", () => {
    expect(splitCompound("abwasserxyzq", german)).toBeNull();
    expect(splitCompound("", german)).toBeNull();
    expect(splitCompound("wasserwasserwasserwasserwasser", german)).toBeNull(); // more than MAX_PARTS
  });
});

describe("hunspellLexicon", () => {
  const AFF = [
    "SET UTF-8",
    "ONLYINCOMPOUND o",
    "NEEDAFFIX h",
    "SFX J Y 2",
    "SFX J en ung en",
    "SFX J en ungen en",
  ].join("\n");
  const DIC = ["4", "Reinigen/J", "Behandlungs/h", "wasser/o", "Bäckerei", "Öl"].join("\n");

  it("keeps headwords and their suffix forms, folded, and sets compound-only forms apart", () => {
    const { words, compoundOnly } = hunspellLexicon(AFF, DIC);
    expect([...words].sort()).toEqual(["backerei", "reinigen", "reinigung", "reinigungen"]);
    expect([...compoundOnly].sort()).toEqual(["behandlungs", "wasser"]);
  });

  it("reads the German and Dutch dictionaries on first use", () => {
    const de = lexicon("de");
    expect(de.words.has("behandlung")).toBe(true);
    expect(de.words.has("abwasserbehandlung")).toBe(false);
    expect(lexicon("de")).toBe(de);
    expect(lexicon("nl").words.has("zuivering")).toBe(true);
  });
});

describe("compounds in German and Dutch text and queries", () => {
  it("splits with the maintained dictionaries, never an English word or a known word", () => {
    expect(compoundParts("de", "abwasserbehandlung")).toEqual(["abwasser", "behandlung"]);
    expect(compoundParts("de", "warmeruckgewinnung")).toEqual(["warme", "ruck", "gewinnung"]);
    expect(compoundParts("de", "energieverbrauch")).toEqual(["energie", "verbrauch"]);
    expect(compoundParts("nl", "afvalwaterzuivering")).toEqual(["afval", "waterzuivering"]);
    expect(compoundParts("de", "verbrauch")).toBeNull();
    // "Kindergarten" reads as Kinder + Garten, but it is an English word too: never split.
    const { words, compoundOnly } = lexicon("de");
    const dictionary = { isWord: (w: string) => words.has(w), isCompoundOnly: (w: string) => compoundOnly.has(w) };
    expect(splitCompound("kindergarten", { ...dictionary, linking: LINKING.de })).toEqual(["kinder", "garten"]);
    expect(compoundParts("de", "kindergarten")).toBeNull();
    expect(compoundParts("de", "wastewater")).toBeNull();
  });

  it("indexes a compound's part stems after its own stem; other languages and English are unchanged", () => {
    expect(analyzeIn("de", "Abwasserbehandlung")).toEqual(["de:abwasserbehandl", "de:abwass", "de:behandl"]);
    const words: string[] = [];
    analyzeIn("de", "die Abwasserbehandlung", { add: (w) => words.push(w) });
    expect(words).toEqual(["abwasserbehandlung", "abwasser", "behandlung"]);
    expect(analyzeIn("es", "Abwasserbehandlung")).toEqual(["es:abwasserbehandlung"]);
    expect(analyze("Abwasserbehandlung")).toHaveLength(1);
  });

  it("a compound query also looks for its parts together, for less than the whole word", () => {
    const synonyms = buildSynonymIndex([]);
    const { parsed, languageTerms } = inQueryLanguage(parseQuery("Abwasserreinigung ", synonyms), "de");
    expect(parsed.concepts[0]!.alternatives.slice(1)).toEqual([
      { terms: [termIn("de", "abwasserreinigung")], weight: 1 },
      { terms: ["de:abwass", "de:reinig"], weight: RANKING.synonymWeight },
    ]);
    expect([...languageTerms]).toEqual([termIn("de", "abwasserreinigung"), "de:abwass", "de:reinig"]);
    const english = parseQuery("wastewater ", synonyms);
    expect(inQueryLanguage(english, null).parsed).toBe(english);
  });

  it("marks a compound in a listing when one of its parts matched", () => {
    const s = highlight("Wir planen die Abwasserbehandlung.", new Set(["de:behandl"]));
    expect(s.filter((x) => x.hit).map((x) => x.text)).toEqual(["Abwasserbehandlung"]);
  });

  it("reads a query's compound through the glossary's words for the language note", () => {
    expect(compoundGlossaryTerms("abwasserbehandlung", "de")).toEqual(["wastewater", "treatment"]);
    expect(compoundGlossaryTerms("abwasserreinigung", "de")).toEqual(["wastewater"]);
    expect(compoundGlossaryTerms("afvalwaterzuivering", "nl")).toEqual(["wastewater", "treatment"]);
    expect(compoundGlossaryTerms("softwareentwicklung", "de")).toEqual(["software"]);
    expect(compoundGlossaryTerms("softwaretesting", "de")).toEqual([]);
    expect(compoundGlossaryTerms("watermanagement", "nl")).toEqual([]);
    expect(compoundGlossaryTerms("abwasser", "de")).toEqual([]);
    expect(compoundGlossaryTerms("abwasserbehandlung", "es")).toEqual([]);
  });
});
