-- Search with a bounded cost per query (see worker/store/search.ts).
--
-- lang and verdict become indexed columns, so the reader's filters are
-- part of the full-text query: FTS5 intersects them with the words inside
-- its index, instead of SQLite reading each match's row to test them (a
-- filter that few cards pass used to read every match of a common word).
-- The stored values are unchanged: lang holds space-delimited tags
-- (" en fa "), verdict the key ("needs-context"). User words are always
-- confined to the text columns, so "fa" or "false" in a query never
-- matches these two.
--
-- prefix='3 4': index entries for every term's first 3 and 4 characters,
-- so a prefix query of that length reads one list instead of merging the
-- lists of every term that starts with it. Shorter words are never
-- prefix-matched (search-text.ts).
--
-- The entries are copied from the old table; `npm run search:rebuild`
-- rebuilds them from the cards at any time.
CREATE VIRTUAL TABLE cards_fts_bounded USING fts5(
  card_id UNINDEXED,
  lang,
  verdict,
  claim,
  claimant,
  summary,
  translations,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3 4'
);
INSERT INTO cards_fts_bounded (rowid, card_id, lang, verdict, claim, claimant, summary, translations)
  SELECT rowid, card_id, lang, verdict, claim, claimant, summary, translations FROM cards_fts;
DROP TABLE cards_fts;
ALTER TABLE cards_fts_bounded RENAME TO cards_fts;
