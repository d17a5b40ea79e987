// Introduction requests, their thread and steps; shortlists, comparison and saved searches.
// Shared by the forms (server actions) and the JSON API.
import { z } from "zod";
import { BUDGET_BANDS, LIMITS, TIMELINES } from "@/lib/introductions/vocabulary";
import { COMPANY_SIZES } from "@/lib/reference/company";
import { isCountryCode, isLanguageCode } from "@/lib/reference/countries";
import { KNOWLEDGE_TYPES, codesOf } from "@/lib/reference/engagement";
import { isSectorCode } from "@/lib/reference/sectors";
import { FACET_NAMES } from "@/lib/search/types";
import { isSlug } from "@/lib/slug";
import { emailField, longTextField, optionalText, textField } from "./form";

export const teamSlugField = z
  .string({ error: "Choose a team" })
  .trim()
  .max(200, "Unknown team")
  .refine(isSlug, "Unknown team");

export const requestIdParam = z.coerce
  .number({ error: "Unknown request" })
  .int("Unknown request")
  .positive("Unknown request")
  .max(Number.MAX_SAFE_INTEGER, "Unknown request");

/** One key per attempt to send, made when the form is shown: a retry or double press reuses it. */
export const idempotencyKeyField = z
  .string({ error: "The form has expired; reload the page and try again" })
  .min(8, "The form has expired; reload the page and try again")
  .max(100, "The form has expired; reload the page and try again")
  .regex(/^[A-Za-z0-9_-]+$/, "The form has expired; reload the page and try again");

const code = (label: string, ok: (v: string) => boolean, upper = true) =>
  z
    .string({ error: `Choose ${label}` })
    .transform((v) => (upper ? v.trim().toUpperCase() : v.trim().toLowerCase()))
    .refine(ok, `Choose ${label}`);

export const introductionInputSchema = z.object({
  teamSlug: teamSlugField,
  need: longTextField("Your need", LIMITS.needMin, LIMITS.needMax),
  knowledgeType: z.enum(codesOf(KNOWLEDGE_TYPES), { error: "Choose the kind of knowledge you want" }),
  budgetBand: z.enum(codesOf(BUDGET_BANDS), { error: "Choose a budget band" }),
  timeline: z.enum(codesOf(TIMELINES), { error: "Choose a timeline" }),
  preferredLanguage: code("a language", isLanguageCode, false),
  companyName: textField("Company name", 2, 200),
  companySize: z.enum(codesOf(COMPANY_SIZES), { error: "Choose the size of your company" }),
  companyCountry: code("a country", isCountryCode),
  companySector: code("a sector", isSectorCode),
  companyDescription: longTextField("What your firm does", 10, LIMITS.companyDescriptionMax),
  consentShareContact: z.literal(true, { error: "Tick the box to let us share your contact details with the team" }),
  idempotencyKey: idempotencyKeyField,
  /** Honeypot: hidden from people, so anything in it was typed by a robot. */
  website: z
    .string()
    .max(
      0,
      "This request looks automated and was not sent. If you are a person, leave the field marked “Leave empty” blank.",
    )
    .optional(),
});
export type IntroductionInput = z.output<typeof introductionInputSchema>;

const optionalCode = <T extends readonly [string, ...string[]]>(codes: T, message: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(codes, { error: message }).optional());

/**
 * A need sent without a team (/contact), for a curator to answer with suggested teams. A firm
 * without an account gives its name and address; a signed-in firm's come from its account.
 */
export const needInputSchema = z.object({
  need: introductionInputSchema.shape.need,
  knowledgeType: optionalCode(codesOf(KNOWLEDGE_TYPES), "Choose the kind of knowledge you want"),
  budgetBand: optionalCode(codesOf(BUDGET_BANDS), "Choose a budget band"),
  timeline: optionalCode(codesOf(TIMELINES), "Choose a timeline"),
  preferredLanguage: introductionInputSchema.shape.preferredLanguage,
  companyName: introductionInputSchema.shape.companyName,
  companySize: introductionInputSchema.shape.companySize,
  companyCountry: introductionInputSchema.shape.companyCountry,
  companySector: introductionInputSchema.shape.companySector,
  consentShareContact: z.literal(true, {
    error: "Tick the box to let us share your contact details with the intermediary",
  }),
  idempotencyKey: idempotencyKeyField,
  website: introductionInputSchema.shape.website,
});
export const guestContactSchema = z.object({
  contactName: textField("Your name", 2, 200),
  contactEmail: emailField,
});
export type NeedInput = z.output<typeof needInputSchema>;
export type GuestContact = z.output<typeof guestContactSchema>;

/** Checkbox values from a form ("on") or JSON (true). */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const messageInputSchema = z.object({
  body: textField("Message", 1, LIMITS.messageMax),
});

