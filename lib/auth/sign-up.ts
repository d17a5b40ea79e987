// The two sign-up doors. Each validates its own fields (already parsed by zod), then lets the
// library create the account, then records the door's profile. The answer is the same whether
// or not the address was already registered (the owner is e-mailed instead).
import "server-only";
import { appDb } from "@/lib/dal/context";
import { academicHint } from "@/lib/academic-hint";
import { completeSignUp } from "@/lib/dal/accounts/internal/viewer";
import {
  findInstitutionsByDomain,
  findInstitutionsByName,
  type InstitutionCandidate,
} from "@/lib/dal/institutions/internal/domain-matches";
import type { MembershipEvidence } from "@/lib/dal/accounts/membership-evidence";
import { emailDomain } from "@/lib/domains";
import type { FieldErrors } from "@/lib/validation/form";
import type { SmeSignUp, UniversitySignUp } from "@/lib/validation/account";
import { getAuth } from "./auth";
import { authFailure } from "./errors";
import { clientIp, throttle, tooManyMessage } from "./throttle";

export type SignUpResult = { ok: true } | { ok: false; message: string; fields?: FieldErrors };

const VERIFIED_CALLBACK = "/welcome";

async function createAccount(
  name: string,
  email: string,
  password: string,
  headers: Headers,
): Promise<{ userId: string } | SignUpResult> {
  try {
    const res = await getAuth().api.signUpEmail({
      body: { name, email, password, callbackURL: VERIFIED_CALLBACK },
      headers,
    });
    return { userId: res.user.id };
  } catch (err) {
    const f = authFailure(err);
    if (f.code === "PASSWORD_TOO_SHORT" || f.code === "PASSWORD_TOO_LONG" || f.code === "WEAK_PASSWORD")
      return { ok: false, message: "Check the password.", fields: { password: f.message } };
    if (f.status === 429) return { ok: false, message: f.message };
    return { ok: false, message: "We could not create the account. Please try again." };
  }
}

function guard(email: string, headers: Headers): SignUpResult | null {
  const d = throttle(appDb(), "sign-up", email, clientIp(headers));
  return d.allowed ? null : { ok: false, message: tooManyMessage(d.retryAfter) };
}

export async function signUpSme(input: SmeSignUp, headers: Headers): Promise<SignUpResult> {
  const denied = guard(input.email, headers);
  if (denied) return denied;
  const created = await createAccount(input.name, input.email, input.password, headers);
  if (!("userId" in created)) return created;
  const { companyName, companySize, companyCountry, companySector } = input;
  completeSignUp(appDb(), created.userId, {
    door: "sme",
    companyName,
    companySize,
    companyCountry,
    companySector,
  });
  return { ok: true };
}

type Claim =
  | { ok: true; institution: InstitutionCandidate; matchedDomain: string | null }
  | { ok: false; message: string; fields: FieldErrors };

/** Which institution a university applicant belongs to: by e-mail domain, else by the name they gave. */
export function resolveClaim(email: string, institutionName: string | null): Claim {
  const db = appDb();
  const domain = emailDomain(email);
  const byDomain = domain ? findInstitutionsByDomain(db, domain) : [];
  const named = institutionName ? findInstitutionsByName(db, institutionName) : { exact: [], similar: [] };
  const [only] = byDomain;
  if (only && byDomain.length === 1)
    return { ok: true, institution: only.institution, matchedDomain: only.matchedDomain };
  if (byDomain.length > 1) {
    const chosen = byDomain.find((m) => named.exact.some((e) => e.id === m.institution.id));
    if (chosen) return { ok: true, institution: chosen.institution, matchedDomain: chosen.matchedDomain };
    const names = byDomain.map((m) => m.institution.name).join("; ");
    return {
      ok: false,
      message: "Your address belongs to more than one institution.",
      fields: { institutionName: `Type the one you work at: ${names}` },
    };
  }
  const [exact] = named.exact;
  if (exact && named.exact.length === 1) return { ok: true, institution: exact, matchedDomain: null };
  if (!institutionName) {
    return {
      ok: false,
      message: `We do not recognise the domain ${domain ?? "of that address"}. Tell us which institution you work at.`,
      fields: { institutionName: "Type your institution's full name" },
    };
  }
  const suggestions = [...named.exact, ...named.similar].slice(0, 5).map((s) => s.name);
  return {
    ok: false,
    message: "We could not find that institution.",
    fields: {
      institutionName:
        suggestions.length > 0
          ? `Did you mean: ${suggestions.join("; ")}?`
          : "No institution by that name. Type its full official name.",
    },
  };
}

export async function signUpUniversity(input: UniversitySignUp, headers: Headers): Promise<SignUpResult> {
  const denied = guard(input.email, headers);
  if (denied) return denied;
  const claim = resolveClaim(input.email, input.institutionName);
  if (!claim.ok) return claim;
  const domain = emailDomain(input.email);
  const evidence: MembershipEvidence = {
    emailDomain: domain,
    domainMatch: claim.matchedDomain ? { matchedDomain: claim.matchedDomain } : null,
    academicHint: domain ? await academicHint(domain) : null,
    claimedInstitution: input.institutionName,
    jobTitle: input.jobTitle,
    note: input.note,
    claimEmail: null,
    source: "sign-up",
  };
  const created = await createAccount(input.name, input.email, input.password, headers);
  if (!("userId" in created)) return created;
  completeSignUp(appDb(), created.userId, {
    door: "university",
    institutionId: claim.institution.id,
    evidence,
  });
  return { ok: true };
}
