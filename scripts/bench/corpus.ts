// Deterministic synthetic teams. Team i depends only on (seed, i) and the shared vocabulary and
// institutions, so a corpus can be produced in any order or streamed, and team 7 is the same
// team whether the corpus holds 10k or 1M teams.
import { COST_BANDS, ENGAGEMENT_MODES, KNOWLEDGE_TYPES } from "@/lib/reference/engagement";
import type { SearchDocument } from "@/lib/search/types";
import { slugify } from "@/lib/slug";
import { countryLanguages } from "./institutions";
import { createRng, distinct, hashSeed, shuffled, Zipf, type Rng } from "./prng";
import {
  CASE_STUDY_TEMPLATES,
  FACILITIES,
  OECD_BY_OPENALEX_FIELD,
  SECTOR_ORDER,
  SUMMARY_TEMPLATES,
  TEAM_NAME_TEMPLATES,
  THINGS,
} from "./phrases";
import type { Institution, Topic, Vocabulary } from "./types";

const DAY = 86_400_000;
/** A fixed "now", so dates do not depend on when the benchmark runs. */
export const CORPUS_NOW = Date.UTC(2026, 10, 1);
const OTHER_LANGUAGES = ["fr", "de", "es", "zh", "ar", "pt", "it", "ja", "ru", "nl"];

export interface CorpusGenerator {
  /** Topics in popularity order (rank 0 is the most frequent). */
  readonly topicsByRank: readonly Topic[];
  readonly institutions: readonly Institution[];
  readonly topicZipf: Zipf;
  readonly institutionZipf: Zipf;
  teamAt(index: number): SearchDocument;
}

