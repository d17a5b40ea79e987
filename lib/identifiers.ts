// Persistent identifiers, validated by their published check-digit schemes.

/** ORCID iD: 16 characters in four groups; last is the ISO 7064 MOD 11-2 check digit (0–9 or X). */
export function isValidOrcid(input: string): boolean {
  const id = normaliseOrcid(input);
  if (!id) return false;
  const digits = id.replace(/-/g, "");
  let total = 0;
  for (const ch of digits.slice(0, 15)) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  const check = result === 10 ? "X" : String(result);
  return digits[15] === check;
}

/** Accepts "0000-0002-1825-0097" or "https://orcid.org/0000-0002-1825-0097"; returns the bare form. */
export function normaliseOrcid(input: string): string | null {
  const m = /^(?:https?:\/\/orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i.exec(input.trim());
  return m?.[1] ? m[1].toUpperCase() : null;
}

const CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

/**
 * ROR id: "0" + 6 Crockford base32 characters + a 2-digit ISO 7064 MOD 97-10 checksum of the
 * first 7 characters' value. Accepts the bare id or the https://ror.org/ URL; returns the URL form.
 */
export function normaliseRorId(input: string): string | null {
  const m = /^(?:https?:\/\/(?:www\.)?ror\.org\/)?(0[0-9a-hjkmnp-tv-z]{6}\d{2})$/i.exec(input.trim());
  const id = m?.[1]?.toLowerCase();
  if (!id) return null;
  let value = 0n;
  for (const ch of id.slice(0, 7)) value = value * 32n + BigInt(CROCKFORD.indexOf(ch));
  const checksum = (98n - ((value * 100n) % 97n)).toString().padStart(2, "0");
  return checksum === id.slice(7) ? `https://ror.org/${id}` : null;
}

export function isValidRorId(input: string): boolean {
  return normaliseRorId(input) !== null;
}
