// Search parameters from a URL, for the JSON API (strict: anything wrong is a 400 naming the
// parameter) and for the /search page (lenient: bad values are dropped and explained).
import { z } from "zod";
import { badRequest } from "@/lib/errors";
import { CONTINENTS, isCountryCode, isLanguageCode } from "@/lib/reference/countries";
import { AVAILABILITY, COST_BANDS, ENGAGEMENT_MODES, KNOWLEDGE_TYPES } from "@/lib/reference/engagement";
import { isFieldCode } from "@/lib/reference/fields";
import { isSectorCode } from "@/lib/reference/sectors";
import { SEARCH_OPTIONS } from "@/lib/search/options";
import { stripControlChars } from "@/lib/search/text";
import { FACET_NAMES, type FacetName, type SearchParams } from "@/lib/search/types";
import { MAX_PAGE } from "./browse";
import { paramsRecord } from "@/lib/own";

export const MAX_QUERY_LENGTH = SEARCH_OPTIONS.limits.maxQueryLength;
export const MAX_VALUES_PER_FACET = 20;
export const DEFAULT_PAGE_SIZE = SEARCH_OPTIONS.limits.defaultPageSize;

const codes = (list: readonly { code: string }[]) => new Set(list.map((x) => x.code));
const inSet = (set: Set<string>) => (v: string) => set.has(v);

const facetValue: Record<FacetName, z.ZodType<string>> = {
  country: z
    .string()
    .max(2, "Not a country code")
    .transform((v) => v.toUpperCase())
    .refine(isCountryCode, "Unknown country code (use ISO 3166-1 alpha-2, e.g. GB)"),
  region: z
    .string()
    .max(2, "Not a region code")
    .transform((v) => v.toUpperCase())
    .refine(inSet(codes(CONTINENTS)), "Unknown region (use EU, AF, AS, NA, SA, OC or AN)"),
  field: z
    .string()
    .max(5, "Not a field code")
    .refine(isFieldCode, "Unknown OECD field of science code (e.g. 2 or 2.5)"),
  knowledgeType: z
    .string()
    .max(40)
    .refine(inSet(codes(KNOWLEDGE_TYPES)), "Unknown knowledge type"),
  engagementMode: z
    .string()
    .max(40)
    .refine(inSet(codes(ENGAGEMENT_MODES)), "Unknown engagement mode"),
  costBand: z
    .string()
    .max(20)
    .refine(inSet(codes(COST_BANDS)), "Unknown cost band"),
  sector: z
    .string()
    .max(1, "Not a sector code")
    .transform((v) => v.toUpperCase())
    .refine(isSectorCode, "Unknown SIC 2007 section (A to U)"),
  language: z
    .string()
    .max(2, "Not a language code")
    .transform((v) => v.toLowerCase())
    .refine(isLanguageCode, "Unknown language code (use ISO 639-1, e.g. en)"),
  availability: z
    .string()
    .max(10)
    .refine(inSet(codes(AVAILABILITY)), "Unknown availability (now, limited or not-now)"),
};

