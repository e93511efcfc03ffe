import type { CardView } from "../domain/public-card";
import type { Db } from "./db";
import { searchIndexStatements } from "./search-index";

export interface SearchParams {
  /** An FTS5 query built by `toFtsQuery`, filters included (never raw user input). */
  match: string;
  limit: number;
  /** Sort key of the last result of the previous page. */
  after?: readonly [score: number, rowid: number];
}

export interface SearchHit {
  view: CardView;
  score: number;
  /** The card's rowid: the tie-break between equal scores. */
  rowid: number;
}

/**
 * How many matching cards are ranked, at most: the newest ones (highest
 * rowid, i.e. the most recently created cards). Ranking costs a few
 * microseconds per card, so ranking every match of a word in a fifth of
 * 100,000 cards cost ~50 ms; this bounds it at ~3 ms whatever the corpus.
 */
export const SEARCH_CANDIDATES = 1000;

/**
 * SQL of searchPublishedCards. The candidates are the newest
 * SEARCH_CANDIDATES matches, read in rowid order straight off the index
 * (FTS5 walks its lists backwards; no sort, no row read); only they are
 * ranked (bm25, the claim weighted above claimant, translations and
 * summary; lang and verdict weigh nothing) and only the page is joined to
 * the cards. Filters are in the MATCH query, so they narrow the candidates
 * inside the index rather than after it.
 */
export const SEARCH_SQL = `
SELECT c.view AS view, s.score AS score, s.rowid AS rowid
FROM (SELECT rowid, score
        FROM (SELECT rowid, bm25(cards_fts, 0, 0, 0, 10.0, 4.0, 2.0, 3.0) AS score
                FROM cards_fts
               WHERE cards_fts MATCH ?1
               ORDER BY rowid DESC
               LIMIT ${SEARCH_CANDIDATES})
       WHERE ?2 IS NULL OR score > ?2 OR (score = ?2 AND rowid > ?3)
       ORDER BY score, rowid
       LIMIT ?4) AS s
JOIN cards c ON c.rowid = s.rowid
WHERE c.status = 'published'
ORDER BY s.score, s.rowid`;

/**
 * Published cards matching a full-text query, best first among the newest
 * SEARCH_CANDIDATES matches, then by rowid so that pages never overlap or
 * skip. The index only ever holds published cards (search-index.ts).
 */
export async function searchPublishedCards(db: Db, params: SearchParams): Promise<SearchHit[]> {
  const { results } = await db
    .prepare(SEARCH_SQL)
    .bind(params.match, params.after?.[0] ?? null, params.after?.[1] ?? null, params.limit)
    .all<{ view: string; score: number; rowid: number }>();
  return results.map((row) => ({ view: JSON.parse(row.view) as CardView, score: row.score, rowid: row.rowid }));
}

/** Rebuilds the search index and the claims index from the published cards (both are derived data). */
export async function rebuildSearchIndex(db: Db): Promise<number> {
  const { results } = await db.prepare(`SELECT body FROM cards WHERE status = 'published'`).all<{ body: string }>();
  const statements = [db.prepare(`DELETE FROM cards_fts`), db.prepare(`DELETE FROM claims_fts`)];
  for (const row of results) statements.push(...searchIndexStatements(db, JSON.parse(row.body), true));
  await db.batch(statements);
  return results.length;
}
