-- claimcards: cards, the articles they sit beside, and archived sources.

-- Archived source snapshots. Quotes are verified against `text`; `sha256` is
-- computed from it, so anyone holding the text can check it is the same copy.
CREATE TABLE sources (
  id           TEXT PRIMARY KEY,
  url          TEXT,
  title        TEXT NOT NULL,
  publisher    TEXT NOT NULL,
  published_at TEXT,
  archived_at  TEXT NOT NULL,
  archive_url  TEXT,
  sha256       TEXT NOT NULL,
  text         TEXT NOT NULL
);

-- One row per card. `body` is the card as written (JSON); `view` is the
-- verified public form (JSON, sources joined in), present only while the card
-- is published, so a public read is a single indexed lookup.
CREATE TABLE cards (
  id           TEXT PRIMARY KEY,
  version      INTEGER NOT NULL CHECK (version >= 1),
  status       TEXT NOT NULL CHECK (status IN ('draft', 'review', 'published', 'retracted')),
  lang         TEXT NOT NULL,
  verdict      TEXT NOT NULL,
  published_at TEXT,
  updated_at   TEXT NOT NULL,
  body         TEXT NOT NULL,
  view         TEXT,
  CHECK ((status = 'published') = (view IS NOT NULL))
);
CREATE INDEX cards_by_status ON cards (status, updated_at DESC);

-- Which cards sit beside which article. `url` is normalised
-- (normalizeArticleUrl) before it is written or looked up. `position` is
-- where the card's sentence starts in the archived article (NULL when the
-- article is not archived), so cards list in reading order.
CREATE TABLE card_articles (
  url      TEXT NOT NULL,
  card_id  TEXT NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
  position INTEGER,
  PRIMARY KEY (url, card_id)
) WITHOUT ROWID;
CREATE INDEX card_articles_by_card ON card_articles (card_id);
