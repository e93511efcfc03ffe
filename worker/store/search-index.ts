import { storeTerms } from "../domain/matching/stored-terms";
import type { Card } from "../domain/schema/card";
import { searchableText, searchDocument } from "../domain/search-text";
import type { Db } from "./db";

/**
 * Statements that replace a card's rows in the search index and the claims
 * index: removed always, added back only while the card is published (drafts and retracted cards
 * must never be findable).
 */
export function searchIndexStatements(db: Db, card: Card, published: boolean): D1PreparedStatement[] {
  // By rowid (the card's own): FTS5 can only find other columns by scanning.
  const statements = [
    db.prepare(`DELETE FROM cards_fts WHERE rowid = (SELECT rowid FROM cards WHERE id = ?1)`).bind(card.id),
    db.prepare(`DELETE FROM claims_fts WHERE rowid = (SELECT rowid FROM cards WHERE id = ?1)`).bind(card.id),
  ];
  if (!published) return statements;
  const doc = searchDocument(card);
  const claims = claimsOf(card);
  // Space-delimited so a language filter can match whole tags with instr().
  const langs = ` ${[card.lang, ...Object.keys(card.translations)].join(" ")} `;
  statements.push(
    db
      .prepare(
        `INSERT INTO cards_fts (rowid, card_id, lang, verdict, claim, claimant, summary, translations)
         VALUES ((SELECT rowid FROM cards WHERE id = ?1), ?1, ?2, ?3, ?4, ?5, ?6, ?7)`,
      )
      .bind(card.id, langs, card.verdict, doc.claim, doc.claimant, doc.summary, doc.translations),
    // The claims index for matching (migration 0008 says why it is apart): the claims as written, and searchable.
    db
      .prepare(
        `INSERT INTO claims_fts (rowid, card_id, verdict, claims, terms, text)
         VALUES ((SELECT rowid FROM cards WHERE id = ?1), ?1, ?2, ?3, ?4, ?5)`,
      )
      .bind(card.id, card.verdict, JSON.stringify(claims), storeTerms(claims), searchableText(claims.join("\n"))),
  );
  return statements;
}

/** A card's claim in every language it has: the original first. */
export function claimsOf(card: Card): string[] {
  return [card.claim.text, ...Object.values(card.translations).flatMap((t) => (t.claim ? [t.claim] : []))];
}
