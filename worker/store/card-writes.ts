import type { Card, CardStatus } from "../domain/schema/card";
import type { CardChange } from "../domain/workflow";
import { type AuditRecord, auditStatement } from "./audit";
import { cardLinkStatements } from "./card-links";
import type { Db } from "./db";
import { CARD_INSERT, cardRow } from "./rows";

/** Any card, whatever its status: for the write path only. */
export async function getCard(db: Db, id: string): Promise<Card | null> {
  const row = await db.prepare(`SELECT body FROM cards WHERE id = ?1`).bind(id).first<{ body: string }>();
  return row ? (JSON.parse(row.body) as Card) : null;
}

/**
 * Stores a card change and its audit entry in one atomic batch. With
 * `expectedVersion` the row is updated only if it still has that version
 * (optimistic concurrency): otherwise the audit row's CHECK fails and
 * nothing is written (see `isStaleWrite`). Without it, the card must be new
 * (a duplicate id fails on the primary key).
 */
export async function saveCardChange(
  db: Db,
  change: CardChange,
  expectedVersion: number | null,
  audit: Omit<AuditRecord, "subject" | "versionAfter">,
): Promise<void> {
  const write =
    expectedVersion === null
      ? db.prepare(CARD_INSERT).bind(...cardRow(change.card, change.view))
      : cardUpdateStatement(db, change, expectedVersion);
  await db.batch([
    write,
    auditStatement(db, { ...audit, subject: change.card.id, versionAfter: change.card.version }),
    ...cardLinkStatements(db, change),
  ]);
}

/**
 * The update of a card that is still at `expectedVersion`. `guard` adds a
 * condition (SQL using ?11 onwards, `guardParams`) that must also hold, for
 * changes that depend on another row (an approved correction proposal).
 */
export function cardUpdateStatement(
  db: Db,
  change: CardChange,
  expectedVersion: number,
  guard = "",
  guardParams: unknown[] = [],
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE cards SET version = ?2, status = ?3, lang = ?4, verdict = ?5, published_at = ?6,
              updated_at = ?7, body = ?8, view = ?9
        WHERE id = ?1 AND version = ?10${guard ? ` AND ${guard}` : ""}`,
    )
    .bind(...cardRow(change.card, change.view), expectedVersion, ...guardParams);
}

export interface CardSummary {
  id: string;
  version: number;
  status: CardStatus;
  claim: string;
  verdict: Card["verdict"];
  /** Who wrote it: the queue shows and filters by them. */
  authors: Card["authors"];
  updatedAt: string;
}

/** Cards in one status, most recently changed first, for editors' queues. */
export async function listCardsByStatus(db: Db, status: CardStatus, limit: number): Promise<CardSummary[]> {
  const { results } = await db
    .prepare(`SELECT body FROM cards WHERE status = ?1 ORDER BY updated_at DESC, id LIMIT ?2`)
    .bind(status, limit)
    .all<{ body: string }>();
  return results.map(({ body }) => {
    const card = JSON.parse(body) as Card;
    return {
      id: card.id,
      version: card.version,
      status: card.status,
      claim: card.claim.text,
      verdict: card.verdict,
      authors: card.authors,
      updatedAt: card.updatedAt,
    };
  });
}
