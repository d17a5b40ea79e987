import "server-only";
import type { AcademicHint } from "@/lib/academic-hint";

/** What a university applicant offered as proof, stored with the membership for curators. */
export interface MembershipEvidence {
  emailDomain: string | null;
  /** Set when the address's domain (or a parent) is one of the institution's e-mail domains. */
  domainMatch: { matchedDomain: string } | null;
  academicHint: AcademicHint | null;
  claimedInstitution: string | null;
  jobTitle: string | null;
  note: string | null;
}

export function parseEvidence(text: string | null): MembershipEvidence {
  const empty: MembershipEvidence = { emailDomain: null, domainMatch: null, academicHint: null, claimedInstitution: null, jobTitle: null, note: null };
  if (!text) return empty;
  try {
    const v = JSON.parse(text) as Partial<MembershipEvidence>;
    return { ...empty, ...v };
  } catch {
    return { ...empty, note: text };
  }
}