export function createCorpusGenerator(
  seed: number,
  vocabulary: Vocabulary,
  institutions: readonly Institution[],
): CorpusGenerator {
  if (institutions.length === 0) throw new Error("corpus needs at least one institution");
  const topicsByRank = shuffled(createRng(hashSeed(seed, "topic-order")), vocabulary.topics);
  const topicZipf = new Zipf(topicsByRank.length, 0.9);
  const institutionZipf = new Zipf(institutions.length, 0.8);
  const keywordZipf = new Map<number, Zipf>();
  const kwZipf = (n: number): Zipf => {
    let z = keywordZipf.get(n);
    if (!z) keywordZipf.set(n, (z = new Zipf(n, 0.7)));
    return z;
  };
  const knowledgeZipf = new Zipf(KNOWLEDGE_TYPES.length, 0.8);
  const modeZipf = new Zipf(ENGAGEMENT_MODES.length, 0.8);
  const sectorZipf = new Zipf(SECTOR_ORDER.length, 1.0);
  const facilityZipf = new Zipf(FACILITIES.length, 0.9);

  const topicOf = (rng: Rng): Topic => topicsByRank[topicZipf.sample(rng)] as Topic;
  const keywordOf = (rng: Rng, t: Topic): string => t.keywords[kwZipf(t.keywords.length).sample(rng)] as string;

  function teamAt(index: number): SearchDocument {
    const id = index + 1;
    const rng = createRng(hashSeed(seed, "team", index));
    const inst = institutions[institutionZipf.sample(rng)] as Institution;
    const primary = topicOf(rng);
    const extra = rng.next();
    const secondary = extra < 0.6 ? [topicOf(rng)] : extra < 0.8 ? [topicOf(rng), topicOf(rng)] : [];

    const keywords = distinct(rng.int(4, 8), () => keywordOf(rng, primary));
    for (const t of secondary)
      for (const k of distinct(rng.int(1, 3), () => keywordOf(rng, t))) if (!keywords.includes(k)) keywords.push(k);
    const [k1 = primary.name, k2 = k1, k3 = k2] = keywords;

    const name = rng.pick(TEAM_NAME_TEMPLATES)({ topic: primary.name, k1, k2, inst: inst.aliases[0] ?? inst.city });
    const mode = ENGAGEMENT_MODES[modeZipf.sample(rng)]!;
    const summary = rng.pick(SUMMARY_TEMPLATES)({ k1, k2, k3, mode: mode.name, sector: sectorName(rng, sectorZipf) });
    const facilities = rng.chance(0.6)
      ? distinct(rng.int(1, 3), () => FACILITIES[facilityZipf.sample(rng)] as string)
      : [];
    const description =
      `${primary.summary} ` +
      (secondary[0] ? `We also work on ${secondary[0].name.toLowerCase()}. ` : "") +
      (facilities.length > 0 ? `Our facilities include ${facilities.join(", ").toLowerCase()}. ` : "") +
      `Based at ${inst.name} in ${inst.city}.`;

    const fields = new Set<string>();
    for (const t of [primary, ...secondary]) {
      const codes = OECD_BY_OPENALEX_FIELD[t.field] ?? ["2.11"];
      const sub = codes[index % codes.length] as string;
      fields.add(sub.split(".")[0] as string).add(sub);
    }
    const costStart = rng.int(0, COST_BANDS.length - 1);
    const costBands = COST_BANDS.slice(costStart, costStart + rng.int(1, 2)).map((c) => c.code);

    const languages = rng.chance(0.92) ? ["en"] : [];
    const local = countryLanguages(inst.countryCode)[0];
    if (local && local !== "en" && (rng.chance(0.6) || languages.length === 0)) languages.push(local);
    if (rng.chance(0.1)) {
      const other = rng.pick(OTHER_LANGUAGES);
      if (!languages.includes(other)) languages.push(other);
    }
    if (languages.length === 0) languages.push("en");

    const a = rng.next();
    const smeCaseStudies = Math.min(20, Math.floor(-Math.log(1 - rng.next()) * 1.5));
    const caseStudyText =
      smeCaseStudies > 0
        ? rng.pick(CASE_STUDY_TEMPLATES)({
            k1: k2,
            k2: k3,
            thing: rng.pick(THINGS),
            sector: sectorName(rng, sectorZipf),
            mode: mode.name,
          })
        : undefined;
    const confirmedAt = CORPUS_NOW - rng.int(0, 1000) * DAY - rng.int(0, DAY - 1);
    return {
      id,
      slug: `${slugify(name, 60)}-${id}`,
      name,
      summary,
      description,
      keywords,
      facilities,
      institutionName: inst.name,
      institutionAliases: inst.aliases,
      city: inst.city,
      countryCode: inst.countryCode,
      continent: inst.continent,
      fields: [...fields],
      knowledgeTypes: distinct(rng.int(1, 3), () => KNOWLEDGE_TYPES[knowledgeZipf.sample(rng)]!.code),
      engagementModes: distinct(rng.int(1, 4), () => ENGAGEMENT_MODES[modeZipf.sample(rng)]!.code),
      costBands,
      sectors: distinct(rng.int(1, 3), () => SECTOR_ORDER[sectorZipf.sample(rng)]!.code),
      languages,
      availability: a < 0.55 ? "now" : a < 0.85 ? "limited" : "not-now",
      smeCaseStudies,
      verifiedInstitution: inst.verified,
      confirmedAt,
      updatedAt: Math.min(CORPUS_NOW, confirmedAt + rng.int(0, 90) * DAY),
      ...(caseStudyText ? { caseStudyText } : {}),
    };
  }

  return { topicsByRank, institutions, topicZipf, institutionZipf, teamAt };
}

function sectorName(rng: Rng, zipf: Zipf): string {
  return SECTOR_ORDER[zipf.sample(rng)]!.short;
}

/** The first `count` teams, with optional progress reports (every 1% or so). */
export function generateCorpus(
  gen: CorpusGenerator,
  count: number,
  onProgress?: (done: number) => void,
): SearchDocument[] {
  const docs = new Array<SearchDocument>(count);
  const step = Math.max(1000, Math.floor(count / 100));
  for (let i = 0; i < count; i++) {
    docs[i] = gen.teamAt(i);
    if (onProgress && (i + 1) % step === 0) onProgress(i + 1);
  }
  if (count % step !== 0) onProgress?.(count);
  return docs;
}
