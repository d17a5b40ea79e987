"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { defineAction, OUT_OF_DATE, redirectTo, type Parsed } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/auth/throttle";
import { postRequestMessage } from "@/lib/dal/introductions/messages";
import { applyRequestStep } from "@/lib/dal/introductions/steps";
import { createIntroductionRequest } from "@/lib/dal/introductions/create";
import { suspendRequester } from "@/lib/dal/introductions/moderation";
import { formError, formSuccess } from "@/lib/form-state";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { fieldErrorsOf, formString, textField } from "@/lib/validation/form";
import {
  introductionInputSchema,
  messageInputSchema,
  requestIdParam,
  requestStepSchema,
  type RequestStep,
} from "@/lib/validation/introduction";
import { slugsFromText } from "@/lib/introductions/team-links";

const CHECK = "Please check the highlighted fields.";

const REQUEST_FIELDS = [
  "need",
  "knowledgeType",
  "budgetBand",
  "timeline",
  "preferredLanguage",
  "companyName",
  "companySize",
  "companyCountry",
  "companySector",
  "companyDescription",
  "consentShareContact",
] as const;

/** A filled honeypot is answered with its own message only (no field to point at). */
const honeypotOr = (fields: Record<string, string>) =>
  fields.website ? formError(fields.website) : formError(CHECK, fields);

export const createIntroductionAction = defineAction({
  auth: "any",
  schema: introductionInputSchema,
  input: (fd) => ({
    ...Object.fromEntries(REQUEST_FIELDS.map((f) => [f, fd.get(f) ?? undefined])),
    teamSlug: fd.get("teamSlug"),
    idempotencyKey: fd.get("idempotencyKey"),
    website: fd.get("website") ?? "",
    consentShareContact: fd.get("consentShareContact") === "on",
  }),
  invalid: honeypotOr,
  run: async ({ ctx, input }) => {
    const { id } = createIntroductionRequest(ctx, input, { ip: clientIp(await headers()) });
    revalidatePath("/introductions");
    return redirectTo(`/introductions/${id}?sent=1`);
  },
});

const stepForm = z.object({ id: requestIdParam, action: z.string().max(20) });

/** The step's target and its fields; a broken target is the form being out of date. */
function parseStep(fd: FormData): Parsed<{ id: number; step: RequestStep }> {
  const head = stepForm.safeParse({ id: fd.get("id"), action: fd.get("action") });
  if (!head.success) return { ok: false, fields: { form: OUT_OF_DATE } };
  const parsed = requestStepSchema.safeParse({
    action: head.data.action,
    note: formString(fd, "note"),
    reason: formString(fd, "reason"),
    teams: slugsFromText(formString(fd, "teams") ?? ""),
    intermediaryId: formString(fd, "intermediaryId"),
  });
  return parsed.success
    ? { ok: true, value: { id: head.data.id, step: parsed.data } }
    : { ok: false, fields: fieldErrorsOf(parsed.error) };
}

/** Every step on a request page: pick up, note, forward, suggest, decline, accept, connect, close, withdraw, reassign. */
export const requestStepAction = defineAction({
  auth: "any",
  parse: parseStep,
  invalid: (fields) => (fields.form === OUT_OF_DATE ? formError(OUT_OF_DATE) : formError(CHECK, fields)),
  run: ({ ctx, input: { id, step } }) => {
    applyRequestStep(ctx, id, step);
    // The form that was used may no longer apply; the page says what happened instead.
    revalidatePath(`/introductions/${id}`);
    // A broker who passed the request on can no longer open it: back to the queue.
    if (step.action === "reassign") return redirectTo(`/broker?done=reassign&id=${id}`);
    return redirectTo(`/introductions/${id}?done=${step.action}`);
  },
});

export const postMessageAction = defineAction({
  auth: "any",
  parse: (fd) => {
    const id = requestIdParam.safeParse(fd.get("id"));
    if (!id.success) return { ok: false, fields: { form: OUT_OF_DATE } };
    const parsed = messageInputSchema.safeParse({ body: fd.get("body") });
    if (!parsed.success) return { ok: false, fields: fieldErrorsOf(parsed.error) };
    return { ok: true, value: { id: id.data, body: parsed.data.body } };
  },
  invalid: (fields) => (fields.form === OUT_OF_DATE ? formError(OUT_OF_DATE) : formError(CHECK, fields)),
  idempotent: true,
  run: ({ ctx, input, key }) => {
    postRequestMessage(ctx, input.id, input.body, new Date(), key);
    revalidatePath(`/introductions/${input.id}`);
    return formSuccess("Message sent.");
  },
});

export const suspendRequesterAction = defineAction({
  auth: "any",
  schema: z.object({ id: requestIdParam, reason: textField("Reason", LIMITS.reasonMin, LIMITS.noteMax) }),
  input: (fd) => ({ id: fd.get("id"), reason: fd.get("reason") }),
  invalid: CHECK,
  run: ({ ctx, input }) => {
    const withdrawn = suspendRequester(ctx, input.id, input.reason);
    revalidatePath(`/introductions/${input.id}`);
    return formSuccess(
      `The account is suspended; ${withdrawn} open request${withdrawn === 1 ? " was" : "s were"} withdrawn.`,
    );
  },
});
