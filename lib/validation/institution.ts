import { z } from "zod";
import { isCountryCode } from "@/lib/reference/countries";
import { INSTITUTION_KINDS, codesOf } from "@/lib/reference/engagement";
import { normaliseRorId } from "@/lib/identifiers";
import { MAX_INSTITUTION_QUERY } from "@/lib/institution-query";

const httpUrl = z
  .url({ protocol: /^https?$/, error: "Must be an http(s) web address" })
  .max(500, "Web address is too long");

/** An institution as any source (ROR import, seed, curator form) supplies it. */
export const institutionInputSchema = z.object({
  rorId: z
    .string()
    .transform((v, ctx) => {
      const id = normaliseRorId(v);
      if (!id) ctx.addIssue({ code: "custom", message: "Not a valid ROR id (check digits do not match)" });
      return id ?? v;
    })
    .nullable(),
  name: z.string().trim().min(2, "Name is too short").max(300, "Name is too long"),
  aliases: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
  acronyms: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
  countryCode: z
    .string()
    .transform((v) => v.toUpperCase())
    .refine(isCountryCode, "Unknown ISO 3166-1 country code"),
  city: z.string().trim().max(200).nullable().default(null),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lng: z.number().min(-180).max(180).nullable().default(null),
  website: httpUrl.nullable().default(null),
  emailDomains: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "Not a domain name"),
    )
    .max(50)
    .default([]),
  kind: z.enum(codesOf(INSTITUTION_KINDS)).default("university"),
  rorTypes: z.array(z.string().max(50)).max(20).default([]),
  rorStatus: z.enum(["active", "inactive", "withdrawn"]).default("active"),
});

export type InstitutionInput = z.output<typeof institutionInputSchema>;

/**
 * GET /api/institutions?q=&limit= and the pickers' plain GET forms. q is cut to its limit rather
 * than refused (typing is never an error); a bad limit is a 400 naming the parameter.
 */
export const institutionSearchSchema = z.object({
  q: z
    .string()
    .max(2000, "q is too long")
    .default("")
    .transform((v) => v.slice(0, MAX_INSTITUTION_QUERY)),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be 1 or more")
    .max(20, "limit must be at most 20")
    .default(8),
});

/** A search box's text from a page's searchParams (repeated or missing: empty). */
export function institutionQueryParam(value: string | string[] | undefined): string {
  return typeof value === "string" ? value.slice(0, MAX_INSTITUTION_QUERY) : "";
}
