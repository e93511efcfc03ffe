import type { CardView } from "../domain/public-card";
import type { Db } from "./db";

/** Sort key of a card in an article's list: sentence position, newest first, id. */
export type ArticleListKey = readonly [position: number, publishedAt: string, id: string];

/** Cards without an anchor sort after every anchored one. */
const NO_POSITION = Number.MAX_SAFE_INTEGER;

/** SQL of listPublishedCardsForArticle: the widget's query (exported for the query-plan test). */
export const ARTICLE_CARDS_SQL = `
  SELECT c.view AS view, COALESCE(a.position, ?3) AS pos, COALESCE(c.published_at, '') AS pub, c.id AS id
  FROM card_articles a
  JOIN cards c ON c.id = a.card_id
  WHERE a.url = ?1 AND c.status = 'published'
    AND (?4 IS NULL
         OR COALESCE(a.position, ?3) > ?4
         OR (COALESCE(a.position, ?3) = ?4
             AND (COALESCE(c.published_at, '') < ?5
                  OR (COALESCE(c.published_at, '') = ?5 AND c.id > ?6))))
  ORDER BY pos, pub DESC, c.id
  LIMIT ?2`;

/**
 * Published cards attached to an article, in the order their sentences
 * appear in it (cards without an anchor last, newest first), after the
 * given sort key. `url` must already be normalised.
 */
export async function listPublishedCardsForArticle(
  db: Db,
  url: string,
  limit: number,
  after?: ArticleListKey,
): Promise<{ view: CardView; key: ArticleListKey }[]> {
  const { results } = await db
    .prepare(ARTICLE_CARDS_SQL)
    .bind(url, limit, NO_POSITION, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null)
    .all<{ view: string; pos: number; pub: string; id: string }>();
  return results.map((row) => ({ view: JSON.parse(row.view) as CardView, key: [row.pos, row.pub, row.id] as const }));
}

/** SQL of getPublishedCard. */
export const PUBLISHED_CARD_SQL = `
  SELECT view FROM cards WHERE id = ?1 AND status = 'published'`;

/** One published card, or null (unknown, draft and retracted alike). */
export async function getPublishedCard(db: Db, id: string): Promise<CardView | null> {
  const row = await db.prepare(PUBLISHED_CARD_SQL).bind(id).first<{ view: string }>();
  return row ? (JSON.parse(row.view) as CardView) : null;
}

/** The retraction note of a retracted card (its last correction), or null if it is not retracted. */
export async function getRetractionNote(db: Db, id: string): Promise<string | null> {
  const row = await db
    .prepare(`SELECT body FROM cards WHERE id = ?1 AND status = 'retracted'`)
    .bind(id)
    .first<{ body: string }>();
  if (!row) return null;
  const card = JSON.parse(row.body) as { corrections: { note: string }[] };
  return card.corrections.at(-1)?.note ?? "This card was retracted.";
}
