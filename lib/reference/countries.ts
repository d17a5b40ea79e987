// Countries (ISO 3166-1 alpha-2) and their continents, from the MIT-licensed `countries-list`
// package (github.com/annexare/Countries). Languages (ISO 639-1) from the same package.
import { continents, countries, languages } from "countries-list";
import { hasOwn, own } from "@/lib/own";

export type ContinentCode = keyof typeof continents;

export const CONTINENTS: readonly { code: ContinentCode; name: string }[] = (
  ["EU", "AF", "AS", "NA", "SA", "OC", "AN"] as const
).map((code) => ({ code, name: continents[code] }));

const countryTable = countries as Record<string, { name: string; continent: ContinentCode; native: string }>;

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && hasOwn(countryTable, code);
}

export function countryName(code: string): string {
  return own(countryTable, code)?.name ?? code;
}

export function continentOf(code: string): ContinentCode | null {
  return own(countryTable, code)?.continent ?? null;
}

export function continentName(code: string): string {
  return own(continents as Record<string, string>, code) ?? code;
}

export const COUNTRY_CODES: readonly string[] = Object.keys(countryTable).sort();

/** Every country, sorted by English name. */
export const COUNTRIES = COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
  a.name.localeCompare(b.name, "en"),
);

const languageTable = languages as Record<string, { name: string; native: string }>;

export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && hasOwn(languageTable, code);
}

export function languageName(code: string): string {
  return own(languageTable, code)?.name ?? code;
}

export const LANGUAGES = Object.entries(languageTable)
  .map(([code, l]) => ({ code, name: l.name, native: l.native }))
  .sort((a, b) => a.name.localeCompare(b.name, "en"));
