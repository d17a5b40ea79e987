import { isSignedIn } from "@/lib/policy/viewer-kinds";
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { NeedForm } from "@/components/introductions/need-form";
import { requestContext } from "@/lib/dal/request-context";
import { getFirmProfile } from "@/lib/dal/introductions/need-requests";
import { firmLanguage } from "@/lib/introductions/language";
import { BUDGET_BANDS, LIMITS, TIMELINES } from "@/lib/introductions/vocabulary";
import { COMPANY_SIZES } from "@/lib/reference/company";
import { COUNTRIES, LANGUAGES } from "@/lib/reference/countries";
import { KNOWLEDGE_TYPES } from "@/lib/reference/engagement";
import { SECTORS } from "@/lib/reference/sectors";
import { sendNeedAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ask a curator to find a team" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// ?need= is what was searched for: a start for the firm's own words, never more than the form takes.
const needParam = z
  .string()
  .transform((v) => v.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim())
  .pipe(z.string().max(LIMITS.needMax))
  .catch("");

export default async function ContactPage({ searchParams }: Props) {
  const raw = (await searchParams).need;
  const need = needParam.parse(Array.isArray(raw) ? raw[0] : (raw ?? ""));
  const ctx = await requestContext();
  const signedIn = isSignedIn(ctx.viewer);
  const firm = getFirmProfile(ctx);
  const acceptLanguage = (await headers()).get("accept-language");
  const next = `/contact${need ? `?need=${encodeURIComponent(need)}` : ""}`;

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Ask a curator to find a team</h1>
        <p className="text-slate-700">
          Did not find the right team by searching? Describe your need once. It goes to the intermediary who covers your
          country or sector (or to Expertise Atlas&apos;s own curators), who know the register and will suggest teams
          that could help, usually within 10 working days. It is free.
        </p>
      </header>
      {signedIn && !firm ? (
        <p className="max-w-3xl rounded-md border border-amber-300 bg-amber-50 px-4 py-3">
          Needs are sent by firms. This account is{" "}
          {isSignedIn(ctx.viewer) && ctx.viewer.suspended ? "suspended" : "not a firm's account"}, so it cannot send
          one. <Link href="/search">Back to search</Link>
        </p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <NeedForm
            action={sendNeedAction}
            idempotencyKey={randomUUID()}
            guest={!signedIn}
            accountEmail={firm?.email ?? null}
            defaults={{
              need,
              companyName: firm?.name ?? "",
              companySize: firm?.size ?? "",
              companyCountry: firm?.country ?? "",
              companySector: firm?.sector ?? "",
              preferredLanguage: firmLanguage({
                lastChoice: firm?.language,
                acceptLanguage,
                known: LANGUAGES.map((l) => l.code),
              }),
            }}
            options={{
              knowledgeTypes: KNOWLEDGE_TYPES.map((k) => ({ code: k.code, name: k.name, hint: k.hint })),
              budgets: BUDGET_BANDS.map((b) => ({ code: b.code, name: b.name })),
              timelines: TIMELINES.map((t) => ({ code: t.code, name: t.name })),
              languages: LANGUAGES.map((l) => ({ code: l.code, name: l.name })),
              sizes: COMPANY_SIZES.map((s) => ({ code: s.code, name: s.name })),
              countries: COUNTRIES.map((c) => ({ code: c.code, name: c.name })),
              sectors: SECTORS.map((s) => ({ code: s.code, name: `${s.code} — ${s.name}` })),
            }}
            limits={{ needMin: LIMITS.needMin, needMax: LIMITS.needMax }}
          />
          <aside className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 text-sm text-slate-700">
            <h2 className="text-lg font-semibold text-slate-900">What happens next</h2>
            <ol className="list-decimal space-y-2 pl-5">
              <li>We e-mail you to say we have your need.</li>
              <li>
                A broker reads it and suggests teams of the register, by e-mail
                {signedIn ? " and on the request's page" : ""}.
              </li>
              <li>You ask the team you like for an introduction, as from any team&apos;s page.</li>
            </ol>
            {!signedIn && (
              <p>
                With an account you can follow it in the app and ask teams for introductions:{" "}
                <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>sign in</Link> or{" "}
                <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>create a free account</Link>. You can also send
                it without one.
              </p>
            )}
            <p>
              <Link href="/about#how-introductions-work">How introductions work</Link>
            </p>
          </aside>
        </div>
      )}
    </div>
  );
}
