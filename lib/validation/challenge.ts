// "Describe your challenge" on the home page: a problem statement, an abstract or a funding call,
// searched as it is. Never cut: text over the limit is refused with a message and given back.

export const CHALLENGE_MAX_LENGTH = 5_000;
/**
 * The search page is reached by its address (GET /search?q=…); beyond this many bytes of
 * encoded query an address risks being refused by servers and proxies (Node's own header limit
 * is 16 KB). Only text mostly outside the Latin alphabet comes near it within 5,000 characters.
 */
export const CHALLENGE_MAX_URL_BYTES = 12_000;

export type ChallengeCheck = { ok: true; q: string } | { ok: false; message: string };

const n = (x: number) => x.toLocaleString("en-GB");

/** Characters as people count them (an emoji or an accented letter is one), which is what the counter shows. */
export function challengeLength(text: string): number {
  let count = 0;
  for (const _ of text.normalize("NFC")) count++;
  return count;
}

export function checkChallenge(raw: unknown): ChallengeCheck {
  const text = typeof raw === "string" ? raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, " ") : "";
  const length = challengeLength(text.trim());
  if (length === 0) return { ok: false, message: "Describe your challenge first: a few words or a few paragraphs." };
  if (length > CHALLENGE_MAX_LENGTH)
    return {
      ok: false,
      message: `Your text is ${n(length)} characters; the limit is ${n(CHALLENGE_MAX_LENGTH)}. Shorten it by ${n(length - CHALLENGE_MAX_LENGTH)} characters — nothing has been cut, your text is still in the box.`,
    };
  // Line breaks and runs of spaces carry nothing for search and only lengthen the address.
  const q = text.replace(/\s+/g, " ").trim();
  if (encodeURIComponent(q).length > CHALLENGE_MAX_URL_BYTES)
    return {
      ok: false,
      message: `Your text is too long to search in one go in this alphabet. Shorten it to about ${n(Math.floor((length * CHALLENGE_MAX_URL_BYTES) / encodeURIComponent(q).length / 100) * 100)} characters — nothing has been cut.`,
    };
  return { ok: true, q };
}
