import { normalizeArticleUrl } from "../domain/article-url";
import type { CardChange } from "../domain/workflow";
import { inChunks, MAX_BOUND_PARAMETERS } from "./d1-limits";
import type { Db } from "./db";
import { searchIndexStatements } from "./search-index";

/** Each link binds url, card id and position: this many links fit in one statement. */
const LINKS_PER_STATEMENT = Math.floor(MAX_BOUND_PARAMETERS / 3);

/**
 * Statements that replace what is derived from a card: its article links
 * (with the anchor position, for reading order) and its search entry. The
 * write API and the loader both store cards through this one place.
 */
export function cardLinkStatements(db: Db, { card, view, anchorOffsets = {} }: CardChange): D1PreparedStatement[] {
  const statements = [db.prepare(`DELETE FROM card_articles WHERE card_id = ?1`).bind(card.id)];
  const urls = new Set<string>();
  for (const article of card.articles) {
    const url = normalizeArticleUrl(article.url);
    if (url) urls.add(url);
  }
  // A few multi-row inserts rather than one statement per article.
  for (const chunk of inChunks([...urls], LINKS_PER_STATEMENT)) {
    statements.push(
      db
        .prepare(`INSERT INTO card_articles (url, card_id, position) VALUES ${chunk.map(() => "(?, ?, ?)").join(", ")}`)
        .bind(...chunk.flatMap((url) => [url, card.id, anchorOffsets[url] ?? null])),
    );
  }
  statements.push(...searchIndexStatements(db, card, view !== null));
  return statements;
}