const single = {
  q: z
    .string()
    .transform((v) => stripControlChars(v).trim())
    .pipe(z.string().max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)),
  sort: z.enum(["relevance", "updated"], { error: "sort must be relevance or updated" }),
  page: z
    .string()
    .regex(/^\d{1,6}$/, `page must be a whole number from 1 to ${MAX_PAGE}`)
    .transform(Number)
    .pipe(z.number().int().min(1, "page must be 1 or more").max(MAX_PAGE, `page must be at most ${MAX_PAGE}`)),
  pageSize: z
    .string()
    .regex(/^\d{1,3}$/, `pageSize must be a whole number from 1 to ${SEARCH_OPTIONS.limits.maxPageSize}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, "pageSize must be 1 or more")
        .max(SEARCH_OPTIONS.limits.maxPageSize, `pageSize must be at most ${SEARCH_OPTIONS.limits.maxPageSize}`),
    ),
} as const;

type SingleName = keyof typeof single;
const SINGLE_NAMES = Object.keys(single) as SingleName[];
/** Words of q the person dropped from the search ("drop", repeated), as listed in usedTerms. */
export const MAX_DROPPED_TERMS = 50;
export const SEARCH_PARAM_NAMES: readonly string[] = [...SINGLE_NAMES, ...FACET_NAMES, "drop"];

/** Some letter or digit to search for (an emoji-only or punctuation-only q has none). */
const SEARCHABLE = /[\p{L}\p{N}]/u;

export function emptySearchParams(): SearchParams {
  return { q: "", filters: {}, sort: "relevance", page: 1, pageSize: DEFAULT_PAGE_SIZE };
}

/** Every value of every parameter, from a URL or Next.js searchParams. */
export function collectParams(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (k: string, v: string) => out.set(k, [...(out.get(k) ?? []), v]);
  if (input instanceof URLSearchParams) input.forEach((v, k) => add(k, v));
  else
    for (const [k, v] of Object.entries(input))
      for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) add(k, one);
  return out;
}

interface Parsed {
  params: SearchParams;
  /** Parameter → what was wrong with it. */
  problems: Record<string, string>;
}

function parse(raw: Map<string, string[]>, strict: boolean): Parsed {
  const params = emptySearchParams();
  const problems: Record<string, string> = {};
  for (const name of raw.keys()) {
    if (SEARCH_PARAM_NAMES.includes(name)) continue;
    if (strict) problems[name.slice(0, 50)] = `Unknown parameter. Use: ${SEARCH_PARAM_NAMES.join(", ")}`;
  }
  for (const name of SINGLE_NAMES) {
    const values = (raw.get(name) ?? []).filter((v) => strict || v !== "");
    if (values.length === 0) continue;
    if (values.length > 1 && strict) {
      problems[name] = `${name} must be given once`;
      continue;
    }
    const r = single[name].safeParse(name === "q" && !strict ? values[0]!.slice(0, 4 * MAX_QUERY_LENGTH) : values[0]);
    if (r.success) Object.assign(params, { [name]: r.data });
    else if (name === "q" && !strict) {
      params.q = stripControlChars(values[0]!).trim().slice(0, MAX_QUERY_LENGTH);
      problems.q = `Your search was shortened to its first ${MAX_QUERY_LENGTH} characters`;
    } else problems[name] = r.error.issues[0]?.message ?? `${name} is not valid`;
  }
  if (strict && params.q !== "" && !SEARCHABLE.test(params.q))
    problems.q ??= "q has no letters or digits to search for (emoji and punctuation are not searched)";
  const drop = [...new Set((raw.get("drop") ?? []).map((v) => stripControlChars(v).trim().slice(0, 100)))].filter(
    (v) => v !== "",
  );
  if (drop.length > MAX_DROPPED_TERMS && strict) problems.drop = `At most ${MAX_DROPPED_TERMS} values of drop`;
  else if (drop.length > 0) params.exclude = drop.slice(0, MAX_DROPPED_TERMS);
  for (const name of FACET_NAMES) {
    const values = (raw.get(name) ?? []).filter((v) => v !== "" || strict);
    if (values.length === 0) continue;
    if (values.length > MAX_VALUES_PER_FACET) {
      problems[name] = `At most ${MAX_VALUES_PER_FACET} values of ${name}`;
      if (strict) continue;
    }
    const ok: string[] = [];
    for (const v of values.slice(0, MAX_VALUES_PER_FACET)) {
      const r = facetValue[name].safeParse(v);
      if (r.success) ok.push(r.data);
      else problems[name] ??= `${r.error.issues[0]?.message ?? "Not valid"}: "${v.slice(0, 40)}"`;
    }
    if (ok.length > 0) params.filters[name] = [...new Set(ok)];
  }
  return { params, problems };
}

/** For /api/v1/teams: throws a bad_request AppError naming every parameter that is wrong. */
export function parseSearchApiParams(input: URLSearchParams): SearchParams {
  const { params, problems } = parse(collectParams(input), true);
  const names = Object.keys(problems);
  if (names.length > 0) {
    const first = names[0]!;
    throw badRequest(`Parameter "${first}": ${problems[first]}`, problems);
  }
  return params;
}

/** For the /search page: keeps what is valid, explains what was dropped. */
export function parseSearchPageParams(input: Record<string, string | string[] | undefined>): {
  params: SearchParams;
  problems: string[];
} {
  const { params, problems } = parse(collectParams(input), false);
  return { params, problems: Object.entries(problems).map(([k, v]) => (k === "q" ? v : `${k}: ${v}`)) };
}

/** The URL query string for a search (what the page links to). */
export function searchQueryString(p: Partial<SearchParams>): string {
  const q = new URLSearchParams();
  if (p.q) q.set("q", p.q);
  for (const name of FACET_NAMES) for (const v of p.filters?.[name] ?? []) q.append(name, v);
  for (const v of p.exclude ?? []) q.append("drop", v);
  if (p.sort && p.sort !== "relevance") q.set("sort", p.sort);
  if (p.page && p.page > 1) q.set("page", String(p.page));
  if (p.pageSize && p.pageSize !== DEFAULT_PAGE_SIZE) q.set("pageSize", String(p.pageSize));
  return q.toString();
}

/** The same, as a record of parameter → values (for the shared Pagination component). */
export function searchParamsRecord(p: Partial<SearchParams>): Record<string, string[]> {
  return paramsRecord(new URLSearchParams(searchQueryString(p)));
}

const suggestSchema = z.object({
  q: z.string().transform((v) => stripControlChars(v).slice(0, SEARCH_OPTIONS.limits.maxSuggestLength)),
  limit: z
    .string()
    .regex(/^\d{1,2}$/, "limit must be a whole number from 1 to 20")
    .transform(Number)
    .pipe(z.number().int().min(1, "limit must be 1 or more").max(20, "limit must be at most 20"))
    .optional(),
});

/** For /api/search/suggest: q is cut to the suggestion limit (typing is never an error). */
export function parseSuggestParams(input: URLSearchParams): { q: string; limit?: number } {
  const raw = collectParams(input);
  const unknown = [...raw.keys()].filter((k) => k !== "q" && k !== "limit");
  if (unknown.length > 0)
    throw badRequest(`Parameter "${unknown[0]!.slice(0, 50)}": Unknown parameter. Use: q, limit`, {
      [unknown[0]!.slice(0, 50)]: "Unknown parameter",
    });
  const r = suggestSchema.safeParse({ q: raw.get("q")?.[0] ?? "", limit: raw.get("limit")?.[0] });
  if (!r.success) {
    const issue = r.error.issues[0];
    const name = String(issue?.path[0] ?? "q");
    throw badRequest(`Parameter "${name}": ${issue?.message ?? "not valid"}`, {
      [name]: issue?.message ?? "not valid",
    });
  }
  return r.data;
}

const listOf = (list: readonly { code: string }[]) => list.map((x) => x.code).join(", ");
const FACET_DOCS: Record<FacetName, { description: string; example: string; enum?: string[] }> = {
  country: { description: "ISO 3166-1 alpha-2 country of the team's institution (any case).", example: "GB" },
  region: { description: `Continent code: ${listOf(CONTINENTS)}.`, example: "EU" },
  field: { description: "OECD field of science: a major field (2) also matches its subfields (2.5).", example: "2" },
  knowledgeType: {
    description: "Kind of knowledge the team offers.",
    example: KNOWLEDGE_TYPES[0].code,
    enum: KNOWLEDGE_TYPES.map((x) => x.code),
  },
  engagementMode: {
    description: "Way of working with a firm.",
    example: ENGAGEMENT_MODES[0].code,
    enum: ENGAGEMENT_MODES.map((x) => x.code),
  },
  costBand: {
    description: "Cost band of a way of working.",
    example: COST_BANDS[0].code,
    enum: COST_BANDS.map((x) => x.code),
  },
  sector: { description: "SIC 2007 section served, A to U (any case).", example: "C" },
  language: { description: "ISO 639-1 language the team works in (any case).", example: "en" },
  availability: {
    description: "Whether the team can take on work.",
    example: "now",
    enum: AVAILABILITY.map((x) => x.code),
  },
};

/**
 * The query parameters of GET /api/v1/teams, for the API description: built from the very
 * schemas parseSearchApiParams validates each parameter with (a facet may be repeated).
 */
export const searchApiQuerySchema = z.object({
  q: single.q.optional().meta({
    description: `Free text (at most ${MAX_QUERY_LENGTH} characters). Empty lists every matching team.`,
    example: "battery recycling",
  }),
  sort: single.sort.optional().meta({ description: "relevance (default) or updated (newest first)." }),
  page: single.page.optional().meta({ description: `Page number, 1 to ${MAX_PAGE} (default 1).`, example: "1" }),
  pageSize: single.pageSize.optional().meta({
    description: `Results per page, 1 to ${SEARCH_OPTIONS.limits.maxPageSize} (default ${DEFAULT_PAGE_SIZE}).`,
    example: String(DEFAULT_PAGE_SIZE),
  }),
  ...(Object.fromEntries(
    FACET_NAMES.map((name) => {
      const { enum: values, ...doc } = FACET_DOCS[name];
      const item = values ? facetValue[name].meta({ override: { enum: values } }) : facetValue[name];
      return [
        name,
        z
          .array(item)
          .max(MAX_VALUES_PER_FACET)
          .optional()
          .meta({ ...doc, example: [doc.example], description: `${doc.description} Repeat to OR values.` }),
      ];
    }),
  ) as Record<FacetName, z.ZodOptional<z.ZodArray<z.ZodType<string>>>>),
});

/** The query parameters of GET /api/search/suggest, for the API description. */
export const suggestApiQuerySchema = suggestSchema.extend({
  q: suggestSchema.shape.q.meta({ description: "What has been typed so far (cut, never refused, when long)." }),
});
