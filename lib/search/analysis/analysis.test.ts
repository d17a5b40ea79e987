import { describe, expect, it } from "vitest";
import { analyze } from "../text";
import { parseQuery } from "../query";
import { buildSynonymIndex } from "../synonyms";
import { analyzeField, analyzeIn, listingLanguage } from "./analyze";
import { detectTextLanguage } from "./detect";
import { languageOfTerm, splitElisions, stemIn, termIn } from "./languages";
import { inQueryLanguage } from "./query-language";

const SPANISH =
  "Ayudamos a almazaras y bodegas a depurar el agua residual que generan y a reutilizarla en riego. Analizamos sus vertidos y comparamos tratamientos.";
const ENGLISH =
  "We help olive mills and wineries treat the wastewater they produce and reuse it for irrigation. We analyse their effluent and compare treatments.";

describe("detectTextLanguage", () => {
  it("names the language of a listing written in one of the register's languages", () => {
    expect(detectTextLanguage(SPANISH)).toBe("es");
    expect(
      detectTextLanguage(
        "Ajudamos tinturarias e confeções a tratar as águas residuais coloridas e a reutilizar a água no processo de tingimento.",
      ),
    ).toBe("pt");
    expect(
      detectTextLanguage(
        "Nous aidons les transformateurs et les transporteurs de produits frais à maîtriser la chaîne du froid jusqu'à la livraison.",
      ),
    ).toBe("fr");
    expect(
      detectTextLanguage(
        "Wir unterstützen Handwerksbäckereien dabei, Rezepturen zu verbessern und den Energieverbrauch ihrer Backöfen zu senken.",
      ),
    ).toBe("de");
  });

  it("keeps English, short and mixed texts English (their analysis never changes)", () => {
    expect(detectTextLanguage(ENGLISH)).toBe("en");
    expect(detectTextLanguage("Universidad de Jaén")).toBe("en");
    expect(detectTextLanguage("")).toBe("en");
    expect(detectTextLanguage("Die casting and van conversion for a door maker in Rotterdam, Netherlands")).toBe("en");
  });
});

describe("analysis in a listing's language", () => {
  it("stems with the language's Snowball stemmer, on folded words, and tags the stem with the language", () => {
    expect(analyzeIn("es", "tratamiento de aguas residuales")).toEqual(["es:tratamient", "es:agu", "es:residual"]);
    expect(analyzeIn("es", "tratamiento de agua residual")).toEqual(["es:tratamient", "es:agu", "es:residual"]);
    expect(analyzeIn("es", "Depuración")).toEqual(analyzeIn("es", "depuracion"));
    expect(stemIn("pt", "águas")).toBe("agu");
    expect(termIn("de", "die")).toBeNull(); // a German article, though English keeps "die"
    expect(termIn("nl", "van")).toBeNull();
    expect(languageOfTerm("es:agu")).toBe("es");
    expect(languageOfTerm("agu")).toBeNull();
  });

  it("splits French and Italian elisions", () => {
    expect(splitElisions("fr", "l'eau d'épuration")).toBe(" eau  épuration");
    expect(analyzeIn("fr", "l'eau et les eaux")).toEqual(["fr:eau", "fr:eau"]);
    expect(splitElisions("es", "l'eau")).toBe("l'eau");
  });

  it("analyses English text, names and English fields of another-language listing as before", () => {
    expect(analyzeField("en", "summary", ENGLISH)).toEqual(analyze(ENGLISH));
    expect(analyzeField("es", "institution", "Universidad de Jaén")).toEqual(analyze("Universidad de Jaén"));
    expect(analyzeField("es", "keywords", "wastewater treatment | olive oil")).toEqual(
      analyze("wastewater treatment | olive oil"),
    );
    expect(analyzeField("es", "summary", SPANISH).every((t) => t.startsWith("es:"))).toBe(true);
    expect(listingLanguage({ name: "Tratamiento de Agua Residual", summary: SPANISH, description: "" })).toBe("es");
  });
});

describe("inQueryLanguage", () => {
  const synonyms = buildSynonymIndex([]);

  it("adds each word's stem in the query's language as an alternative of the same weight", () => {
    const { parsed, languageTerms } = inQueryLanguage(parseQuery("tratamiento de aguas ", synonyms), "es");
    expect(parsed.concepts.map((c) => c.alternatives.map((a) => [a.terms.join(" "), a.weight]))).toEqual([
      [
        ["tratamiento", 1],
        ["es:tratamient", 1],
      ],
      [
        ["agua", 1],
        ["es:agu", 1],
      ],
    ]);
    expect([...languageTerms]).toEqual(["es:tratamient", "es:agu"]);
  });

  it("drops the language's own function words and leaves English queries alone", () => {
    const german = inQueryLanguage(parseQuery("die Bäckerei ", synonyms), "de").parsed;
    expect(german.concepts.map((c) => c.text)).toEqual(["backerei"]);
    expect(german.ignored).toContain("die");
    const english = parseQuery("die casting ", synonyms);
    expect(inQueryLanguage(english, null).parsed).toBe(english);
  });
});
