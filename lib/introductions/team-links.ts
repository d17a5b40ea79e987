// Brokers and teams name other teams by pasting profile links or addresses; this reads them.

/** Team slugs from free text: profile URLs (…/teams/<slug>), paths, or bare slugs, in order, once each. */
export function slugsFromText(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const token = raw.trim();
    if (!token) continue;
    const m = /\/teams\/([^/?#]+)/.exec(token);
    const slug = (m ? m[1]! : token).toLowerCase();
    if (!out.includes(slug)) out.push(slug);
  }
  return out;
}
