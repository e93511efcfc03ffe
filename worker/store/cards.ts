import type { CardView } from "../domain/public-card";

/** Upper bound on cards returned for one article. */
export const MAX_CARDS_PER_ARTICLE = 50;

/**
 * Published cards attached to an article, in the order their sentences
 * appear in it (cards without an anchor last, newest first). `url` must
 * already be normalised.
 */
export async function listPublishedCardsForArticle(db: D1Database, url: string, limit: number): Promise<CardView[]> {
  const { results } = await db
    .prepare(
      `SELECT c.view AS view
         FROM card_articles a
         JOIN cards c ON c.id = a.card_id
        WHERE a.url = ?1 AND c.status = 'published'
        ORDER BY a.position IS NULL, a.position, c.published_at DESC, c.id
        LIMIT ?2`,
    )
    .bind(url, Math.min(limit, MAX_CARDS_PER_ARTICLE))
    .all<{ view: string }>();
  return results.map((row) => JSON.parse(row.view) as CardView);
}

/** One published card, or null (unknown, draft and retracted alike). */
export async function getPublishedCard(db: D1Database, id: string): Promise<CardView | null> {
  const row = await db
    .prepare(`SELECT view FROM cards WHERE id = ?1 AND status = 'published'`)
    .bind(id)
    .first<{ view: string }>();
  return row ? (JSON.parse(row.view) as CardView) : null;
}
