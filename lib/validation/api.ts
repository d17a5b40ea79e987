// Request schemas of the public JSON API (/api/v1): the route handlers validate with these, and
// the OpenAPI description (lib/api/openapi.ts) is generated from them, so the two cannot drift.
import { z } from "zod";
import { badRequest } from "@/lib/errors";
import { MAX_INSTITUTION_QUERY } from "@/lib/institution-query";
import { isCountryCode } from "@/lib/reference/countries";
import { INSTITUTION_KINDS, codesOf } from "@/lib/reference/engagement";
import { stripControlChars } from "@/lib/search/text";
import { isSlug } from "@/lib/slug";
import { MAX_PAGE } from "./browse";
import { exportQuerySchema } from "./curation";

export const API_MAX_PAGE_SIZE = 100;
export const API_DEFAULT_PAGE_SIZE = 20;
const MAX_REPEATS = 20;

export const pageQuery = z
  .string()
  .regex(/^\d{1,6}$/, `page must be a whole number from 1 to ${MAX_PAGE}`)
  .transform(Number)
  .pipe(z.number().int().min(1, "page must be 1 or more").max(MAX_PAGE, `page must be at most ${MAX_PAGE}`))
  .meta({ description: `Page number, 1 to ${MAX_PAGE} (default 1).`, example: "1" });

export const pageSizeQuery = z
  .string()
  .regex(/^\d{1,3}$/, `pageSize must be a whole number from 1 to ${API_MAX_PAGE_SIZE}`)
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(1, "pageSize must be 1 or more")
      .max(API_MAX_PAGE_SIZE, `pageSize must be at most ${API_MAX_PAGE_SIZE}`),
  )
  .meta({
    description: `Items per page, 1 to ${API_MAX_PAGE_SIZE} (default ${API_DEFAULT_PAGE_SIZE}).`,
    example: String(API_DEFAULT_PAGE_SIZE),
  });

/** A team's, institution's or collection's address on the register. */
export const slugPathParam = (what: string) =>
  z
    .string()
    .max(120, `Not ${what} address`)
    .refine(isSlug, `Not ${what} address`)
    .meta({ description: `The ${what.replace(/^an? /, "")}'s slug, as in its page's address.` });

export const teamSlugPath = z.object({
  slug: slugPathParam("a team").meta({ example: "manchester-graphene-coatings" }),
});
export const institutionSlugPath = z.object({
  slug: slugPathParam("an institution").meta({ example: "university-of-manchester" }),
});
export const collectionSlugPath = z.object({ slug: slugPathParam("a collection") });

export const institutionListQuerySchema = z.object({
  q: z
    .string()
    .transform((v) => stripControlChars(v).trim())
    .pipe(z.string().max(MAX_INSTITUTION_QUERY, `q must be at most ${MAX_INSTITUTION_QUERY} characters`))
    .optional()
    .meta({
      description: "Words of the name, an alias, an acronym or the city; or a ROR id.",
      example: "manchester",
    }),
  country: z
    .array(
      z
        .string()
        .max(2, "Not a country code")
        .transform((v) => v.toUpperCase())
        .refine(isCountryCode, "Unknown country code (use ISO 3166-1 alpha-2, e.g. GB)"),
    )
    .max(MAX_REPEATS)
    .optional()
    .meta({ description: "ISO 3166-1 alpha-2 country (any case). Repeat to OR values.", example: ["GB"] }),
  kind: z
    .array(z.enum(codesOf(INSTITUTION_KINDS), { error: "Unknown kind of institution" }))
    .max(MAX_REPEATS)
    .optional()
    .meta({ description: "Kind of institution. Repeat to OR values." }),
  hasTeams: z
    .enum(["true", "false"], { error: "hasTeams must be true or false" })
    .transform((v) => v === "true")
    .optional()
    .meta({ description: "true: only institutions with at least one published team; false: only those without." }),
  page: pageQuery.optional(),
  pageSize: pageSizeQuery.optional(),
});
export type InstitutionListQuery = z.output<typeof institutionListQuerySchema>;

export const institutionDetailQuerySchema = z.object({
  page: pageQuery.optional().meta({ description: "Page of the institution's teams (default 1)." }),
  pageSize: pageSizeQuery.optional(),
});

export const noQuerySchema = z.object({});

/** GET /api/v1/teams/export: the curators' export parameters less status (public means published). */
export const publicExportQuerySchema = exportQuerySchema
  .pick({ format: true, institution: true, country: true })
  .extend({
    format: exportQuerySchema.shape.format.meta({ description: "csv (default) or json." }),
    institution: exportQuerySchema.shape.institution.meta({
      description: "Only this institution's teams (its slug).",
      example: "university-of-manchester",
    }),
    country: exportQuerySchema.shape.country.meta({
      description: "Only teams in this country (ISO 3166-1 alpha-2).",
      example: "GB",
    }),
  });

type AnyObject = z.ZodObject<z.ZodRawShape>;

function isArrayField(field: z.ZodType): boolean {
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  return inner instanceof z.ZodArray;
}

/**
 * Parses URL query parameters strictly against an object schema: unknown parameters, repeated
 * single-valued ones and invalid values are a 400 naming the parameter. Array fields take every
 * value of a repeated parameter.
 */
export function parseApiQuery<T extends AnyObject>(schema: T, input: URLSearchParams): z.output<T> {
  const shape = schema.shape as Record<string, z.ZodType>;
  const names = Object.keys(shape);
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(input.keys())) {
    const name = key.slice(0, 50);
    const field = shape[key];
    if (!field) {
      const use = names.length > 0 ? `Use: ${names.join(", ")}` : "This endpoint takes no parameters";
      throw badRequest(`Parameter "${name}": Unknown parameter. ${use}`, { [name]: "Unknown parameter" });
    }
    const values = input.getAll(key);
    if (isArrayField(field)) raw[key] = values;
    else if (values.length > 1)
      throw badRequest(`Parameter "${name}": ${name} must be given once`, { [name]: "Given more than once" });
    else raw[key] = values[0]!;
  }
  return parseOrBadRequest(schema, raw, "Parameter");
}

/** Validates path parameters; a bad one is reported by the caller as a 404 (no such page). */
export function parsePathParams<T extends AnyObject>(schema: T, params: Record<string, string>): z.output<T> | null {
  const r = schema.safeParse(params);
  return r.success ? r.data : null;
}

function parseOrBadRequest<T extends AnyObject>(schema: T, raw: unknown, what: string): z.output<T> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const name = String(issue?.path[0] ?? "query");
  const message = issue?.message ?? "not valid";
  throw badRequest(`${what} "${name}": ${message}`, { [name]: message });
}
