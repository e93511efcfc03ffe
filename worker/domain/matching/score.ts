import type { ClaimTerms, Terms } from "./terms";

/** How well a sentence repeats a claim, and why. */
export interface MatchScore {
  /** 0 to 1; a match is at or above MATCH_THRESHOLD. */
  score: number;
  /** The claim's words (and numbers) the sentence also has. */
  matched: string[];
  /** The sentence says the opposite (one of the two is negated). */
  negationDiffers: boolean;
  /** The claim has numbers and the sentence has others, none of them the claim's. */
  numbersDiffer: boolean;
  /** The claim names places and the sentence names others, none of them the claim's. */
  placesDiffer: boolean;
}

/**
 * The score at and above which a sentence is reported as repeating a claim.
 * Chosen on the labelled set in test/worker/matching/ (225 sentences): at
 * 0.5, precision 93% and recall 97%; from 0.4 to 0.6 precision stays above
 * 92% and recall above 89%, so the choice is not on a knife edge. Below 0.4
 * near-misses creep in (67% at 0.3). `npx tsx test/bench/matching.ts`
 * prints the figures and the sweep.
 */
export const MATCH_THRESHOLD = 0.5;

const NUMBER_WEIGHT = 3;
const NAME_WEIGHT = 2;

function weight(term: string, claim: ClaimTerms): number {
  return claim.names.has(term) ? NAME_WEIGHT : 1;
}

/**
 * Weighted overlap of a sentence with a claim. Mostly how much of the claim
 * the sentence covers (numbers and names count more), a little how much of
 * the sentence is the claim (a long sentence that mentions two words of it is
 * not a repeat). Other numbers than the claim's, or a negation on one side
 * only, sink the score: "not 20,000" and "2,000" are different claims.
 */
export function scoreMatch(sentence: Terms, claim: ClaimTerms): MatchScore {
  const matched: string[] = [];
  let claimWeight = 0;
  let shared = 0;
  for (const word of claim.words) {
    const w = weight(word, claim);
    claimWeight += w;
    if (sentence.words.has(word)) {
      shared += w;
      matched.push(word);
    }
  }
  for (const value of claim.numbers) {
    claimWeight += NUMBER_WEIGHT;
    if (sentence.numbers.has(value)) {
      shared += NUMBER_WEIGHT;
      matched.push(String(value));
    }
  }
  let sentenceWeight = sentence.numbers.size * NUMBER_WEIGHT;
  for (const word of sentence.words) sentenceWeight += weight(word, claim);
  if (!claimWeight || !sentenceWeight) {
    return { score: 0, matched, negationDiffers: false, numbersDiffer: false, placesDiffer: false };
  }

  const coverage = shared / claimWeight;
  const density = shared / sentenceWeight;
  let score = 0.75 * coverage + 0.25 * density;
  const numbersDiffer =
    claim.numbers.size > 0 && sentence.numbers.size > 0 && ![...claim.numbers].some((n) => sentence.numbers.has(n));
  if (numbersDiffer) score *= 0.4;
  const placesDiffer =
    claim.places.size > 0 && sentence.places.size > 0 && ![...claim.places].some((p) => sentence.places.has(p));
  if (placesDiffer) score *= 0.4;
  const negationDiffers = claim.negated !== sentence.negated;
  if (negationDiffers) score *= 0.4;
  return { score: Math.round(score * 1000) / 1000, matched, negationDiffers, numbersDiffer, placesDiffer };
}
