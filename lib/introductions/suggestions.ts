// Why a list of suggested teams cannot be used, in words for the person who pasted the links.
// Pure: the DAL looks the slugs up and passes what it found.

export interface FoundTeam {
  id: number;
  slug: string;
  name: string;
  status: string;
}

const quoted = (xs: string[]) => xs.map((x) => `“${x}”`).join(", ");

/** Null when every slug names a published team other than the one the request is for. */
export function suggestionProblem(slugs: string[], found: FoundTeam[], requestedTeamId: number | null): string | null {
  const bySlug = new Map(found.map((t) => [t.slug, t]));
  const unknown = slugs.filter((s) => !bySlug.has(s));
  if (unknown.length > 0)
    return unknown.length === 1
      ? `${quoted(unknown)} is not a team of the register. Check the link: copy it from the team's page.`
      : `${quoted(unknown)} are not teams of the register. Check the links: copy them from the teams' pages.`;
  const hidden = slugs.filter((s) => bySlug.get(s)!.status !== "published").map((s) => bySlug.get(s)!.name);
  if (hidden.length > 0)
    return `${quoted(hidden)} ${hidden.length === 1 ? "is" : "are"} not published, so the firm could not open ${hidden.length === 1 ? "it" : "them"}. Suggest published teams.`;
  const same = slugs.find((s) => bySlug.get(s)!.id === requestedTeamId);
  if (same) return `“${bySlug.get(same)!.name}” is the team this request is for. Suggest other teams.`;
  return null;
}
