import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { dangerButtonClass } from "@/components/forms/styles";
import { requestContext } from "@/lib/dal/request-context";
import { listMembershipRequests, type MembershipRequest } from "@/lib/dal/accounts/memberships";
import { decideMembershipAction } from "../actions";

export const metadata: Metadata = { title: "Membership requests" };

function Evidence({ r }: { r: MembershipRequest }) {
  const e = r.evidence;
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      <dt className="text-slate-600">E-mail</dt>
      <dd>
        {r.applicant.email} {r.applicant.emailVerified ? "(confirmed)" : "(not yet confirmed)"}
      </dd>
      <dt className="text-slate-600">Domain match</dt>
      <dd>
        {e.domainMatch
          ? `Yes: ${e.emailDomain} is covered by ${e.domainMatch.matchedDomain}`
          : `No: ${e.emailDomain ?? "unknown"} is not one of ${r.institution.emailDomains.join(", ") || "the institution's domains (none recorded)"}`}
      </dd>
      <dt className="text-slate-600">Academic-domain list</dt>
      <dd>
        {e.academicHint === null
          ? "Not checked"
          : e.academicHint.academic
            ? `Listed as academic${e.academicHint.names.length ? `: ${e.academicHint.names.join("; ")}` : ""}`
            : "Not listed as academic"}
      </dd>
      {e.claimEmail && (
        <>
          <dt className="text-slate-600">Address at the institution</dt>
          <dd>
            {e.claimEmail.address}{" "}
            {e.claimEmail.confirmedAt
              ? `(confirmed by its link on ${new Date(e.claimEmail.confirmedAt).toLocaleDateString("en-GB")})`
              : "(link sent, not yet followed)"}
          </dd>
        </>
      )}
      <dt className="text-slate-600">Asked</dt>
      <dd>{e.source === "account" ? "From their account, after signing up" : "When signing up"}</dd>
      {e.claimedInstitution && (
        <>
          <dt className="text-slate-600">Institution they named</dt>
          <dd>{e.claimedInstitution}</dd>
        </>
      )}
      {e.jobTitle && (
        <>
          <dt className="text-slate-600">Job title</dt>
          <dd>{e.jobTitle}</dd>
        </>
      )}
      {e.note && (
        <>
          <dt className="text-slate-600">Their note</dt>
          <dd className="whitespace-pre-line">{e.note}</dd>
        </>
      )}
    </dl>
  );
}

export default async function MembershipRequestsPage() {
  const ctx = await requestContext();
  const pending = listMembershipRequests(ctx, "pending");
  const decided = listMembershipRequests(ctx, "decided");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Membership requests</h1>
      {pending.length === 0 ? (
        <p className="text-slate-700">No requests are waiting.</p>
      ) : (
        <ul className="space-y-4">
          {pending.map((r) => (
            <li key={r.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
              <h2 className="text-lg font-semibold">
                {r.applicant.name} wants to join{" "}
                <Link href={`/institutions/${r.institution.slug}`}>{r.institution.name}</Link>
                {!r.institution.verified && (
                  <span className="ml-2 text-sm font-normal text-slate-600">(institution not verified)</span>
                )}
              </h2>
              <p className="text-sm text-slate-600">Asked on {r.createdAt.toLocaleDateString("en-GB")}</p>
              <Evidence r={r} />
              <div className="grid gap-4 sm:grid-cols-2">
                <ActionButton
                  action={decideMembershipAction}
                  hidden={{ membershipId: String(r.id), decision: "approve" }}
                  label={`Approve ${r.applicant.name}`}
                />
                <ActionButton
                  action={decideMembershipAction}
                  hidden={{ membershipId: String(r.id), decision: "reject" }}
                  label={`Reject ${r.applicant.name}`}
                  className={dangerButtonClass}
                  note={{ name: "note", label: "Reason (sent to the applicant)", maxLength: 1000 }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      {decided.length > 0 && (
        <section aria-labelledby="decided-heading">
          <h2 id="decided-heading" className="text-lg font-semibold">
            Recently decided
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {decided.map((r) => (
              <li key={r.id}>
                {r.applicant.name} — {r.institution.name}:{" "}
                <strong>{r.status === "active" ? "approved" : "rejected"}</strong>
                {r.decidedAt ? ` on ${r.decidedAt.toLocaleDateString("en-GB")}` : ""}
                {r.decisionNote ? ` (“${r.decisionNote}”)` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
