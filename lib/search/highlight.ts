// Highlighting: split text into plain and matched segments (rendered as <mark> by React, never
// as HTML strings), and pick the snippet of a team's text that best shows why it matched.
import { processTerm, normalizeText } from "./text";
import { languageOfTerm, partTermsIn, termIn, type TextLanguage } from "./analysis/languages";

export interface Segment {
  text: string;
  hit: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-/'’][\p{L}\p{N}]+)*/gu;

/** The languages whose tagged terms ("es:agu") are among `terms`: listings written in them. */
function languagesOf(terms: ReadonlySet<string>): TextLanguage[] {
  const out = new Set<TextLanguage>();
  for (const t of terms) {
    const l = languageOfTerm(t);
    if (l) out.add(l);
  }
  return [...out];
}

function isHit(word: string, terms: ReadonlySet<string>, langs: readonly TextLanguage[]): boolean {
  const norm = normalizeText(word);
  const parts = norm.split(/[-/]+/).filter((p) => p.length > 1);
  const candidates = parts.length > 1 ? [...parts, parts.join("")] : [norm];
  return (
    candidates.some((c) => {
      const t = processTerm(c);
      if (t !== null && terms.has(t)) return true;
      // A German or Dutch compound is a hit when one of its parts is ("Abwasserbehandlung" for "Behandlung").
      return langs.some((l) => {
        const term = termIn(l, c);
        return terms.has(term ?? "") || partTermsIn(l, c, term).some((p) => terms.has(p));
      });
    }) ||
    (langs.length > 0 && isElidedHit(word, terms, langs))
  );
}

/** "l'eau", "dell'acqua": the word after a French or Italian elided article. */
function isElidedHit(word: string, terms: ReadonlySet<string>, langs: readonly TextLanguage[]): boolean {
  const at = Math.max(word.lastIndexOf("'"), word.lastIndexOf("’"));
  if (at < 0) return false;
  const rest = normalizeText(word.slice(at + 1));
  return langs.some((l) => terms.has(termIn(l, rest) ?? ""));
}

interface Word {
  start: number;
  end: number;
  hit: boolean;
}

function words(text: string, terms: ReadonlySet<string>): Word[] {
  const out: Word[] = [];
  const langs = languagesOf(terms);
  for (const m of text.matchAll(WORD))
    out.push({ start: m.index, end: m.index + m[0].length, hit: terms.size > 0 && isHit(m[0], terms, langs) });
  return out;
}

function toSegments(text: string, ws: readonly Word[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  const push = (t: string, hit: boolean) => {
    if (!t) return;
    const last = out.at(-1);
    if (last && last.hit === hit) last.text += t;
    else out.push({ text: t, hit });
  };
  for (const w of ws) {
    if (w.end <= from || w.start >= to || !w.hit) continue;
    push(text.slice(at, w.start), false);
    push(text.slice(w.start, w.end), true);
    at = w.end;
  }
  push(text.slice(at, to), false);
  return out;
}

/** The whole text, with words whose analysed form is in `terms` marked. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  return toSegments(text, words(text, terms), 0, text.length);
}

/**
 * A window of about `maxWords` words from the first text that contains a match (the window
 * with the most matches), else the start of the first text. Ellipses mark cut ends.
 */
export function snippet(texts: readonly string[], terms: ReadonlySet<string>, maxWords = 36): Segment[] {
  const candidates = texts.filter((t) => t.trim().length > 0);
  if (candidates.length === 0) return [];
  let chosen = candidates[0]!;
  let ws = words(chosen, terms);
  for (const t of candidates) {
    const tw = words(t, terms);
    if (tw.some((w) => w.hit)) {
      chosen = t;
      ws = tw;
      break;
    }
  }
  if (ws.length <= maxWords) return toSegments(chosen, ws, 0, chosen.length);
  let best = 0;
  let bestHits = -1;
  let hits = 0;
  for (let i = 0; i < ws.length; i++) {
    if (ws[i]!.hit) hits++;
    if (i >= maxWords && ws[i - maxWords]!.hit) hits--;
    const start = Math.max(0, i - maxWords + 1);
    if (hits > bestHits) {
      bestHits = hits;
      best = start;
    }
  }
  // Start a little before the first match, so it does not open the snippet cold.
  const firstHit = ws.findIndex((w, i) => i >= best && w.hit);
  if (firstHit > 0) best = Math.max(0, Math.min(best, firstHit - 4));
  const endWord = Math.min(ws.length, best + maxWords) - 1;
  const from = best === 0 ? 0 : ws[best]!.start;
  const to = endWord === ws.length - 1 ? chosen.length : ws[endWord]!.end;
  const segments = toSegments(chosen, ws, from, to);
  if (from > 0) segments.unshift({ text: "… ", hit: false });
  if (to < chosen.length) segments.push({ text: " …", hit: false });
  return mergeAdjacent(segments);
}

function mergeAdjacent(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last.hit === s.hit) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
