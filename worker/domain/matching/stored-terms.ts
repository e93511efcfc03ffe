import { type ClaimTerms, termsOf } from "./terms";

/**
 * The terms of a card's claims, computed when the card is published and
 * kept in the claims index, so matching an article does not work out the
 * terms of every candidate claim again (at 100,000 cards that was half of a
 * 1,000-word article's time).
 *
 * Raise TERMS_VERSION whenever termsOf would answer differently (a synonym,
 * a stopword, a stemming rule): stored terms of another version are ignored
 * and worked out afresh, so a change to the matcher is never answered with
 * old terms; `npm run search:rebuild` stores the new ones. Version 2 stopped
 * storing the words as written, which the scorer never reads (a third of
 * the bytes matching an article read back from the index).
 */
export const TERMS_VERSION = 2;

interface StoredTerms {
  v: number;
  claims: { w: string[]; n: number[]; nm: string[]; p: string[]; neg: boolean }[];
}

/** The stored form of each claim's terms (JSON). */
export function storeTerms(claims: string[]): string {
  const stored: StoredTerms = {
    v: TERMS_VERSION,
    claims: claims.map(termsOf).map((t) => ({
      w: [...t.words],
      n: [...t.numbers],
      nm: [...t.names],
      p: [...t.places],
      neg: t.negated,
    })),
  };
  return JSON.stringify(stored);
}

/** The terms stored for these claims, or null when there are none or they are of another version. */
export function storedTerms(json: string | null): ClaimTerms[] | null {
  if (!json) return null;
  const stored = JSON.parse(json) as StoredTerms;
  if (stored.v !== TERMS_VERSION) return null;
  return stored.claims.map((t) => ({
    words: new Set(t.w),
    numbers: new Set(t.n),
    names: new Set(t.nm),
    places: new Set(t.p),
    negated: t.neg,
  }));
}
