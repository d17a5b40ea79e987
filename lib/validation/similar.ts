// GET /api/v1/teams/{slug}/similar: the address and the query string, checked strictly (an API
// client gets told exactly what is wrong rather than a silently different answer).
import { z } from "zod";
import { badRequest } from "@/lib/errors";
import { isSlug } from "@/lib/slug";

export const SIMILAR_API_LIMITS = { defaultLimit: 6, maxLimit: 12 } as const;

const slugSchema = z
  .string()
  .max(120, "A team address is at most 120 characters")
  .refine(isSlug, "A team address has only lower-case letters, digits and hyphens");

const limitSchema = z
  .string()
  .regex(/^\d{1,3}$/, `limit must be a whole number from 1 to ${SIMILAR_API_LIMITS.maxLimit}`)
  .transform(Number)
  .pipe(
    z
      .number()
      .min(1, "limit must be 1 or more")
      .max(SIMILAR_API_LIMITS.maxLimit, `limit must be at most ${SIMILAR_API_LIMITS.maxLimit}`),
  );

/** Throws a bad_request AppError naming the parameter that is wrong. */
export function parseSimilarTeamsRequest(slug: string, query: URLSearchParams): { slug: string; limit: number } {
  const s = slugSchema.safeParse(slug);
  if (!s.success) throw badRequest(`Team address: ${s.error.issues[0]!.message}`, { slug: s.error.issues[0]!.message });
  for (const name of new Set(query.keys())) {
    if (name !== "limit") throw badRequest(`Parameter "${name.slice(0, 50)}": Unknown parameter. Use: limit`);
  }
  const values = query.getAll("limit");
  if (values.length > 1) throw badRequest('Parameter "limit": limit must be given once', { limit: "Given twice" });
  if (values.length === 0) return { slug: s.data, limit: SIMILAR_API_LIMITS.defaultLimit };
  const l = limitSchema.safeParse(values[0]);
  if (!l.success) {
    const message = l.error.issues[0]!.message;
    throw badRequest(`Parameter "limit": ${message}`, { limit: message });
  }
  return { slug: s.data, limit: l.data };
}
