import { isSignedIn } from "@/lib/policy/viewer-kinds";
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { randomUUID } from "node:crypto";
import { RequestGuidance } from "@/components/introductions/guidance";
import { RequestForm } from "@/components/introductions/request-form";
import { SignInPrompt } from "@/components/introductions/sign-in-prompt";
import { label } from "@/components/labels";
import { requestContext } from "@/lib/dal/request-context";
import { resolveMergedSlug } from "@/lib/dal/curation/duplicates";
import { getIntroductionFormDefaults } from "@/lib/dal/introductions/create";
import { AppError } from "@/lib/errors";
import { firmLanguage } from "@/lib/introductions/language";
import { BUDGET_BANDS, LIMITS, TIMELINES } from "@/lib/introductions/vocabulary";
import { canRequestIntroduction } from "@/lib/policy";
import { COMPANY_SIZES } from "@/lib/reference/company";
import { COUNTRIES, LANGUAGES } from "@/lib/reference/countries";
import { KNOWLEDGE_TYPES } from "@/lib/reference/engagement";
import { SECTORS } from "@/lib/reference/sectors";
import { teamSlugField } from "@/lib/validation/introduction";
import { createIntroductionAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Request an introduction" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NewIntroductionPage({ searchParams }: Props) {
  const raw = (await searchParams).team;
  const slug = teamSlugField.safeParse(Array.isArray(raw) ? raw[0] : raw);
  if (!slug.success) notFound();
  const ctx = await requestContext();
  const next = `/introductions/new?team=${slug.data}`;
  if (!isSignedIn(ctx.viewer)) {
    return (
      <SignInPrompt
        next={next}
        title="Request an introduction"
        why="Sign in with your firm's account to ask for an introduction. It is free; the team sees your request and can answer you."
      />
    );
  }
  if (!canRequestIntroduction(ctx.viewer)) {
    return (
      <div className="mx-auto max-w-xl space-y-4 py-8">
        <h1 className="text-3xl font-bold tracking-tight">Request an introduction</h1>
        <p className="text-slate-700">
          Introductions are requested by firms. This account is{" "}
          {ctx.viewer.suspended ? "suspended" : "not a firm's account"}, so it cannot send requests.
        </p>
        <p>
          <Link href={`/teams/${slug.data}`}>Back to the team</Link>
        </p>
      </div>
    );
  }
  let data;
  try {
    data = getIntroductionFormDefaults(ctx, slug.data);
  } catch (err) {
    if (!(err instanceof AppError && err.code === "not_found")) throw err;
    // A listing merged into another: ask the team it now belongs to.
    const survivor = resolveMergedSlug(ctx, slug.data);
    if (survivor) redirect(`/introductions/new?team=${survivor}`);
    notFound();
  }
  const { team, company } = data;
  const acceptLanguage = (await headers()).get("accept-language");
  const languages = [
    ...team.languages.map((code) => ({ code, name: `${label.language(code)} (spoken by the team)` })),
    ...LANGUAGES.filter((l) => !team.languages.includes(l.code)).map((l) => ({ code: l.code, name: l.name })),
  ];

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/teams/${team.slug}`}>← {team.name}</Link>
      </nav>
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Request an introduction to {team.name}</h1>
        <p className="mt-2 text-slate-700">
          {team.institutionName}, {label.country(team.countryCode)}. The team&apos;s contact details are shared with you
          once it accepts.
        </p>
        {team.availability !== "now" && (
          <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
            This team says: {label.availability(team.availability)}. You can still ask; it may suggest someone else.
          </p>
        )}
      </header>
      {data.openRequestId !== null ? (
        <p className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3">
          You already have an open request to this team.{" "}
          <Link href={`/introductions/${data.openRequestId}`}>Follow it here</Link>.
        </p>
      ) : data.openRequests >= LIMITS.openRequestsPerSme ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3">
          You have {data.openRequests} open requests, the most we allow at once.{" "}
          <Link href="/introductions">Close or withdraw one</Link> to send another.
        </p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <RequestForm
            action={createIntroductionAction}
            teamSlug={team.slug}
            teamName={team.name}
            idempotencyKey={randomUUID()}
            defaults={{
              companyName: company.name,
              companySize: company.size,
              companyCountry: company.country,
              companySector: company.sector,
              companyDescription: company.description,
              // The firm's own language (its earlier choice, else its browser's), never the team's.
              preferredLanguage: firmLanguage({
                lastChoice: company.language,
                acceptLanguage,
                known: LANGUAGES.map((l) => l.code),
              }),
              knowledgeType: team.knowledgeTypes.length === 1 ? team.knowledgeTypes[0]! : "",
            }}
            options={{
              knowledgeTypes: KNOWLEDGE_TYPES.map((k) => ({ code: k.code, name: k.name, hint: k.hint })),
              budgets: BUDGET_BANDS.map((b) => ({ code: b.code, name: b.name })),
              timelines: TIMELINES.map((t) => ({ code: t.code, name: t.name })),
              languages,
              sizes: COMPANY_SIZES.map((s) => ({ code: s.code, name: s.name })),
              countries: COUNTRIES.map((c) => ({ code: c.code, name: c.name })),
              sectors: SECTORS.map((s) => ({ code: s.code, name: `${s.code} — ${s.name}` })),
            }}
            limits={{ needMin: LIMITS.needMin, needMax: LIMITS.needMax, descriptionMax: LIMITS.companyDescriptionMax }}
          />
          <RequestGuidance />
        </div>
      )}
    </div>
  );
}
