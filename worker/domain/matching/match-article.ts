import type { TextQuoteSelector } from "../schema/card";
import { MATCH_THRESHOLD, scoreMatch } from "./score";
import { type Sentence, splitSentences } from "./sentences";
import { type ClaimTerms, type Terms, termsOf } from "./terms";

/**
 * Longest article the matcher reads, in characters (about 15,000 English
 * words): beyond it, 413. With MAX_MATCH_SENTENCES it bounds one request's
 * work to that many index lookups (one round trip) and scorings.
 */
export const MAX_MATCH_TEXT = 100_000;
/** Most sentences looked up for one article. */
export const MAX_MATCH_SENTENCES = 1_000;
/** Sentences with fewer content terms than this say too little to repeat a claim. */
const MIN_TERMS = 3;
/** Context kept on each side of an anchor, as the widget's anchoring expects. */
const CONTEXT = 32;

/** A published card as the matcher sees it: its claim in every language it has. */
export interface MatchCandidate {
  id: string;
  claims: string[];
  /** The claims' terms as stored when the card was published (stored-terms.ts), when they are current. */
  terms?: ClaimTerms[] | null;
}

/** A sentence of the article that repeats a card's claim. */
export interface ArticleMatch {
  sentence: string;
  /** Where the sentence starts and ends in the article text. */
  start: number;
  end: number;
  /** A W3C TextQuoteSelector, ready to attach the card to this article. */
  anchor: TextQuoteSelector;
  cardId: string;
  score: number;
  /** The claim's words and numbers the sentence also has. */
  matched: string[];
}

/** A sentence worth looking up, with its terms. */
export interface SentenceTerms extends Sentence {
  terms: Terms;
}

/** The article's sentences that say enough to repeat a claim. */
export function sentencesToMatch(text: string): SentenceTerms[] {
  return splitSentences(text)
    .map((sentence) => ({ ...sentence, terms: termsOf(sentence.text) }))
    .filter(({ terms }) => terms.words.size + terms.numbers.size >= MIN_TERMS);
}

/** The selector for `text[start, end)`: the exact words and a little context each side. */
export function anchorFor(text: string, start: number, end: number): TextQuoteSelector {
  const prefix = text.slice(Math.max(0, start - CONTEXT), start);
  const suffix = text.slice(end, end + CONTEXT);
  return { exact: text.slice(start, end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/**
 * Scores each sentence against its candidate cards and keeps, per sentence
 * and card, the matches at or above the threshold, best first. Candidates
 * come from the search index (store/match-candidates.ts); a card's claim is
 * compared in each of its languages and the best counts.
 */
export function matchSentences(
  text: string,
  sentences: SentenceTerms[],
  candidatesOf: (index: number) => MatchCandidate[],
  threshold = MATCH_THRESHOLD,
): ArticleMatch[] {
  const claimTerms = new Map<string, ClaimTerms[]>();
  const termsFor = (card: MatchCandidate) => {
    let terms = claimTerms.get(card.id);
    if (!terms) claimTerms.set(card.id, (terms = card.terms ?? card.claims.map(termsOf)));
    return terms;
  };
  const matches: ArticleMatch[] = [];
  sentences.forEach((sentence, index) => {
    for (const card of candidatesOf(index)) {
      let best: ReturnType<typeof scoreMatch> | undefined;
      for (const claim of termsFor(card)) {
        const scored = scoreMatch(sentence.terms, claim);
        if (!best || scored.score > best.score) best = scored;
      }
      if (!best || best.score < threshold) continue;
      matches.push({
        sentence: sentence.text,
        start: sentence.start,
        end: sentence.end,
        anchor: anchorFor(text, sentence.start, sentence.end),
        cardId: card.id,
        score: best.score,
        matched: best.matched,
      });
    }
  });
  return matches.sort((a, b) => a.start - b.start || b.score - a.score);
}
