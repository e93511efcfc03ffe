import type { CardView } from "../domain/public-card";
import type { VerdictKey } from "../../common/verdicts";
import { searchIndexStatements } from "./search-index";

export interface SearchParams {
  /** An FTS5 query built by `toFtsQuery` (never raw user input). */
  match: string;
  /** Only cards written in or translated into this language. */
  lang?: string;
  verdict?: VerdictKey;
  limit: number;
  /** Sort key of the last result of the previous page. */
  after?: readonly [score: number, id: string];
}

export interface SearchHit {
  view: CardView;
  score: number;
  id: string;
}

/** SQL of searchPublishedCards. */
export const SEARCH_SQL = `
  SELECT c.view AS view, s.score AS score, s.card_id AS id
  FROM (SELECT rowid, card_id, bm25(cards_fts, 0, 0, 0, 10.0, 4.0, 2.0, 3.0) AS score
          FROM cards_fts
         WHERE cards_fts MATCH ?1
           AND (?2 IS NULL OR instr(lang, ' ' || ?2 || ' ') > 0)
           AND (?3 IS NULL OR verdict = ?3)
           AND (?4 IS NULL OR score > ?4 OR (score = ?4 AND card_id > ?5))
         ORDER BY score, card_id
         LIMIT ?6) AS s
  JOIN cards c ON c.rowid = s.rowid
  WHERE c.status = 'published'
  ORDER BY s.score, s.card_id`;

/**
 * Published cards matching a full-text query, best first (bm25, with the
 * claim weighted above claimant, translations and summary), then by id so
 * that pages never overlap or skip. The page is chosen inside the index
 * (filters, order and limit) and only then joined to the cards, so a common
 * word costs one ranking pass, not thousands of card rows. The index only
 * ever holds published cards (search-index.ts).
 */
export async function searchPublishedCards(db: D1Database, params: SearchParams): Promise<SearchHit[]> {
  const { results } = await db
    .prepare(SEARCH_SQL)
    .bind(params.match, params.lang ?? null, params.verdict ?? null, params.after?.[0] ?? null, params.after?.[1] ?? null, params.limit)
    .all<{ view: string; score: number; id: string }>();
  return results.map((row) => ({ view: JSON.parse(row.view) as CardView, score: row.score, id: row.id }));
}

/** Rebuilds the search index from the published cards (it is derived data). */
export async function rebuildSearchIndex(db: D1Database): Promise<number> {
  const { results } = await db.prepare(`SELECT body FROM cards WHERE status = 'published'`).all<{ body: string }>();
  const statements = [db.prepare(`DELETE FROM cards_fts`)];
  for (const row of results) statements.push(...searchIndexStatements(db, JSON.parse(row.body), true));
  await db.batch(statements);
  return results.length;
}
