// Curator tools: merging duplicate listings, and bulk export and import of listings.
import { z } from "zod";
import { IMPORT_TARGET_STATUSES } from "@/lib/reference/statuses";
import { TEAM_STATUSES } from "@/lib/reference/engagement";
import { isSlug } from "@/lib/slug";
import { countryParam, slugParam } from "./browse";
import { textField } from "./form";
import { versionField } from "./team";

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** An optional query parameter: absent or blank means "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => {
    const x = one(v);
    return typeof x === "string" && x.trim() === "" ? undefined : typeof x === "string" ? x.trim() : x;
  }, schema.optional());

export const keepSchema = z.enum(["survivor", "duplicate"], {
  error: "Choose whose name, summary and contact to keep",
});

/** /curate/merge?duplicate=&survivor=&keep= — what to preview. */
export const mergeQuerySchema = z.object({
  duplicate: optional(z.string().refine(isSlug, "Enter the duplicate's address, e.g. robotics-lab")),
  survivor: optional(z.string().refine(isSlug, "Enter the address of the listing to keep, e.g. robotics-lab")),
  keep: z.preprocess(one, keepSchema.catch("survivor").default("survivor")),
});

export const mergeFormSchema = z.object({
  duplicate: slugParam,
  survivor: slugParam,
  duplicateVersion: versionField,
  survivorVersion: versionField,
  keep: keepSchema,
  reason: textField("Reason", 10, 1000),
});

export const EXPORT_FORMATS = ["csv", "json"] as const;

/** /curate/export/download and /api/v1/teams/export. */
export const exportQuerySchema = z.object({
  format: z.preprocess(one, z.enum(EXPORT_FORMATS, { error: "format must be csv or json" }).default("csv")),
  status: optional(z.enum(TEAM_STATUSES, { error: `status must be one of ${TEAM_STATUSES.join(", ")}` })),
  institution: optional(
    z.string().refine(isSlug, "institution must be an institution's slug, e.g. university-of-leeds"),
  ),
  country: optional(countryParam),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

export const importStatusSchema = z.enum(IMPORT_TARGET_STATUSES, { error: "Choose what new listings become" });

export const runIdParam = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
