import type { Card } from "../domain/schema/card";
import { searchDocument } from "../domain/search-text";
import type { Db } from "./db";

/**
 * Statements that replace a card's row in the search index: removed always,
 * added back only while the card is published (drafts and retracted cards
 * must never be findable).
 */
export function searchIndexStatements(db: Db, card: Card, published: boolean): D1PreparedStatement[] {
  // By rowid (the card's own): FTS5 can only find other columns by scanning.
  const statements = [
    db.prepare(`DELETE FROM cards_fts WHERE rowid = (SELECT rowid FROM cards WHERE id = ?1)`).bind(card.id),
  ];
  if (!published) return statements;
  const doc = searchDocument(card);
  // Space-delimited so a language filter can match whole tags with instr().
  const langs = ` ${[card.lang, ...Object.keys(card.translations)].join(" ")} `;
  statements.push(
    db
      .prepare(
        `INSERT INTO cards_fts (rowid, card_id, lang, verdict, claim, claimant, summary, translations)
         VALUES ((SELECT rowid FROM cards WHERE id = ?1), ?1, ?2, ?3, ?4, ?5, ?6, ?7)`,
      )
      .bind(card.id, langs, card.verdict, doc.claim, doc.claimant, doc.summary, doc.translations),
  );
  return statements;
}
