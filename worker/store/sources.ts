import { normalizeArticleUrl } from "../domain/article-url";
import type { Card } from "../domain/schema/card";
import type { ArchivedSource } from "../domain/schema/source";
import { auditStatement } from "./audit";
import { SOURCE_INSERT, sourceRow } from "./rows";

interface SourceRow {
  id: string;
  url: string | null;
  title: string;
  publisher: string;
  published_at: string | null;
  archived_at: string;
  archive_url: string | null;
  sha256: string;
  text: string;
}

function fromRow(row: SourceRow): ArchivedSource {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    archivedAt: row.archived_at,
    sha256: row.sha256,
    text: row.text,
    ...(row.url ? { url: row.url } : {}),
    ...(row.published_at ? { publishedAt: row.published_at } : {}),
    ...(row.archive_url ? { archiveUrl: row.archive_url } : {}),
  };
}

/**
 * The archived sources a card's verification needs: those its attributions
 * quote, and the archived copies of the articles it is anchored in.
 */
export async function sourcesForCard(db: D1Database, card: Card): Promise<ArchivedSource[]> {
  const ids = [...new Set(card.attributions.map((a) => a.source))];
  const urls = [...new Set(card.articles.flatMap((a) => [a.url, normalizeArticleUrl(a.url) ?? a.url]))];
  if (!ids.length && !urls.length) return [];
  const idMarks = ids.map(() => "?").join(", ") || "NULL";
  const urlMarks = urls.map(() => "?").join(", ") || "NULL";
  const { results } = await db
    .prepare(`SELECT * FROM sources WHERE id IN (${idMarks}) OR url IN (${urlMarks})`)
    .bind(...ids, ...urls)
    .all<SourceRow>();
  return results.map(fromRow);
}

/** Archives a new source with its audit entry. A duplicate id fails on the primary key. */
export async function insertSource(db: D1Database, source: ArchivedSource, actor: string, at: string): Promise<void> {
  await db.batch([
    db.prepare(SOURCE_INSERT).bind(...sourceRow(source)),
    auditStatement(db, { at, actor, action: "source.archive", subject: `source:${source.id}`, detail: { sha256: source.sha256 } }),
  ]);
}
