// Asking to join an institution after sign-up, confirming the institutional address by its link,
// and leaving (or withdrawing a request).
import { z } from "zod";
import { isSlug } from "@/lib/slug";
import { cleanText, optionalText } from "./form";

const optionalEmail = z
  .string()
  .optional()
  .nullable()
  .transform((v) => cleanText(v ?? "").toLowerCase())
  .pipe(
    z.literal("").or(z.email("Enter an e-mail address like name@example.ac.uk").max(254, "E-mail address is too long")),
  )
  .transform((v) => (v === "" ? null : v));

export const membershipClaimSchema = z
  .object({
    institution: z.string({ error: "Choose an institution" }).refine(isSlug, "Choose an institution"),
    email: optionalEmail,
    jobTitle: optionalText("Job title", 120),
    note: optionalText("Note to the curator", 1000),
  })
  .refine((v) => v.email !== null || v.note !== null, {
    path: ["email"],
    message: "Give your address at the institution, or write a note for the curator below",
  });
export type MembershipClaim = z.output<typeof membershipClaimSchema>;

export const membershipIdSchema = z.object({
  membershipId: z.coerce.number({ error: "Missing id" }).int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** The e-mailed link's token: the membership's id and a random secret. */
export const claimTokenSchema = z.string().regex(/^\d{1,15}\.[A-Za-z0-9_-]{43}$/, "This link is not valid");
