import { isSignedIn } from "@/lib/policy/viewer-kinds";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DemoNotice } from "@/components/demo-notice";
import { SimpleForm } from "@/components/forms/simple-form";
import { RequestFlow } from "@/components/introductions/request-flow";
import { SignInPrompt } from "@/components/introductions/sign-in-prompt";
import { StatusBadge } from "@/components/introductions/status-badge";
import { Thread } from "@/components/introductions/thread";
import { Timeline } from "@/components/introductions/timeline";
import { label } from "@/components/labels";
import { requestContext } from "@/lib/dal/request-context";
import { getIntroductionRequest, type IntroductionDetail } from "@/lib/dal/introductions/detail";
import { AppError } from "@/lib/errors";
import { LIMITS, STEP_DONE } from "@/lib/introductions/vocabulary";
import { requestIdParam } from "@/lib/validation/introduction";
import { postMessageAction } from "../actions";
import { Facts } from "./facts";
import { RequestActions } from "./request-actions";
import { own } from "@/lib/own";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = requestIdParam.safeParse((await params).id);
  return { title: id.success ? `Introduction request #${id.data}` : "Introduction request" };
}

const longDate = (d: Date) => d.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" });

export default async function IntroductionPage({ params, searchParams }: Props) {
  const id = requestIdParam.safeParse((await params).id);
  if (!id.success) notFound();
  const ctx = await requestContext();
  if (!isSignedIn(ctx.viewer)) {
    return (
      <SignInPrompt
        next={`/introductions/${id.data}`}
        title="Introduction request"
        why="Sign in to see this request and its messages."
      />
    );
  }
  let r: IntroductionDetail;
  try {
    r = getIntroductionRequest(ctx, id.data);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
  const sp = await searchParams;
  const sent = sp.sent === "1" && r.party === "sme";
  const done = own(STEP_DONE, sp.done);
  const back =
    r.party === "sme"
      ? ["/introductions", "My introductions"]
      : r.party === "team"
        ? ["/dashboard/requests", "Incoming requests"]
        : ["/broker", "Triage queue"];

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={back[0]!}>← {back[1]}</Link>
      </nav>
      {sent && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-950">
          <strong>Sent.</strong> Your request is recorded and the{" "}
          {r.kind === "need" ? (r.broker ? "broker" : "curators") : r.broker ? "broker" : "team"}{" "}
          {r.kind === "need" && !r.broker ? "have" : "has"} been e-mailed. We will e-mail you at every step.
        </p>
      )}
      {done && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-950">
          {done}
        </p>
      )}
      {r.team?.isDemo && <DemoNotice compact />}
      <header className="space-y-2">
        <p className="text-sm text-slate-600">
          {r.kind === "need" ? "Request for a curator to find a team" : "Introduction request"} #{r.id}
        </p>
        <h1 className="text-3xl font-bold tracking-tight">
          {r.team ? `${r.company.name} → ${r.team.name}` : `${r.company.name}: a need without a team`}
        </h1>
        <p className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
          <StatusBadge status={r.status} />
          {r.team ? (
            <span>
              <Link href={`/teams/${r.team.slug}`}>{r.team.name}</Link>, {r.team.institutionName},{" "}
              {label.country(r.team.countryCode)}
            </span>
          ) : (
            <span>No team yet: {r.broker ?? "a curator"} will suggest teams of the register.</span>
          )}
          <span>
            Sent <time dateTime={r.submittedAt.toISOString()}>{longDate(r.submittedAt)}</time>
          </span>
          {r.answerDueBy && !r.escalatedAt && (
            <span>
              Answer expected by <time dateTime={r.answerDueBy.toISOString()}>{longDate(r.answerDueBy)}</time>
            </span>
          )}
        </p>
      </header>
      {r.escalatedAt && ["submitted", "triaged", "forwarded"].includes(r.status) && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          Not answered within {LIMITS.escalateAfterWorkingDays} working days, so it was escalated on{" "}
          {longDate(r.escalatedAt)}:{" "}
          {r.flow.steps.forwarded === "done" || r.status === "forwarded"
            ? r.broker
              ? "the broker is chasing the team."
              : "a curator is chasing the team."
            : "the curators are taking it up with the broker."}
        </p>
      )}
      {r.status === "declined" && r.declineReason && (
        <section
          aria-label="Why it was declined"
          className="rounded-md border border-rose-200 bg-rose-50 px-4 py-3 text-sm"
        >
          <p className="font-semibold">Declined by {r.declinedBy === "team" ? "the team" : "the broker"}</p>
          <p className="whitespace-pre-line">{r.declineReason}</p>
        </section>
      )}
      {(r.teamContact || (r.smeContact && r.party !== "sme")) && (
        <section
          aria-labelledby="contact-heading"
          className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm"
        >
          <h2 id="contact-heading" className="font-semibold">
            Contact details
          </h2>
          {r.teamContact && (
            <p>
              The team{r.teamContact.leadName ? ` (lead: ${r.teamContact.leadName})` : ""}:{" "}
              <a href={`mailto:${r.teamContact.email}`}>{r.teamContact.email}</a>
            </p>
          )}
          {r.smeContact && r.party !== "sme" && (
            <p>
              The firm: {r.smeContact.name}, <a href={`mailto:${r.smeContact.email}`}>{r.smeContact.email}</a>
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="progress-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="progress-heading" className="text-xl font-semibold">
          Where it stands
        </h2>
        <RequestFlow id="request-flow" progress={r.flow} stepsOpen={false} />
        <p className="text-sm">
          <Link href="/about#how-introductions-work">How introductions work</Link>
        </p>
      </section>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <section aria-labelledby="need-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="need-heading" className="text-xl font-semibold">
              The need
            </h2>
            <p className="break-words whitespace-pre-line text-slate-900">{r.need}</p>
            <Facts r={r} />
          </section>
          {r.suggestions.length > 0 && (
            <section aria-labelledby="suggestions-heading" className="rounded-lg border border-slate-200 bg-white p-5">
              <h2 id="suggestions-heading" className="text-xl font-semibold">
                {r.kind === "need" ? "Teams suggested for this need" : "Teams suggested instead"}
              </h2>
              <ul className="mt-3 space-y-2 text-sm">
                {r.suggestions.map((s) => (
                  <li key={s.slug}>
                    <Link href={`/teams/${s.slug}`}>{s.name}</Link> — {s.institutionName},{" "}
                    {label.country(s.countryCode)}{" "}
                    <span className="text-slate-600">(suggested by the {s.party === "team" ? "team" : "broker"})</span>
                    {r.party === "sme" && (
                      <>
                        {" · "}
                        <Link href={`/introductions/new?team=${s.slug}`}>Request an introduction</Link>
                      </>
                    )}
                    {s.note && <p className="text-slate-700">{s.note}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="thread-heading" className="space-y-4">
            <h2 id="thread-heading" className="text-xl font-semibold">
              Messages
            </h2>
            <Thread messages={r.messages} />
            {r.can.post ? (
              <SimpleForm
                messageBeside
                action={postMessageAction}
                hidden={{ id: String(r.id), idempotencyKey: randomUUID() }}
                label="Write a message"
                submitLabel="Send message"
                fields={[
                  {
                    type: "textarea",
                    name: "body",
                    label: "Your message",
                    hint: "Seen by the firm, the team and the broker.",
                    maxLength: LIMITS.messageMax,
                    rows: 4,
                  },
                ]}
              />
            ) : (
              <p className="text-sm text-slate-600">This request is {r.status}; its thread is closed.</p>
            )}
          </section>
        </div>
        <aside className="space-y-6">
          <RequestActions r={r} />
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="mb-3 text-xl font-semibold">
              Timeline
            </h2>
            <Timeline items={r.events} />
          </section>
        </aside>
      </div>
    </article>
  );
}
