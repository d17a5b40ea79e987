// Maps one ROR v2 organisation record (the data-dump format) to an institution input. Pure:
// never throws on bad data, returns a reason instead, so an import can count and carry on.
import { institutionInputSchema, type InstitutionInput } from "@/lib/validation/institution";
import type { InstitutionKind } from "@/lib/reference/engagement";

type Result = { ok: true; value: InstitutionInput } | { ok: false; reason: string };

interface RorName {
  value?: unknown;
  types?: unknown;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function kindOf(types: string[]): InstitutionKind {
  if (types.includes("education")) return "university";
  if (types.includes("healthcare")) return "hospital";
  if (types.includes("facility") || types.includes("government") || types.includes("nonprofit"))
    return "research-institute";
  return "other";
}

export function mapRorRecord(record: unknown): Result {
  if (typeof record !== "object" || record === null || Array.isArray(record))
    return { ok: false, reason: "not an object" };
  const r = record as Record<string, unknown>;
  const id = str(r.id);
  if (!id) return { ok: false, reason: "missing id" };

  const names = arr(r.names) as RorName[];
  const namesOf = (type: string) =>
    names.flatMap((n) => (Array.isArray(n?.types) && n.types.includes(type) && str(n.value) ? [str(n.value)!] : []));
  const name = namesOf("ror_display")[0] ?? namesOf("label")[0] ?? str(r.name);
  if (!name) return { ok: false, reason: "missing name" };

  const location = arr(r.locations)[0] as { geonames_details?: Record<string, unknown> } | undefined;
  const geo = location?.geonames_details ?? {};
  const countryCode = str(geo.country_code);
  if (!countryCode) return { ok: false, reason: "missing country" };

  const links = arr(r.links) as { type?: unknown; value?: unknown }[];
  const website = str(links.find((l) => l?.type === "website")?.value);
  const types = arr(r.types).flatMap((t) => (typeof t === "string" ? [t] : []));
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  const labels = namesOf("label").filter((n) => n !== name);

  const parsed = institutionInputSchema.safeParse({
    rorId: id,
    name,
    aliases: [...new Set([...namesOf("alias"), ...labels])],
    acronyms: [...new Set(namesOf("acronym"))],
    countryCode,
    city: str(geo.name),
    lat: num(geo.lat),
    lng: num(geo.lng),
    website: website && /^https?:\/\//i.test(website) ? website : null,
    emailDomains: arr(r.domains).flatMap((d) => (typeof d === "string" ? [d] : [])),
    kind: kindOf(types),
    rorTypes: types,
    rorStatus: str(r.status) ?? "active",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join(".") || "record"}: ${issue?.message ?? "invalid"}` };
  }
  return { ok: true, value: parsed.data };
}
