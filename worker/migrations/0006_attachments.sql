-- Attaching a published card to a new article (its URL and the sentence it
-- checks) waits here for a second person, like a correction. Readers see
-- nothing of a pending attachment. At most one is pending per card and
-- article (the partial unique index): a concurrent duplicate fails.
CREATE TABLE attachment_proposals (
  id                TEXT PRIMARY KEY,
  card_id           TEXT NOT NULL REFERENCES cards (id),
  base_version      INTEGER NOT NULL,   -- the card version it was proposed for: approval needs it unchanged
  url               TEXT NOT NULL,      -- the article, normalised (worker/domain/article-url.ts)
  anchor            TEXT NOT NULL,      -- JSON: the TextQuoteSelector of the sentence
  article_source    TEXT,               -- the archived copy of the article the anchor was found in, if any
  proposed_by       TEXT NOT NULL REFERENCES people (id),
  proposed_by_token TEXT,
  proposed_at       TEXT NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'withdrawn')),
  closed_at         TEXT,
  closed_by         TEXT
);
CREATE UNIQUE INDEX attachment_proposals_one_pending ON attachment_proposals (card_id, url) WHERE status = 'pending';
-- The reviewers' queue: pending first, oldest first.
CREATE INDEX attachment_proposals_by_status ON attachment_proposals (status, proposed_at);
