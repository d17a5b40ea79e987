// How searches are told apart and grouped: the words as a person would read them (case, spacing
// and accents ignored) plus the filters in a fixed order. Used both to record one event per
// distinct search and to group events for the demand insight.
import { foldAccents } from "@/lib/slug";

type Filters = Partial<Record<string, readonly string[] | undefined>>;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g;

/** "  Café  ROASTING " → "cafe roasting". */
export function normaliseQuery(q: string): string {
  return foldAccents(q.replace(CONTROL, " "))
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Filters with empty lists dropped, names and values sorted and de-duplicated. */
export function canonicalFilters(filters: Filters): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(filters).sort()) {
    const values = filters[name];
    if (values && values.length > 0) out[name] = [...new Set(values)].sort();
  }
  return out;
}

export function filtersKey(filters: Filters): string {
  return JSON.stringify(canonicalFilters(filters));
}

/** One string per distinct search: normalised words and canonical filters. */
export function searchKey(q: string, filters: Filters): string {
  return `${normaliseQuery(q)}\u0000${filtersKey(filters)}`;
}