const note = optionalText("Note", LIMITS.noteMax);
const reason = textField("Reason", LIMITS.reasonMin, LIMITS.noteMax);
const suggestedSlug = z
  .string()
  .trim()
  .max(200, "That link is too long to be a team of the register")
  .refine(isSlug, { error: (iss) => `“${String(iss.input)}” is not a link to a team of the register` });
const suggestedSlugs = z
  .array(suggestedSlug)
  .max(LIMITS.suggestMax, `Suggest at most ${LIMITS.suggestMax} teams`)
  .transform((xs) => [...new Set(xs)]);

/** Every step on a request, as one discriminated union (the API takes it as JSON). */
export const requestStepSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("pick-up"), note }),
  z.object({ action: z.literal("note"), note: textField("Note", 1, LIMITS.noteMax) }),
  z.object({ action: z.literal("forward"), note }),
  z.object({
    action: z.literal("suggest"),
    teams: suggestedSlugs.pipe(z.array(z.string()).min(1, "Choose at least one team")),
    note,
  }),
  z.object({ action: z.literal("decline"), reason, teams: suggestedSlugs.default([]) }),
  z.object({ action: z.literal("accept"), note }),
  z.object({ action: z.literal("connect"), note }),
  z.object({ action: z.literal("close"), note }),
  z.object({ action: z.literal("withdraw"), note }),
  z.object({
    action: z.literal("reassign"),
    intermediaryId: z.coerce
      .number({ error: "Choose an intermediary from the list" })
      .int("Choose an intermediary from the list")
      .positive("Choose an intermediary from the list")
      .max(Number.MAX_SAFE_INTEGER, "Choose an intermediary from the list"),
    note: textField("Note for the new broker", LIMITS.reasonMin, LIMITS.noteMax),
  }),
]);
export type RequestStep = z.output<typeof requestStepSchema>;
export type RequestAction = RequestStep["action"];

export const requestListQuerySchema = z.object({
  status: z
    .enum([
      "open",
      "all",
      "submitted",
      "triaged",
      "forwarded",
      "accepted",
      "declined",
      "connected",
      "closed",
      "withdrawn",
    ])
    .catch("all"),
});

/** The broker's queue: which intermediary, what state, how old. */
export const brokerQueueQuerySchema = z.object({
  broker: z
    .preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number().int().positive().optional())
    .catch(undefined),
  status: z.enum(["waiting", "submitted", "triaged", "forwarded", "overdue", "escalated", "all"]).catch("waiting"),
  age: z.enum(["any", "2", "5", "10"]).catch("any"),
  sort: z.enum(["oldest", "newest"]).catch("oldest"),
});
export type BrokerQueueQuery = z.output<typeof brokerQueueQuerySchema>;

export const shortlistInputSchema = z.object({
  teamSlug: teamSlugField,
  note: optionalText("Note", LIMITS.shortlistNoteMax).transform((v) => v ?? ""),
});

export const compareQuerySchema = z.object({
  teams: z
    .string()
    .max(1000)
    .transform((v) => [
      ...new Set(
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(teamSlugField).max(LIMITS.compareMax, `Compare at most ${LIMITS.compareMax} teams at once`)),
});

const facetValues = z.array(z.string().trim().min(1).max(40)).max(20);
export const savedSearchFiltersSchema = z
  .object(
    Object.fromEntries(FACET_NAMES.map((f) => [f, facetValues.optional()])) as Record<
      (typeof FACET_NAMES)[number],
      z.ZodOptional<typeof facetValues>
    >,
  )
  .transform(
    (f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v && v.length > 0)) as Record<string, string[]>,
  );

export const alertFrequencyField = z.enum(["none", "daily", "weekly"], { error: "Choose how often to be told" });

export const savedSearchInputSchema = z
  .object({
    name: textField("Name", 1, 100),
    query: optionalText("Search words", 200).transform((v) => v ?? ""),
    filters: savedSearchFiltersSchema,
    alertFrequency: alertFrequencyField,
  })
  .refine((v) => v.query !== "" || Object.keys(v.filters).length > 0, {
    path: ["query"],
    message: "Save a search with some words or at least one filter",
  });
export type SavedSearchInput = z.output<typeof savedSearchInputSchema>;

export const savedSearchUpdateSchema = z.object({
  id: requestIdParam,
  alertFrequency: alertFrequencyField,
});

/** What an intermediary covers: ISO country codes and SIC 2007 sections. */
export const coverageInputSchema = z.object({
  intermediaryId: requestIdParam,
  regions: z
    .array(z.string().trim().toUpperCase().refine(isCountryCode, "Unknown country code"))
    .max(250)
    .transform((xs) => [...new Set(xs)].sort()),
  sectors: z
    .array(z.string().trim().toUpperCase().refine(isSectorCode, "Unknown sector"))
    .max(21)
    .transform((xs) => [...new Set(xs)].sort()),
});
export type CoverageInput = z.output<typeof coverageInputSchema>;
