// GET /api/v1/teams/{slug}/similar: its query string, checked strictly by lib/validation/api.ts
// (an API client is told exactly what is wrong rather than given a silently different answer).
import { z } from "zod";

export const SIMILAR_API_LIMITS = { defaultLimit: 6, maxLimit: 12 } as const;

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

/** The query string, for parseApiQuery and the API description alike. */
export const similarTeamsQuerySchema = z.object({
  limit: limitSchema.optional().meta({
    description: `How many teams, 1 to ${SIMILAR_API_LIMITS.maxLimit}; ${SIMILAR_API_LIMITS.defaultLimit} by default.`,
  }),
});
