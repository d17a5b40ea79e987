import Link from "next/link";

export interface MembershipItem {
  id: number;
  institution: { slug: string; name: string; verified: boolean } | null;
  status: "pending" | "active" | "rejected";
  decisionNote: string | null;
  awaitingEmail?: string | null;
}

const STATUS: Record<MembershipItem["status"], string> = {
  active: "Member",
  pending: "Waiting for a curator",
  rejected: "Not approved",
};

export function MembershipList({ memberships }: { memberships: readonly MembershipItem[] }) {
  return (
    <ul className="space-y-2">
      {memberships.map((m) => (
        <li key={m.id} className="text-sm">
          {m.institution ? (
            <Link href={`/institutions/${m.institution.slug}`}>{m.institution.name}</Link>
          ) : (
            "An intermediary"
          )}{" "}
          — <strong>{STATUS[m.status]}</strong>
          {m.awaitingEmail && (
            <span className="block text-slate-700">
              Open the link we sent to {m.awaitingEmail} while signed in, to confirm it.
            </span>
          )}
          {m.decisionNote && <span className="block text-slate-700">Curator&apos;s reason: {m.decisionNote}</span>}
        </li>
      ))}
    </ul>
  );
}
