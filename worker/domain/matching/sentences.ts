/** One sentence of an article, with where it sits in the original text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Words whose trailing dot is not a full stop (English; Persian uses no such dots).
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
  "gen",
  "col",
  "lt",
  "u.s",
  "u.k",
  "e.g",
  "i.e",
]);

/**
 * Splits an article into sentences for English and Persian punctuation:
 * `.` `!` `?` `؟` `…` and the Arabic full stop `۔`, followed by a space, a
 * closing quote or bracket, or the end; a line break always ends one
 * (headlines and list items carry no full stop).
 * A dot inside a number (`1.5`) or after a known abbreviation (`Dr.`) does not.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      push(i);
      continue;
    }
    if (!/[.!?؟…۔]/.test(ch)) continue;
    // Closing quotes and brackets belong to the sentence they close.
    let end = i + 1;
    while (end < text.length && /[.!?؟…"'”’»)\]]/.test(text[end]!)) end++;
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    if (ch === ".") {
      const word = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(start, i - 12), i + 1))?.[1]?.toLowerCase();
      // An abbreviation, or an initial ("J. Smith").
      if (word && (ABBREVIATIONS.has(word) || word.length === 1)) continue;
    }
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}
