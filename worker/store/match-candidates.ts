import type { VerdictKey } from "../../common/verdicts";
import type { MatchCandidate } from "../domain/matching/match-article";
import { storedTerms } from "../domain/matching/stored-terms";
import type { Db } from "./db";

/** A candidate card, with the verdict the newsroom sees beside a match. */
export interface StoredCandidate extends MatchCandidate {
  verdict: VerdictKey;
}

/**
 * Candidate cards per sentence, the newest first. The scorer ranks them; the
 * index does not (FTS5's bm25 must count every match of every word first,
 * which for common words at 100,000 cards cost more than the whole budget
 * of an article). When more cards than this share two of a sentence's most
 * specific words, older ones are not considered for that sentence.
 */
export const CANDIDATES_PER_SENTENCE = 16;

/**
 * SQL of findMatchCandidates: the newest published cards whose claim (in any
 * language) the sentence's query finds, with their claims as written and
 * their terms, from the claims index (migration 0008).
 */
export const MATCH_CANDIDATES_SQL = `
SELECT card_id AS id, verdict, claims, terms FROM claims_fts
WHERE claims_fts MATCH ?1
ORDER BY rowid DESC
LIMIT ?2`;

/**
 * The candidate cards for each query, in one round trip (`batch`). A null
 * query (a sentence with nothing to look up) has no candidates.
 */
export async function findMatchCandidates(db: Db, queries: (string | null)[]): Promise<StoredCandidate[][]> {
  const asked = queries.flatMap((query, index) => (query ? [{ query, index }] : []));
  const answers: StoredCandidate[][] = queries.map(() => []);
  if (!asked.length) return answers;
  const results = await db.batch<{ id: string; verdict: VerdictKey; claims: string; terms: string | null }>(
    asked.map(({ query }) => db.prepare(MATCH_CANDIDATES_SQL).bind(query, CANDIDATES_PER_SENTENCE)),
  );
  asked.forEach(({ index }, i) => {
    answers[index] = (results[i]?.results ?? []).map((row) => ({
      id: row.id,
      verdict: row.verdict,
      claims: JSON.parse(row.claims) as string[],
      terms: storedTerms(row.terms),
    }));
  });
  return answers;
}
