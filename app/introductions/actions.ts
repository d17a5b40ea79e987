"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/lib/auth/throttle";
import { requestContext } from "@/lib/dal/request-context";
import { postRequestMessage } from "@/lib/dal/introductions/messages";
import { applyRequestStep } from "@/lib/dal/introductions/steps";
import { createIntroductionRequest } from "@/lib/dal/introductions/create";
import { suspendRequester } from "@/lib/dal/introductions/moderation";
import { errorState, formValues, invalidState, okState, type FormState } from "@/lib/introductions/form-state";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { textField } from "@/lib/validation/form";
import {
  introductionInputSchema,
  messageInputSchema,
  requestIdParam,
  requestStepSchema,
} from "@/lib/validation/introduction";
import { slugsFromText } from "@/lib/introductions/team-links";
import { FORM_EXPIRED, idempotencyKeyOf } from "@/lib/validation/idempotency";

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

export async function createIntroductionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd, REQUEST_FIELDS);
  const parsed = introductionInputSchema.safeParse({
    ...Object.fromEntries(REQUEST_FIELDS.map((f) => [f, fd.get(f) ?? undefined])),
    teamSlug: fd.get("teamSlug"),
    idempotencyKey: fd.get("idempotencyKey"),
    website: fd.get("website") ?? "",
    consentShareContact: fd.get("consentShareContact") === "on",
  });
  if (!parsed.success) {
    const state = invalidState(parsed.error, values);
    if (state.fields?.website) return { status: "error", message: state.fields.website, values };
    return state;
  }
  let id: number;
  try {
    const ctx = await requestContext();
    const ip = clientIp(await headers());
    ({ id } = createIntroductionRequest(ctx, parsed.data, { ip }));
  } catch (err) {
    return errorState(err, values);
  }
  revalidatePath("/introductions");
  redirect(`/introductions/${id}?sent=1`);
}

const stepForm = z.object({ id: requestIdParam, action: z.string().max(20) });

/** Every step on a request page: pick up, note, forward, suggest, decline, accept, connect, close, withdraw, reassign. */
export async function requestStepAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd, ["note", "reason", "teams", "intermediaryId"]);
  const head = stepForm.safeParse({ id: fd.get("id"), action: fd.get("action") });
  if (!head.success) return { status: "error", message: "This form is out of date. Reload the page." };
  const text = (name: string) => {
    const v = fd.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const parsed = requestStepSchema.safeParse({
    action: head.data.action,
    note: text("note"),
    reason: text("reason"),
    teams: slugsFromText(text("teams") ?? ""),
    intermediaryId: text("intermediaryId"),
  });
  if (!parsed.success) return invalidState(parsed.error, values);
  try {
    applyRequestStep(await requestContext(), head.data.id, parsed.data);
  } catch (err) {
    return errorState(err, values);
  }
  // The form that was used may no longer apply; the page says what happened instead.
  revalidatePath(`/introductions/${head.data.id}`);
  // A broker who passed the request on can no longer open it: back to the queue.
  if (parsed.data.action === "reassign") redirect(`/broker?done=reassign&id=${head.data.id}`);
  redirect(`/introductions/${head.data.id}?done=${parsed.data.action}`);
}

export async function postMessageAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd, ["body"]);
  const id = requestIdParam.safeParse(fd.get("id"));
  if (!id.success) return { status: "error", message: "This form is out of date. Reload the page." };
  const parsed = messageInputSchema.safeParse({ body: fd.get("body") });
  if (!parsed.success) return invalidState(parsed.error, values);
  const key = idempotencyKeyOf(fd);
  if (!key) return { status: "error", message: FORM_EXPIRED, values };
  try {
    postRequestMessage(await requestContext(), id.data, parsed.data.body, new Date(), key);
    revalidatePath(`/introductions/${id.data}`);
    return okState("Message sent.");
  } catch (err) {
    return errorState(err, values);
  }
}

const suspendForm = z.object({ id: requestIdParam, reason: textField("Reason", LIMITS.reasonMin, LIMITS.noteMax) });

export async function suspendRequesterAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd, ["reason"]);
  const parsed = suspendForm.safeParse({ id: fd.get("id"), reason: fd.get("reason") });
  if (!parsed.success) return invalidState(parsed.error, values);
  try {
    const withdrawn = suspendRequester(await requestContext(), parsed.data.id, parsed.data.reason);
    revalidatePath(`/introductions/${parsed.data.id}`);
    return okState(
      `The account is suspended; ${withdrawn} open request${withdrawn === 1 ? " was" : "s were"} withdrawn.`,
    );
  } catch (err) {
    return errorState(err, values);
  }
}
