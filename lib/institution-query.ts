// What someone types to find an institution ("leeds", "TU Delft", "sao paulo brazil",
// "https://ror.org/024mrxd33"), as the institution search understands it. Pure: no I/O.
import { normaliseRorId } from "./identifiers";
import { COUNTRIES } from "./reference/countries";
import { own } from "@/lib/own";

export const MAX_INSTITUTION_QUERY = 100;
const MAX_TERMS = 6;

/** Common names that are not a country's ISO name. */
const COUNTRY_ALIASES: Record<string, string[]> = {
  uk: ["GB"],
  britain: ["GB"],
  england: ["GB"],
  scotland: ["GB"],
  wales: ["GB"],
  usa: ["US"],
  us: ["US"],
  america: ["US"],
  holland: ["NL"],
};

export interface InstitutionQueryTerm {
  /** Lower-case text to look for in names, aliases, acronyms and cities. */
  text: string;
  /** Countries this term could name (by ISO code, English name or a common alias). */
  countryCodes: string[];
}

export interface InstitutionQuery {
  /** The whole query, lower-case and single-spaced: exact and prefix matches rank first. */
  phrase: string;
  /** Every term must match somewhere (name, alias, acronym, city or country). */
  terms: InstitutionQueryTerm[];
  /** Set when the query is a ROR id (bare or as its URL); then only that id matches. */
  rorId: string | null;
}

export function normaliseQueryText(q: string): string {
  return q
    .replace(/[\u0000-\u001F\u007F]/g, " ")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase()
    .slice(0, MAX_INSTITUTION_QUERY);
}

function countriesFor(term: string): string[] {
  const codes = new Set(own(COUNTRY_ALIASES, term) ?? []);
  if (term.length === 2) {
    const code = term.toUpperCase();
    if (COUNTRIES.some((c) => c.code === code)) codes.add(code);
  }
  // A country's name, or any word of it, beginning with the term ("neth" → Netherlands).
  if (term.length >= 3) {
    for (const c of COUNTRIES) {
      const name = c.name.toLowerCase();
      if (name.startsWith(term) || name.split(/[\s,()-]+/).some((w) => w.startsWith(term))) codes.add(c.code);
    }
  }
  return [...codes];
}

/** The parsed query, or null when there is nothing to search for (fewer than 2 characters). */
export function parseInstitutionQuery(q: string): InstitutionQuery | null {
  const phrase = normaliseQueryText(q);
  if (phrase.length < 2) return null;
  const rorId = normaliseRorId(phrase);
  if (rorId) return { phrase, terms: [], rorId };
  const words = [...new Set(phrase.split(/[\s,;]+/).filter((w) => w.length > 0))].slice(0, MAX_TERMS);
  return { phrase, rorId: null, terms: words.map((text) => ({ text, countryCodes: countriesFor(text) })) };
}
