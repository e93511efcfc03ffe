import type { VerdictKey } from "../../common/verdicts";
import type { MatchCandidate } from "../domain/matching/match-article";
import type { Db } from "./db";

/** A candidate card, with the verdict the newsroom sees beside a match. */
export interface StoredCandidate extends MatchCandidate {
  verdict: VerdictKey;
}

/** Candidate cards per sentence: enough for the scorer to find the right one among near-misses. */
export const CANDIDATES_PER_SENTENCE = 8;

/**
 * SQL of findMatchCandidates: the best-ranked claims for one sentence's
 * query, joined to the published card for its claim in every language.
 */
export const MATCH_CANDIDATES_SQL = `
  SELECT c.id AS id, c.verdict AS verdict, json_extract(c.body, '$.claim.text') AS claim, json_extract(c.body, '$.translations') AS translations
  FROM (SELECT rowid FROM cards_fts WHERE cards_fts MATCH ?1 ORDER BY rank LIMIT ?2) AS s
  JOIN cards c ON c.rowid = s.rowid
  WHERE c.status = 'published'`;

/**
 * The candidate cards for each query, in one round trip (`batch`). A null
 * query (a sentence with nothing to look up) has no candidates.
 */
export async function findMatchCandidates(db: Db, queries: (string | null)[]): Promise<StoredCandidate[][]> {
  const asked = queries.flatMap((query, index) => (query ? [{ query, index }] : []));
  const answers: StoredCandidate[][] = queries.map(() => []);
  if (!asked.length) return answers;
  const results = await db.batch<{ id: string; verdict: VerdictKey; claim: string; translations: string | null }>(
    asked.map(({ query }) => db.prepare(MATCH_CANDIDATES_SQL).bind(query, CANDIDATES_PER_SENTENCE)),
  );
  asked.forEach(({ index }, i) => {
    answers[index] = (results[i]?.results ?? []).map((row) => {
      const translations = row.translations ? (JSON.parse(row.translations) as Record<string, { claim?: string }>) : {};
      const claims = [row.claim, ...Object.values(translations).flatMap((t) => (t.claim ? [t.claim] : []))];
      return { id: row.id, verdict: row.verdict, claims };
    });
  });
  return answers;
}
