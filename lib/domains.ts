// E-mail domains and the institutions that own them. Pure: no I/O.

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The lower-cased domain of an e-mail address, or null when there is none worth matching. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1) return null;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, "");
  return DOMAIN.test(domain) ? domain : null;
}

/**
 * The domain and each parent that could belong to an institution, most specific first:
 * "eng.ox.ac.uk" → ["eng.ox.ac.uk", "ox.ac.uk", "ac.uk"]. A bare top-level label ("uk") is never
 * a candidate.
 */
export function domainCandidates(domain: string): string[] {
  const labels = domain.toLowerCase().split(".").filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join("."));
  return out;
}

export interface DomainOwner {
  id: number;
  emailDomains: readonly string[];
}

export interface DomainMatch<T extends DomainOwner> {
  institution: T;
  /** The institution's domain that matched (the address's domain or one of its parents). */
  matchedDomain: string;
}

/**
 * The institutions owning the most specific matching domain. Usually one; several when a domain
 * is shared (for example a university and its hospital), which a curator then resolves.
 */
export function matchInstitutions<T extends DomainOwner>(domain: string, candidates: readonly T[]): DomainMatch<T>[] {
  for (const d of domainCandidates(domain)) {
    const owners = candidates.filter((i) => i.emailDomains.some((own) => own.toLowerCase() === d));
    if (owners.length > 0) return owners.map((institution) => ({ institution, matchedDomain: d }));
  }
  return [];
}
