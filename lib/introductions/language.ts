// Which language a firm's request form preselects: the firm's own, never the team's. A firm that
// chose one before (its account's last request) keeps it; otherwise its browser's
// Accept-Language decides (negotiated by the `negotiator` package); otherwise English.
import Negotiator from "negotiator";

export function firmLanguage(input: {
  /** The preferred language of the firm's last request, if any. */
  lastChoice: string | null | undefined;
  acceptLanguage: string | null | undefined;
  /** The ISO 639-1 codes the form offers. */
  known: readonly string[];
  fallback?: string;
}): string {
  const fallback = input.fallback ?? "en";
  if (input.lastChoice && input.known.includes(input.lastChoice)) return input.lastChoice;
  const header = input.acceptLanguage?.trim();
  // No header, or "*": the browser states no preference.
  if (!header || header === "*") return fallback;
  const best = new Negotiator({ headers: { "accept-language": header.slice(0, 500) } }).languages([...input.known]);
  return best[0] ?? fallback;
}
