import { normalizeArticleUrl } from "../domain/article-url";
import type { PreparedCard } from "../domain/dataset";
import type { ArchivedSource } from "../domain/schema/source";
import { CARD_INSERT, cardRow, SOURCE_INSERT, sourceRow } from "./rows";
import { searchIndexStatements } from "./search-index";

/** Statements that upsert one source. */
function upsertSource(db: D1Database, source: ArchivedSource): D1PreparedStatement {
  return db
    .prepare(
      `${SOURCE_INSERT}
       ON CONFLICT (id) DO UPDATE SET
         url = excluded.url, title = excluded.title, publisher = excluded.publisher,
         published_at = excluded.published_at, archived_at = excluded.archived_at,
         archive_url = excluded.archive_url, sha256 = excluded.sha256, text = excluded.text`,
    )
    .bind(...sourceRow(source));
}

/** Statements that upsert one card and replace its article links and search entry. */
export function upsertCardStatements(db: D1Database, prepared: PreparedCard): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `${CARD_INSERT}
         ON CONFLICT (id) DO UPDATE SET
           version = excluded.version, status = excluded.status, lang = excluded.lang,
           verdict = excluded.verdict, published_at = excluded.published_at,
           updated_at = excluded.updated_at, body = excluded.body, view = excluded.view`,
      )
      .bind(...cardRow(prepared.card, prepared.view)),
    ...cardLinkStatements(db, prepared),
  ];
}

/**
 * Statements that replace what is derived from a card: its article links
 * (with the anchor position, for reading order) and its search entry.
 */
export function cardLinkStatements(db: D1Database, { card, view, anchorOffsets = {} }: PreparedCard): D1PreparedStatement[] {
  const statements = [db.prepare(`DELETE FROM card_articles WHERE card_id = ?1`).bind(card.id)];
  const urls = new Set<string>();
  for (const article of card.articles) {
    const url = normalizeArticleUrl(article.url);
    if (url) urls.add(url);
  }
  for (const url of urls) {
    statements.push(
      db
        .prepare(`INSERT INTO card_articles (url, card_id, position) VALUES (?1, ?2, ?3)`)
        .bind(url, card.id, anchorOffsets[url] ?? null),
    );
  }
  statements.push(...searchIndexStatements(db, card, view !== null));
  return statements;
}

/**
 * Writes a prepared dataset in one `batch`, which D1 runs as a single
 * transaction: either every source and card is stored, or none is.
 * Upserts make it idempotent; cards not in the dataset are left alone
 * (they may have been written through the API).
 */
export async function writeDataset(
  db: D1Database,
  dataset: { sources: ArchivedSource[]; cards: PreparedCard[] },
): Promise<void> {
  const statements = [
    ...dataset.sources.map((source) => upsertSource(db, source)),
    ...dataset.cards.flatMap((card) => upsertCardStatements(db, card)),
  ];
  if (statements.length) await db.batch(statements);
}
