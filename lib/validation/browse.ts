import { z } from "zod";
import { isCountryCode } from "@/lib/reference/countries";
import { isFieldCode } from "@/lib/reference/fields";
import { isSlug } from "@/lib/slug";

/** The largest page number anyone can ask for; beyond it is certainly empty. */
export const MAX_PAGE = 10_000;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const pageParam = z.preprocess(
  one,
  z
    .string()
    .max(12, "Page number is too long")
    .regex(/^\d+$/, "Page must be a whole number, 1 or more")
    .transform(Number)
    .pipe(z.number().int().min(1, "Page must be 1 or more").max(MAX_PAGE, `Page must be at most ${MAX_PAGE}`))
    .optional(),
);

/** A map cluster to zoom into (`?area=`, from a cluster's link); anything else shows the whole map. */
export const areaParam = z.preprocess(
  one,
  z.string().max(15).regex(/^\d+$/).transform(Number).pipe(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)),
);

export const browseQuerySchema = z.object({
  country: z.preprocess(
    one,
    z
      .string()
      .max(10, "Country code is too long")
      .transform((v) => v.toUpperCase())
      .refine(isCountryCode, "Unknown country code")
      .optional()
      .or(z.literal("").transform(() => undefined)),
  ),
  field: z.preprocess(
    one,
    z
      .string()
      .max(10, "Field code is too long")
      .refine(isFieldCode, "Unknown field of science")
      .optional()
      .or(z.literal("").transform(() => undefined)),
  ),
  page: pageParam,
});

export type BrowseQuery = z.infer<typeof browseQuerySchema>;

export interface ParsedQuery<T> {
  value: T;
  /** Messages for parameters that were ignored because they were not valid. */
  problems: string[];
}

/** Parses page search params leniently: bad parameters are dropped and reported, never thrown. */
export function parseBrowseQuery(raw: Record<string, string | string[] | undefined>): ParsedQuery<BrowseQuery> {
  const problems: string[] = [];
  const value: BrowseQuery = {};
  for (const key of ["country", "field", "page"] as const) {
    const r = browseQuerySchema.shape[key].safeParse(raw[key]);
    if (r.success) Object.assign(value, { [key]: r.data });
    else problems.push(`${key}: ${r.error.issues[0]?.message ?? "invalid"}`);
  }
  return { value, problems };
}

export const slugParam = z.string().refine(isSlug);
export const countryParam = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((v) => v.toUpperCase())
  .refine(isCountryCode);
