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
  /**
   * An address at the institution offered when asking to join after sign-up (it need not be the
   * account's), and when the e-mailed link to it was followed (ISO time), if it was.
   */
  claimEmail: { address: string; confirmedAt: string | null } | null;
  /** Where the request was made: the sign-up form, or the account page later. */
  source: "sign-up" | "account";
}

export function parseEvidence(text: string | null): MembershipEvidence {
  const empty: MembershipEvidence = {
    emailDomain: null,
    domainMatch: null,
    academicHint: null,
    claimedInstitution: null,
    jobTitle: null,
    note: null,
    claimEmail: null,
    source: "sign-up",
  };
  if (!text) return empty;
  try {
    const v = JSON.parse(text) as Partial<MembershipEvidence>;
    return { ...empty, ...v };
  } catch {
    return { ...empty, note: text };
  }
}
