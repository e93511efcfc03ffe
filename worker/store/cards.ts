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

/**
 * SQL of lookUpPublicCard: a published card's view, or a retracted card's
 * body (for its retraction note), in one round trip either way.
 */
export const PUBLISHED_CARD_SQL = `
SELECT status, CASE status WHEN 'published' THEN view ELSE body END AS json
FROM cards WHERE id = ?1 AND status IN ('published', 'retracted')`;

/** What a reader finds at a card's address. */
export type PublicCardLookup =
  | { status: "published"; view: CardView }
  | { status: "retracted"; note: string }
  | { status: "missing" };

/**
 * One card as readers see it: published (its public view), retracted (the
 * note of its retraction, its last correction), or missing (unknown and
 * drafts alike).
 */
export async function lookUpPublicCard(db: Db, id: string): Promise<PublicCardLookup> {
  const row = await db.prepare(PUBLISHED_CARD_SQL).bind(id).first<{ status: string; json: string }>();
  if (!row) return { status: "missing" };
  if (row.status === "published") return { status: "published", view: JSON.parse(row.json) as CardView };
  const card = JSON.parse(row.json) as { corrections: { note: string }[] };
  return { status: "retracted", note: card.corrections.at(-1)?.note ?? "This card was retracted." };
}
