// schema.org JSON-LD for public profiles: a team is a ResearchOrganization whose parent is its
// institution (identified by its ROR id); an institution is a CollegeOrUniversity, Hospital or
// ResearchOrganization. Pure: built from the DAL's public profile objects.
import type {
  CollegeOrUniversity,
  Country,
  Hospital,
  Organization,
  PropertyValue,
  ResearchOrganization,
  WithContext,
} from "schema-dts";
import { countryName } from "@/lib/reference/countries";
import { fieldName } from "@/lib/reference/fields";

interface InstitutionFacts {
  slug: string;
  name: string;
  countryCode: string;
  city: string | null;
  rorId?: string | null;
}

interface TeamFacts {
  slug: string;
  name: string;
  summary: string;
  keywords: string[];
  fields: string[];
  languages: string[];
  website: string | null;
  institution: InstitutionFacts;
  caseStudies: { partnerCountry: string | null }[];
}

interface InstitutionPageFacts extends InstitutionFacts {
  kind: string;
  acronyms: string[];
  aliases: string[];
  website: string | null;
  lat: number | null;
  lng: number | null;
  teams: { slug: string; name: string }[];
}

const rorIdentifier = (rorId: string): PropertyValue => ({ "@type": "PropertyValue", propertyID: "ROR", value: rorId });
const country = (code: string): Country => ({ "@type": "Country", name: countryName(code), identifier: code });
const address = (i: InstitutionFacts) => ({
  "@type": "PostalAddress" as const,
  addressCountry: i.countryCode,
  ...(i.city ? { addressLocality: i.city } : {}),
});

/** The institution as a parent or subject: its page, ROR id as identifier and sameAs. */
function institutionNode(base: string, i: InstitutionFacts): Organization {
  return {
    "@type": "Organization",
    "@id": `${base}/institutions/${i.slug}#organization`,
    name: i.name,
    url: `${base}/institutions/${i.slug}`,
    address: address(i),
    ...(i.rorId ? { identifier: rorIdentifier(i.rorId), sameAs: i.rorId } : {}),
  };
}

export function teamJsonLd(base: string, t: TeamFacts): WithContext<ResearchOrganization> {
  // Where the team works: its own country and the countries of the firms in its case studies.
  const served = [...new Set([t.institution.countryCode, ...t.caseStudies.flatMap((c) => c.partnerCountry ?? [])])];
  return {
    "@context": "https://schema.org",
    "@type": "ResearchOrganization",
    "@id": `${base}/teams/${t.slug}#organization`,
    name: t.name,
    description: t.summary,
    url: `${base}/teams/${t.slug}`,
    ...(t.website ? { sameAs: t.website } : {}),
    parentOrganization: institutionNode(base, t.institution),
    knowsAbout: [...new Set([...t.keywords, ...t.fields.map(fieldName)])],
    areaServed: served.map(country),
    knowsLanguage: t.languages,
    address: address(t.institution),
  };
}

export function institutionJsonLd(
  base: string,
  i: InstitutionPageFacts,
): WithContext<CollegeOrUniversity | Hospital | ResearchOrganization> {
  const type =
    i.kind === "university" || i.kind === "college"
      ? ("CollegeOrUniversity" as const)
      : i.kind === "hospital"
        ? ("Hospital" as const)
        : ("ResearchOrganization" as const);
  const sameAs = [i.rorId, i.website].filter((x): x is string => !!x);
  return {
    "@context": "https://schema.org",
    ...(institutionNode(base, i) as object),
    "@type": type,
    ...(i.acronyms.length + i.aliases.length > 0 ? { alternateName: [...i.acronyms, ...i.aliases] } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(i.lat !== null && i.lng !== null
      ? { geo: { "@type": "GeoCoordinates", latitude: i.lat, longitude: i.lng } }
      : {}),
    subOrganization: i.teams.map((t) => ({
      "@type": "ResearchOrganization" as const,
      "@id": `${base}/teams/${t.slug}#organization`,
      name: t.name,
      url: `${base}/teams/${t.slug}`,
    })),
  } as WithContext<CollegeOrUniversity | Hospital | ResearchOrganization>;
}

/**
 * The JSON for a <script type="application/ld+json"> element. "<" (and ">", "&", U+2028/9) are
 * escaped, so no text in a listing can close the script element or start markup.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
