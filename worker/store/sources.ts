import { normalizeArticleUrl } from "../domain/article-url";
import type { Card } from "../domain/schema/card";
import type { ArchivedSource, SourceArchive } from "../domain/schema/source";
import { type AuditActor, auditStatement } from "./audit";
import { inChunks, MAX_BOUND_PARAMETERS, parameterMarks } from "./d1-limits";
import type { Db } from "./db";
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
  archive_method: "capture" | "paste";
  bytes_sha256: string | null;
  r2_key: string | null;
  final_url: string | null;
  fetch_status: number | null;
  content_type: string | null;
  fetched_at: string | null;
  lang: string | null;
  dir: "rtl" | "ltr" | null;
}

function archiveOf(row: SourceRow): SourceArchive {
  return {
    method: row.archive_method,
    ...(row.bytes_sha256 ? { bytesSha256: row.bytes_sha256 } : {}),
    ...(row.r2_key ? { r2Key: row.r2_key } : {}),
    ...(row.final_url ? { finalUrl: row.final_url } : {}),
    ...(row.fetch_status ? { status: row.fetch_status } : {}),
    ...(row.content_type ? { contentType: row.content_type } : {}),
    ...(row.fetched_at ? { fetchedAt: row.fetched_at } : {}),
  };
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
    archive: archiveOf(row),
    ...(row.lang ? { lang: row.lang } : {}),
    ...(row.dir ? { dir: row.dir } : {}),
  };
}

/** One archived source with its text, or null. */
export async function findSource(db: Db, id: string): Promise<ArchivedSource | null> {
  const row = await db.prepare("SELECT * FROM sources WHERE id = ?").bind(id).first<SourceRow>();
  return row ? fromRow(row) : null;
}

/** The source captured from exactly these bytes, if any (a second capture of the same page returns it). */
export async function findCapture(db: Db, bytesSha256: string): Promise<ArchivedSource | null> {
  const row = await db
    .prepare("SELECT * FROM sources WHERE bytes_sha256 = ? AND archive_method = 'capture'")
    .bind(bytesSha256)
    .first<SourceRow>();
  return row ? fromRow(row) : null;
}

/** The addresses an article's archived copy may be stored under: as written, and normalised. */
function storedAddresses(url: string): string[] {
  return [url, normalizeArticleUrl(url) ?? url];
}

/**
 * The newest archived copy of an article, looked up as the publish check
 * looks it up (sourcesForCard, storedAddresses), or null.
 */
export async function findArchivedArticle(db: Db, url: string): Promise<ArchivedSource | null> {
  const urls = [...new Set(storedAddresses(url))];
  const row = await db
    .prepare(`SELECT * FROM sources WHERE url IN (${parameterMarks(urls.length)}) ORDER BY archived_at DESC LIMIT 1`)
    .bind(...urls)
    .first<SourceRow>();
  return row ? fromRow(row) : null;
}

/** True when a source already has this id. */
export async function sourceExists(db: Db, id: string): Promise<boolean> {
  return (await db.prepare("SELECT 1 FROM sources WHERE id = ?").bind(id).first()) !== null;
}

/**
 * The archived sources a card's verification needs: those its attributions
 * quote, and the archived copies of the articles it is anchored in. A card
 * may name 50 sources and 100 article URLs (each as written and normalised),
 * more than one statement may bind: looked up in pieces.
 */
export async function sourcesForCard(db: Db, card: Card): Promise<ArchivedSource[]> {
  const ids = [...new Set(card.attributions.map((a) => a.source))];
  const urls = [...new Set(card.articles.flatMap((a) => storedAddresses(a.url)))];
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
export async function insertSource(db: Db, source: ArchivedSource, actor: AuditActor, at: string): Promise<void> {
  await db.batch([
    db.prepare(SOURCE_INSERT).bind(...sourceRow(source)),
    auditStatement(db, {
      at,
      ...actor,
      action: "source.archive",
      subject: `source:${source.id}`,
      detail: {
        sha256: source.sha256,
        method: source.archive?.method ?? "paste",
        ...(source.archive?.bytesSha256 ? { bytesSha256: source.archive.bytesSha256 } : {}),
      },
    }),
  ]);
}
