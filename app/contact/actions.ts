"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { defineAction, redirectTo, type Parsed } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/auth/throttle";
import type { DalContext } from "@/lib/dal/context";
import { createNeedRequest } from "@/lib/dal/introductions/need-requests";
import { formError } from "@/lib/form-state";
import { isSignedIn } from "@/lib/policy/viewer-kinds";
import { fieldErrorsOf } from "@/lib/validation/form";
import { guestContactSchema, needInputSchema, type GuestContact, type NeedInput } from "@/lib/validation/introduction";

const NEED_FIELDS = [
  "need",
  "knowledgeType",
  "budgetBand",
  "timeline",
  "preferredLanguage",
  "companyName",
  "companySize",
  "companyCountry",
  "companySector",
  "consentShareContact",
  "contactName",
  "contactEmail",
] as const;

/** The need; without an account, the name and address too (checked with the rest). */
function parseNeed(fd: FormData, ctx: DalContext): Parsed<{ need: NeedInput; contact: GuestContact | null }> {
  const parsed = needInputSchema.safeParse({
    ...Object.fromEntries(NEED_FIELDS.map((f) => [f, fd.get(f) ?? undefined])),
    idempotencyKey: fd.get("idempotencyKey"),
    website: fd.get("website") ?? "",
    consentShareContact: fd.get("consentShareContact") === "on",
  });
  const guest = !isSignedIn(ctx.viewer)
    ? guestContactSchema.safeParse({ contactName: fd.get("contactName"), contactEmail: fd.get("contactEmail") })
    : null;
  if (parsed.success && (!guest || guest.success))
    return { ok: true, value: { need: parsed.data, contact: guest?.success ? guest.data : null } };
  return {
    ok: false,
    fields: {
      ...(guest && !guest.success ? fieldErrorsOf(guest.error) : {}),
      ...(!parsed.success ? fieldErrorsOf(parsed.error) : {}),
    },
  };
}

/** /contact: a need without a team, from a signed-in firm or from anyone with an e-mail address. */
export const sendNeedAction = defineAction({
  auth: "any",
  parse: parseNeed,
  // A filled honeypot is answered with its own message only (no field to point at).
  invalid: (fields) =>
    fields.website ? formError(fields.website) : formError("Please check the highlighted fields.", fields),
  run: async ({ ctx, input }) => {
    const sent = createNeedRequest(ctx, input.need, input.contact, { ip: clientIp(await headers()) });
    if (sent.guest) return redirectTo(`/contact/sent?ref=${sent.id}`);
    revalidatePath("/introductions");
    return redirectTo(`/introductions/${sent.id}?sent=1`);
  },
});
