import { isSignedIn } from "@/lib/policy/viewer-kinds";
import type { Metadata } from "next";
import Link from "next/link";
import { CoverageForm } from "@/components/introductions/coverage-form";
import { SignInPrompt } from "@/components/introductions/sign-in-prompt";
import { requestContext } from "@/lib/dal/request-context";
import { listEditableIntermediaries } from "@/lib/dal/introductions/intermediaries";
import { COUNTRIES } from "@/lib/reference/countries";
import { SECTORS } from "@/lib/reference/sectors";
import { updateCoverageAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "What your organisation covers" };

export default async function CoveragePage() {
  const ctx = await requestContext();
  if (!isSignedIn(ctx.viewer))
    return <SignInPrompt next="/broker/coverage" title="Coverage" why="Sign in as a broker or curator." />;
  const orgs = listEditableIntermediaries(ctx);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/broker">← Triage queue</Link>
      </nav>
      <header>
        <h1 className="text-3xl font-bold tracking-tight">What your organisation covers</h1>
        <p className="mt-2 text-slate-700">
          A new request comes to an intermediary&apos;s queue first when it covers the team&apos;s country, the
          firm&apos;s country or the firm&apos;s sector (the team&apos;s country counts most). Requests nobody covers go
          straight to the team.
        </p>
      </header>
      {orgs.length === 0 ? (
        <p className="text-slate-700">You are not a member of an intermediary.</p>
      ) : (
        orgs.map((o) => (
          <section
            key={o.id}
            aria-labelledby={`org-${o.id}`}
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
          >
            <h2 id={`org-${o.id}`} className="text-xl font-semibold">
              {o.name}
            </h2>
            <CoverageForm
              action={updateCoverageAction}
              intermediary={o}
              countries={COUNTRIES.map((c) => ({ code: c.code, name: c.name }))}
              sectors={SECTORS.map((s) => ({ code: s.code, name: s.name }))}
            />
          </section>
        ))
      )}
    </div>
  );
}
