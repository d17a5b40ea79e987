// Institutions for the synthetic corpus: real university names and countries from the shared Hipo
// list when it exists (read at run time), else generated names spread over every country.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { countries } from "countries-list";
import { COUNTRY_CODES, continentOf } from "@/lib/reference/countries";
import { createRng, hashSeed, shuffled, Zipf, type Rng } from "./prng";
import type { Institution } from "./types";

export const DEFAULT_HIPO_JSON = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../shared/data/hipo/world_universities_and_domains.json",
);

const countryTable = countries as Record<string, { capital: string; languages: string[] }>;

/** The country's official languages (ISO 639-1), from countries-list. */
export function countryLanguages(code: string): string[] {
  return countryTable[code]?.languages ?? [];
}

// Countries with many research institutions come first; the rest follow in a seeded order.
const BIG_RESEARCH_COUNTRIES = [
  "GB",
  "US",
  "DE",
  "CN",
  "FR",
  "IN",
  "JP",
  "IT",
  "ES",
  "CA",
  "AU",
  "NL",
  "BR",
  "KR",
  "SE",
];

const SYLLABLES = [
  "bran",
  "ford",
  "kel",
  "mar",
  "ton",
  "vale",
  "ash",
  "bur",
  "ley",
  "wick",
  "nor",
  "dal",
  "stan",
  "ril",
  "chester",
  "mont",
  "sor",
  "ven",
  "lin",
  "gar",
  "ova",
  "tal",
  "ber",
  "ing",
  "hol",
];
const INSTITUTION_PATTERNS = [
  (p: string) => `University of ${p}`,
  (p: string) => `${p} University`,
  (p: string) => `${p} Institute of Technology`,
  (p: string) => `${p} Technical University`,
  (p: string) => `${p} Medical School`,
  (p: string) => `${p} College`,
  (p: string) => `${p} Research Institute`,
  (p: string) => `University of Applied Sciences ${p}`,
];
const NOT_IN_ACRONYM = new Set(["of", "and", "the", "for", "de", "la", "du", "des", "di", "del", "y", "&", "at", "in"]);

function placeName(rng: Rng): string {
  const n = rng.int(2, 3);
  let s = "";
  for (let i = 0; i < n; i++) s += rng.pick(SYLLABLES);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function acronymOf(name: string): string | null {
  const letters = name
    .split(/[\s,\-–()]+/)
    .filter((w) => w && !NOT_IN_ACRONYM.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
  return letters.length >= 2 && letters.length <= 6 ? letters : null;
}

function finish(rng: Rng, name: string, countryCode: string, region: string | null): Institution {
  const continent = continentOf(countryCode) ?? "EU";
  const capital = countryTable[countryCode]?.capital || placeName(rng);
  const roll = rng.next();
  const city = region && roll < 0.4 ? region : roll < 0.7 ? capital : placeName(rng);
  const acronym = acronymOf(name);
  return { name, aliases: acronym ? [acronym] : [], city, countryCode, continent, verified: rng.chance(0.7) };
}

function syntheticInstitutions(rng: Rng, count: number): Institution[] {
  const rest = shuffled(
    rng,
    COUNTRY_CODES.filter((c) => !BIG_RESEARCH_COUNTRIES.includes(c) && continentOf(c) !== "AN"),
  );
  const order = [...BIG_RESEARCH_COUNTRIES, ...rest];
  const zipf = new Zipf(order.length, 0.9);
  const out: Institution[] = [];
  for (let i = 0; i < count; i++) {
    const code = order[zipf.sample(rng)] as string;
    out.push(finish(rng, rng.pick(INSTITUTION_PATTERNS)(placeName(rng)), code, null));
  }
  return out;
}

interface HipoRecord {
  name?: string;
  alpha_two_code?: string;
  "state-province"?: string | null;
}

function hipoInstitutions(rng: Rng, file: string, count: number): Institution[] {
  const records = JSON.parse(readFileSync(file, "utf8")) as HipoRecord[];
  const seen = new Set<string>();
  const usable = records.filter((r) => {
    const ok = !!r.name && !!r.alpha_two_code && continentOf(r.alpha_two_code) !== null && !seen.has(r.name);
    if (ok) seen.add(r.name as string);
    return ok;
  });
  return shuffled(rng, usable)
    .slice(0, count)
    .map((r) => finish(rng, r.name as string, r.alpha_two_code as string, r["state-province"] ?? null));
}

export interface InstitutionSet {
  source: "hipo" | "synthetic";
  institutions: Institution[];
}

/** `count` institutions, deterministic for a seed; real names first, synthetic ones to fill up. */
export function generateInstitutions(
  seed: number,
  count: number,
  hipoPath: string | null = DEFAULT_HIPO_JSON,
): InstitutionSet {
  const rng = createRng(hashSeed(seed, "institutions"));
  const real = hipoPath && existsSync(hipoPath) ? hipoInstitutions(rng, hipoPath, count) : [];
  const institutions = [...real, ...syntheticInstitutions(rng, count - real.length)];
  return { source: real.length > 0 ? "hipo" : "synthetic", institutions };
}

/** How many institutions a corpus of `teams` teams spreads over ("thousands", never more than teams). */
export function institutionCountFor(teams: number): number {
  return Math.max(1, Math.min(teams, Math.max(2000, Math.min(10_000, Math.round(teams / 10)))));
}
