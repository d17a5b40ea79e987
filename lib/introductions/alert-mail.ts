// The saved-search digest: new teams matching a firm's saved search since the last one.
import type { OutgoingEmail } from "@/lib/dal/types";
import { render } from "@/lib/email/templates";

export interface DigestTeam {
  name: string;
  institutionName: string;
  country: string;
  url: string;
}

export const DIGEST_MAX_TEAMS = 10;

export function savedSearchDigest(
  to: string,
  search: { id: number; name: string; frequency: "daily" | "weekly"; searchUrl: string; manageUrl: string },
  teams: readonly DigestTeam[],
  total: number,
  windowEnd: Date,
): OutgoingEmail {
  const shown = teams.slice(0, DIGEST_MAX_TEAMS);
  const more = total - shown.length;
  return render(
    to,
    {
      subject: `${total} new team${total === 1 ? "" : "s"} for your saved search "${search.name}"`,
      greeting: "Hello,",
      paragraphs: [
        `Since your last ${search.frequency} digest, ${total === 1 ? "one new team matches" : `${total} new teams match`} your saved search "${search.name}":`,
        shown.map((t) => `• ${t.name} — ${t.institutionName}, ${t.country}\n  ${t.url}`).join("\n"),
        ...(more > 0 ? [`…and ${more} more.`] : []),
      ],
      action: { label: "See all results", url: search.searchUrl },
      footer: `You get this ${search.frequency} because you saved this search. Change how often, or stop: ${search.manageUrl}`,
    },
    `saved-search:${search.id}:${windowEnd.getTime()}`,
  );
}
