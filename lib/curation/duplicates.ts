// Likely duplicate listings: two teams at the same institution whose names say the same thing.
// Pure, so the rule can be tested on its own; the DAL feeds it the live listings.

/**
 * Words that name the kind of unit rather than the subject: "Robotics Lab" and "Robotics Research
 * Group" at one university are almost certainly one team listed twice.
 */
const GENERIC = new Set([
  "the",
  "of",
  "and",
  "for",
  "in",
  "at",
  "on",
  "a",
  "an",
  "to",
  "&",
  "lab",
  "labs",
  "laboratory",
  "laboratories",
  "group",
  "groups",
  "team",
  "teams",
  "unit",
  "units",
  "centre",
  "center",
  "centres",
  "centers",
  "research",
  "hub",
  "cluster",
  "programme",
  "program",
]);

/** Lower case, accents folded, punctuation dropped, "&" read as "and", generic words removed. */
export function nameTokens(name: string): string[] {
  const folded = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  const tokens = folded.split(" ").filter((t) => t !== "" && !GENERIC.has(t));
  return [...new Set(tokens)].sort();
}

/** The name as compared: its distinctive words, sorted, so word order and "Lab"/"Group" do not matter. */
export function normaliseTeamName(name: string): string {
  return nameTokens(name).join(" ");
}

/** Shared distinctive words ÷ all distinctive words of the two names (Jaccard). */
export function tokenOverlap(a: string, b: string): number {
  const ta = new Set(nameTokens(a));
  const tb = new Set(nameTokens(b));
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

export interface DuplicateCandidateInput {
  id: number;
  slug: string;
  name: string;
  institutionId: number;
}

export interface DuplicatePair<T extends DuplicateCandidateInput> {
  /** The older listing (lower id) first: by default it survives. */
  a: T;
  b: T;
  score: number;
  reason: "same name" | "similar name";
}

/** Overlap at or above this counts as "similar"; two shared words at least, so one common word is not enough. */
export const SIMILARITY_THRESHOLD = 0.6;
/** An institution with more listings than this is compared by normalised name only (pairs grow quadratically). */
const PAIRWISE_LIMIT = 2000;

function similar(a: string[], b: string[]): number {
  const sb = new Set(b);
  let shared = 0;
  for (const t of a) if (sb.has(t)) shared++;
  if (shared < 2) return 0;
  return shared / (a.length + b.length - shared);
}

/**
 * Pairs of listings at the same institution with the same normalised name, or with a high share
 * of distinctive words in common; most alike first.
 */
export function findDuplicatePairs<T extends DuplicateCandidateInput>(
  teams: readonly T[],
  limit = 200,
): DuplicatePair<T>[] {
  const byInstitution = new Map<number, { team: T; tokens: string[]; key: string }[]>();
  for (const team of teams) {
    const tokens = nameTokens(team.name);
    const entry = { team, tokens, key: tokens.join(" ") };
    const list = byInstitution.get(team.institutionId);
    if (list) list.push(entry);
    else byInstitution.set(team.institutionId, [entry]);
  }
  const pairs: DuplicatePair<T>[] = [];
  const push = (x: T, y: T, score: number) => {
    const [a, b] = x.id < y.id ? [x, y] : [y, x];
    pairs.push({ a, b, score, reason: score === 1 ? "same name" : "similar name" });
  };
  for (const list of byInstitution.values()) {
    if (list.length > PAIRWISE_LIMIT) {
      const byKey = new Map<string, T[]>();
      for (const e of list) if (e.key) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e.team]);
      for (const same of byKey.values()) for (let i = 1; i < same.length; i++) push(same[0]!, same[i]!, 1);
      continue;
    }
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        if (x.key === "" || y.key === "") continue;
        const score = x.key === y.key ? 1 : similar(x.tokens, y.tokens);
        if (score >= SIMILARITY_THRESHOLD) push(x.team, y.team, score);
      }
    }
  }
  return pairs.sort((p, q) => q.score - p.score || p.a.id - q.a.id || p.b.id - q.b.id).slice(0, limit);
}
