import { normalizeArticleUrl } from "../domain/article-url";
import type { Card } from "../domain/schema/card";
import type { ArchivedSource } from "../domain/schema/source";
import { auditStatement } from "./audit";
import { inChunks, MAX_BOUND_PARAMETERS, parameterMarks } from "./d1-limits";
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
 * quote, and the archived copies of the articles it is anchored in. A card
 * may name 50 sources and 100 article URLs (each as written and normalised),
 * more than one statement may bind: looked up in pieces.
 */
export async function sourcesForCard(db: D1Database, card: Card): Promise<ArchivedSource[]> {
  const ids = [...new Set(card.attributions.map((a) => a.source))];
  const urls = [...new Set(card.articles.flatMap((a) => [a.url, normalizeArticleUrl(a.url) ?? a.url]))];
  const lookups = [
    ...inChunks(ids, MAX_BOUND_PARAMETERS).map((chunk) => ["id", chunk] as const),
    ...inChunks(urls, MAX_BOUND_PARAMETERS).map((chunk) => ["url", chunk] as const),
  ].map(async ([column, values]) => {
    const { results } = await db
      .prepare(`SELECT * FROM sources WHERE ${column} IN (${parameterMarks(values.length)})`)
      .bind(...values)
      .all<SourceRow>();
    return results;
  });
  const byId = new Map<string, SourceRow>();
  for (const row of (await Promise.all(lookups)).flat()) byId.set(row.id, row);
  return [...byId.values()].map(fromRow);
}

/** Archives a new source with its audit entry. A duplicate id fails on the primary key. */
export async function insertSource(db: D1Database, source: ArchivedSource, actor: string, at: string): Promise<void> {
  await db.batch([
    db.prepare(SOURCE_INSERT).bind(...sourceRow(source)),
    auditStatement(db, { at, actor, action: "source.archive", subject: `source:${source.id}`, detail: { sha256: source.sha256 } }),
  ]);
}
