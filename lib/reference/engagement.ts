// The product's own vocabularies: what kind of knowledge an SME wants, how it can work with a
// team, what that indicatively costs and how long it takes. Codes are stored; labels are shown.

export const KNOWLEDGE_TYPES = [
  {
    code: "new-technology",
    name: "New technology",
    hint: "A technology, process or product you can adopt or license.",
  },
  {
    code: "scientific-information",
    name: "Scientific information",
    hint: "What the research says, tests and analysis.",
  },
  { code: "research-development", name: "Research and development", hint: "New work done with or for you." },
  {
    code: "market-intelligence",
    name: "Professional and market intelligence",
    hint: "Markets, regulation, standards, users.",
  },
  { code: "skills-training", name: "Skills and training", hint: "Courses, placements, graduates." },
  { code: "specialist-advice", name: "Specialist advice", hint: "An expert's view on a specific problem." },
] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number]["code"];

export const ENGAGEMENT_MODES = [
  { code: "consultancy", name: "Consultancy" },
  { code: "contract-research", name: "Contract research" },
  { code: "collaborative-rd", name: "Collaborative R&D" },
  { code: "licensing", name: "Licensing" },
  { code: "ktp", name: "Knowledge Transfer Partnership" },
  { code: "student-projects", name: "Student projects" },
  { code: "facilities-access", name: "Facilities and equipment access" },
  { code: "cpd-training", name: "CPD and training" },
] as const;
export type EngagementMode = (typeof ENGAGEMENT_MODES)[number]["code"];

/** Indicative cost to the firm, in pounds sterling equivalent, before any subsidy. */
export const COST_BANDS = [
  { code: "free", name: "Free" },
  { code: "under-5k", name: "Under £5k" },
  { code: "5k-25k", name: "£5k–£25k" },
  { code: "25k-100k", name: "£25k–£100k" },
  { code: "over-100k", name: "Over £100k" },
] as const;
export type CostBand = (typeof COST_BANDS)[number]["code"];

export const DURATIONS = [
  { code: "days", name: "Days" },
  { code: "weeks", name: "Weeks" },
  { code: "months", name: "1–6 months" },
  { code: "half-year-plus", name: "6–12 months" },
  { code: "years", name: "More than a year" },
] as const;
export type Duration = (typeof DURATIONS)[number]["code"];

export const AVAILABILITY = [
  { code: "now", name: "Taking SME work now" },
  { code: "limited", name: "Limited capacity" },
  { code: "not-now", name: "Not taking new work" },
] as const;
export type Availability = (typeof AVAILABILITY)[number]["code"];

export const INSTITUTION_KINDS = [
  { code: "university", name: "University" },
  { code: "research-institute", name: "Research institute" },
  { code: "hospital", name: "Hospital" },
  { code: "college", name: "College" },
  { code: "other", name: "Other" },
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number]["code"];

export const TEAM_STATUSES = ["draft", "pending", "published", "changes_requested", "rejected", "archived"] as const;
export type TeamStatus = (typeof TEAM_STATUSES)[number];

export const PARTNER_KINDS = [
  { code: "sme", name: "SME" },
  { code: "large-firm", name: "Large firm" },
  { code: "public-body", name: "Public body" },
  { code: "charity", name: "Charity or non-profit" },
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number]["code"];

type Coded = readonly { code: string; name: string }[];
export function labelOf(list: Coded, code: string): string {
  return list.find((x) => x.code === code)?.name ?? code;
}
export function codesOf<T extends Coded>(list: T): [T[number]["code"], ...T[number]["code"][]] {
  return list.map((x) => x.code) as [T[number]["code"], ...T[number]["code"][]];
}
