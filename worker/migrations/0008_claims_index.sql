-- The claims index, for claim matching (worker/store/match-candidates.ts).
--
-- Matching looks up each sentence of an article among the claims of the
-- published cards. The reader's search index (cards_fts) is the wrong place:
-- its lists hold every summary's words too, so a common word's list is many
-- times longer than the claims that contain it, and the claims themselves
-- had to be taken out of each card's JSON body, which cost more than
-- finding the candidates (at 100,000 cards, most of a 1,000-word article's
-- time). This index holds only claims, in every language, and keeps them as
-- written beside the card's id and verdict, so one lookup answers all the
-- scorer needs.
--
-- It is written with the search index (worker/store/search-index.ts): only
-- published cards, rowid = the card's own. Rows below are filled from the
-- cards as they are; `npm run search:rebuild` rewrites them with the text
-- normalised exactly as new cards get it (Persian letter forms and digits)
-- and their terms stored.
CREATE VIRTUAL TABLE claims_fts USING fts5(
  card_id UNINDEXED,
  verdict UNINDEXED,
  -- JSON array of strings: the claim, then each translation's claim.
  claims UNINDEXED,
  -- Their terms as the matcher reads them (worker/domain/matching/stored-terms.ts);
  -- NULL here, so worked out at match time, until `npm run search:rebuild`.
  terms UNINDEXED,
  text,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3 4'
);

INSERT INTO claims_fts (rowid, card_id, verdict, claims, terms, text)
SELECT rowid, id, verdict, claims, NULL,
  (SELECT group_concat(value, char(10)) FROM json_each(claims))
FROM (
  SELECT c.rowid AS rowid, c.id AS id, c.verdict AS verdict,
    (SELECT json_group_array(text) FROM (
       SELECT json_extract(c.body, '$.claim.text') AS text
       UNION ALL
       SELECT json_extract(t.value, '$.claim') FROM json_each(c.body, '$.translations') AS t
       WHERE json_extract(t.value, '$.claim') IS NOT NULL)) AS claims
  FROM cards c
  WHERE c.status = 'published'
);
