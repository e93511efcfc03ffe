-- Full-text search over published cards. Derived from `cards` (rebuild with
-- `npm run search:rebuild`); written in the same batch as the card itself.
-- Each row's rowid is its card's rowid in `cards`, so replacing a card's
-- entry and joining results back are rowid lookups, not scans.
-- Text is normalised before indexing (Persian/Arabic letter variants,
-- zero-width joiners, quote marks) and queries are normalised the same way.
CREATE VIRTUAL TABLE cards_fts USING fts5(
  card_id UNINDEXED,
  lang UNINDEXED,
  verdict UNINDEXED,
  claim,
  claimant,
  summary,
  translations,
  tokenize = 'unicode61 remove_diacritics 2'
);
