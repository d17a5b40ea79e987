"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/throttle";
import { requestContext } from "@/lib/dal/request-context";
import { createNeedRequest } from "@/lib/dal/introductions/need-requests";
import { errorState, formValues, invalidState, type FormState } from "@/lib/introductions/form-state";
import { guestContactSchema, needInputSchema, type GuestContact } from "@/lib/validation/introduction";

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

/** /contact: a need without a team, from a signed-in firm or from anyone with an e-mail address. */
export async function sendNeedAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd, NEED_FIELDS);
  const ctx = await requestContext();
  const parsed = needInputSchema.safeParse({
    ...Object.fromEntries(NEED_FIELDS.map((f) => [f, fd.get(f) ?? undefined])),
    idempotencyKey: fd.get("idempotencyKey"),
    website: fd.get("website") ?? "",
    consentShareContact: fd.get("consentShareContact") === "on",
  });
  // Without an account, the name and address are part of the form (checked with the rest).
  const guest =
    ctx.viewer.kind === "anonymous"
      ? guestContactSchema.safeParse({ contactName: fd.get("contactName"), contactEmail: fd.get("contactEmail") })
      : null;
  if (!parsed.success || (guest && !guest.success)) {
    const fields = {
      ...(guest && !guest.success ? invalidState(guest.error).fields : {}),
      ...(!parsed.success ? invalidState(parsed.error).fields : {}),
    };
    if (fields.website) return { status: "error", message: fields.website, values };
    return { status: "error", message: "Please check the highlighted fields.", fields, values };
  }
  let sent: { id: number; guest: boolean };
  try {
    const ip = clientIp(await headers());
    const contact: GuestContact | null = guest?.success ? guest.data : null;
    sent = createNeedRequest(ctx, parsed.data, contact, { ip });
  } catch (err) {
    return errorState(err, values);
  }
  if (sent.guest) redirect(`/contact/sent?ref=${sent.id}`);
  revalidatePath("/introductions");
  redirect(`/introductions/${sent.id}?sent=1`);
}
