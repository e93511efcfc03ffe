import type { CardView } from "../domain/public-card";
import type { Card } from "../domain/schema/card";
import type { ArchivedSource } from "../domain/schema/source";
import { utf8ByteLength } from "../domain/utf8-length";
import { MAX_ROW_BYTES } from "./d1-limits";

/** A row that D1 would refuse as too large; the write API answers 413. */
export class RowTooLargeError extends Error {}

/**
 * `values` if they fit in one D1 row. Counted as D1 stores them: text as
 * UTF-8, numbers as up to 8 bytes, and up to 9 bytes of header per column.
 */
function fitting(what: string, values: unknown[]): unknown[] {
  let bytes = 0;
  for (const value of values) bytes += 9 + (typeof value === "string" ? utf8ByteLength(value) : 8);
  if (bytes > MAX_ROW_BYTES) {
    throw new RowTooLargeError(`${what} would take ${bytes} bytes stored; a row holds at most ${MAX_ROW_BYTES} bytes`);
  }
  return values;
}

/**
 * Column lists and bind values for the two main tables, shared by the
 * loader's upserts and the write API's inserts and updates so the mapping
 * from objects to columns exists once.
 */
export const CARD_INSERT = `INSERT INTO cards (id, version, status, lang, verdict, published_at, updated_at, body, view)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`;

/** The card's columns; the card as written and its public view (quotes and sources joined in) are both stored. */
export function cardRow(card: Card, view: CardView | null): unknown[] {
  return fitting(`Card "${card.id}" (as written${view ? ", plus its public view" : ""})`, [
    card.id,
    card.version,
    card.status,
    card.lang,
    card.verdict,
    card.publishedAt ?? null,
    card.updatedAt,
    JSON.stringify(card),
    view ? JSON.stringify(view) : null,
  ]);
}

export const SOURCE_INSERT = `INSERT INTO sources (id, url, title, publisher, published_at, archived_at, archive_url, sha256, text,
  archive_method, bytes_sha256, r2_key, final_url, fetch_status, content_type, fetched_at, lang, dir)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)`;

export function sourceRow(source: ArchivedSource): unknown[] {
  return fitting(`Source "${source.id}"`, [
    source.id,
    source.url ?? null,
    source.title,
    source.publisher,
    source.publishedAt ?? null,
    source.archivedAt,
    source.archiveUrl ?? null,
    source.sha256,
    source.text,
    source.archive?.method ?? "paste",
    source.archive?.bytesSha256 ?? null,
    source.archive?.r2Key ?? null,
    source.archive?.finalUrl ?? null,
    source.archive?.status ?? null,
    source.archive?.contentType ?? null,
    source.archive?.fetchedAt ?? null,
    source.lang ?? null,
    source.dir ?? null,
  ]);
}
