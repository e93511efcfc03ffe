import { canonical, spellingsOf, type Terms } from "./terms";

/**
 * The sentence's most specific words that a lookup uses: any two of them
 * (below) find a card, which bounds the work of any sentence.
 */
const MAX_QUERY_WORDS = 4;
/** Spellings looked up per word: as written, its stem, a few synonyms, a place's names in other languages. */
const MAX_SPELLINGS = 8;
/**
 * Words are looked up by their first four letters: the index keeps its own
 * entries for 4-letter prefixes (prefix='3 4'), one list each, where a longer
 * prefix merges the lists of every word that starts with it. This finds the
 * inflections ("arrest" → "arrested") and leaves precision to the scorer.
 * Shorter words are looked up whole.
 */
const PREFIX_LENGTH = 4;

/**
 * The FTS5 query, for the claims index, that finds cards whose claim may
 * repeat a sentence. Each content word becomes a group of spellings, each
 * number the ways a claim writes it; numbers and names come first, then the
 * longest words, as the most specific. A candidate must share two of those
 * with the sentence: one common word alone brings thousands of cards at
 * scale, and a real repeat shares more than one. A sentence with one or two
 * lookups takes any of them. Every term is quoted, so nothing in an article
 * is FTS syntax.
 */
export function candidateQuery(terms: Terms): string | null {
  // Each meaning's words as the sentence writes them, looked up before the other spellings.
  const written = new Map<string, string[]>();
  for (const word of terms.surface) {
    const meaning = canonical(word);
    written.set(meaning, [...(written.get(meaning) ?? []), word]);
  }
  const numbers = [...terms.numbers].map((value) => ({ rank: 2, length: 0, lookup: () => numberLookup(value) }));
  const words = [...written].map(([meaning, words]) => ({
    rank: terms.names.has(meaning) ? 1 : 0,
    length: meaning.length,
    lookup: () => alternatives([...new Set([...words, ...spellingsOf(meaning)])]),
  }));
  // Most specific first; only the chosen few are spelled out (a sentence has a dozen words or more).
  const chosen: string[] = [];
  for (const word of [...numbers, ...words].sort((a, b) => b.rank - a.rank || b.length - a.length)) {
    const lookup = word.lookup();
    if (lookup !== null && chosen.push(lookup) === MAX_QUERY_WORDS) break;
  }
  if (!chosen.length) return null;
  if (chosen.length < 3) return chosen.join(" OR ");
  // Any two of them, written as each word with any later one: (a AND (b OR c OR d)) OR (b AND (c OR d)) OR
  // (c AND (d)). The same cards as every pair spelled out, with each word's lists read fewer times (a fifth
  // less SQL time for an article at 100,000 cards).
  return chosen
    .slice(0, -1)
    .map((word, i) => `(${word} AND (${chosen.slice(i + 1).join(" OR ")}))`)
    .join(" OR ");
}

/** One word's spellings as an FTS5 OR group, or null when none can be looked up. */
function alternatives(spellings: string[]): string | null {
  const quoted = spellings
    .filter((term) => /^[\p{L}\p{N}]+$/u.test(term))
    .slice(0, MAX_SPELLINGS)
    .map((term) => (term.length >= PREFIX_LENGTH ? `"${term.slice(0, PREFIX_LENGTH)}"*` : `"${term}"`));
  return quoted.length ? `(${[...new Set(quoted)].join(" OR ")})` : null;
}

/** Numbers below this say little on their own ("2 people", "10 days"): they are left to the scorer. */
const MIN_LOOKUP_NUMBER = 100;

/**
 * The ways the index holds a number a claim may write: as digits (`20000`),
 * grouped by thousands (`20,000` and `۲۰٬۰۰۰` are the tokens "20" "000"
 * side by side), or with a scale word (`20 thousand`, `1.5 million` is
 * left to the digits). Null for numbers too small or not whole.
 */
function numberLookup(value: number): string | null {
  if (!Number.isSafeInteger(value) || value < MIN_LOOKUP_NUMBER) return null;
  const phrases = new Set([String(value), value.toLocaleString("en-US").replace(/,/g, " ")]);
  for (const [scale, word] of [
    [1e9, "billion"],
    [1e6, "million"],
    [1e3, "thousand"],
  ] as const)
    if (value % scale === 0) phrases.add(`${value / scale} ${word}`);
  return `(${[...phrases].map((phrase) => `"${phrase}"`).join(" OR ")})`;
}
