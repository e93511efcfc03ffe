-- Full-text search over published cards. Derived from `cards` (rebuild with
-- `npm run search:rebuild`); written in the same batch as the card itself.
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
