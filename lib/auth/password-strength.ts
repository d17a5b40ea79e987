// New passwords are checked offline against zxcvbn-ts's lists of common and breached passwords
// (with its English and common dictionaries, keyboard patterns, repeats and sequences). A password
// that an attacker would guess early is refused with a plain message; nothing leaves the server.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as common } from "@zxcvbn-ts/language-common";
import { dictionary as english, translations } from "@zxcvbn-ts/language-en";

/** zxcvbn's scale 0-4; 3 = "safely unguessable: moderate protection from an offline attack". */
export const MIN_PASSWORD_SCORE = 3;

export const WEAK_PASSWORD_MESSAGE =
  "This password is too common or too easy to guess (it is on lists of leaked passwords, or is a simple pattern). Choose a longer, less predictable one — several unrelated words work well.";

let factory: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (factory ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...common, ...english },
  }));

export interface PasswordVerdict {
  ok: boolean;
  score: number;
  /** What zxcvbn suggests, in English, when it has something to say. */
  hint: string | null;
}

/** `context` holds words the password must not lean on (the person's name, e-mail, the site). */
export function checkPasswordStrength(password: string, context: readonly string[] = []): PasswordVerdict {
  const inputs = ["expertise", "atlas", "expertise atlas", ...context.filter(Boolean)];
  const result = zxcvbn().check(password.slice(0, 128), inputs);
  const hint = result.feedback.warning ?? result.feedback.suggestions[0] ?? null;
  return { ok: result.score >= MIN_PASSWORD_SCORE, score: result.score, hint };
}

/** The message for a refused password, with zxcvbn's hint when it has one. */
export function weakPasswordMessage(verdict: PasswordVerdict): string {
  return verdict.hint ? `${WEAK_PASSWORD_MESSAGE} ${verdict.hint}` : WEAK_PASSWORD_MESSAGE;
}
