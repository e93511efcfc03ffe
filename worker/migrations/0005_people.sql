-- People: who acts, as opposed to the tokens they act with and the names
-- they are shown by. The two-person rule, the audit log and card bylines
-- (authors, reviewedBy) refer to people by id; names are for display only.

CREATE TABLE people (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,            -- display name, as typed
  -- personNameKey(name) (worker/domain/person-name.ts): NFKC, format
  -- characters dropped, whitespace collapsed, toLowerCase. One person per key.
  name_key   TEXT NOT NULL UNIQUE,
  role       TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'admin')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  revoked_at TEXT                      -- a revoked person's tokens are revoked with them
);

-- Every token belongs to a person; their role is the token's.
ALTER TABLE api_tokens ADD COLUMN person_id TEXT REFERENCES people (id);
CREATE INDEX api_tokens_by_person ON api_tokens (person_id);

-- The audit log names the person and the token, not just a name.
ALTER TABLE audit_log ADD COLUMN actor_person_id TEXT;
ALTER TABLE audit_log ADD COLUMN actor_token_id TEXT;
CREATE INDEX audit_log_by_person ON audit_log (actor_person_id);

-- Corrections wait here for a second person. At most one is pending per
-- card (the partial unique index): a concurrent second proposal fails.
CREATE TABLE correction_proposals (
  id                TEXT PRIMARY KEY,
  card_id           TEXT NOT NULL REFERENCES cards (id),
  base_version      INTEGER NOT NULL,
  body              TEXT NOT NULL,     -- JSON: the full corrected card
  note              TEXT NOT NULL,
  proposed_by       TEXT NOT NULL REFERENCES people (id),
  proposed_by_token TEXT,
  proposed_at       TEXT NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'withdrawn')),
  closed_at         TEXT,
  closed_by         TEXT
);
CREATE UNIQUE INDEX correction_proposals_one_pending ON correction_proposals (card_id) WHERE status = 'pending';

-- Migrating what exists. SQL has no NFKC, so existing names are keyed by the
-- closest it can do: NBSP, tabs and newlines to spaces, runs of spaces
-- collapsed, trimmed, ASCII lower-cased — at least what the old rule (trim,
-- lower-case) already treated as one person. The id is that key with "-"
-- doubled and spaces as "-" (one-to-one, and equal to the slug ids of
-- data/people.json for plain names such as "Daniel Okafor" → daniel-okafor).
CREATE TABLE migration_0005_names (name TEXT NOT NULL, name_key TEXT NOT NULL, role TEXT NOT NULL);

INSERT INTO migration_0005_names (name, name_key, role)
SELECT name, lower(trim(replace(replace(replace(replace(replace(replace(replace(
         name, char(160), ' '), char(9), ' '), char(10), ' '), char(13), ' '), '    ', ' '), '  ', ' '), '  ', ' '))), role
FROM (
  SELECT name, role FROM api_tokens
  UNION ALL
  SELECT j.value, 'editor' FROM cards, json_each(cards.body, '$.authors') AS j
  UNION ALL
  SELECT j.value, 'reviewer' FROM cards, json_each(cards.body, '$.reviewedBy') AS j
);

-- One person per key: the first name seen is shown; the role is the highest
-- any of their tokens had (they could already act with it), else reviewer
-- for someone who reviewed a card, else editor.
INSERT INTO people (id, name, name_key, role, created_at, created_by)
SELECT replace(replace(name_key, '-', '--'), ' ', '-'),
       (SELECT trim(l2.name) FROM migration_0005_names l2 WHERE l2.name_key = l.name_key LIMIT 1),
       name_key,
       CASE max(CASE role WHEN 'admin' THEN 3 WHEN 'reviewer' THEN 2 ELSE 1 END) WHEN 3 THEN 'admin' WHEN 2 THEN 'reviewer' ELSE 'editor' END,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
       'migration 0005_people'
FROM migration_0005_names AS l
GROUP BY name_key;

UPDATE api_tokens SET person_id = (
  SELECT p.id FROM people p
  WHERE p.name_key = lower(trim(replace(replace(replace(replace(replace(replace(replace(
          api_tokens.name, char(160), ' '), char(9), ' '), char(10), ' '), char(13), ' '), '    ', ' '), '  ', ' '), '  ', ' ')))
);

-- Card bylines become person refs { id, name }, in the body and the public view.
UPDATE cards SET body = json_set(body,
  '$.authors', json((SELECT json_group_array(json_object('id', p.id, 'name', j.value))
                     FROM json_each(cards.body, '$.authors') AS j
                     JOIN people p ON p.name_key = lower(trim(replace(replace(replace(replace(replace(replace(replace(
                       j.value, char(160), ' '), char(9), ' '), char(10), ' '), char(13), ' '), '    ', ' '), '  ', ' '), '  ', ' '))))),
  '$.reviewedBy', json((SELECT json_group_array(json_object('id', p.id, 'name', j.value))
                        FROM json_each(cards.body, '$.reviewedBy') AS j
                        JOIN people p ON p.name_key = lower(trim(replace(replace(replace(replace(replace(replace(replace(
                          j.value, char(160), ' '), char(9), ' '), char(10), ' '), char(13), ' '), '    ', ' '), '  ', ' '), '  ', ' ')))))
);
UPDATE cards SET view = json_set(view,
  '$.authors', json_extract(body, '$.authors'),
  '$.reviewedBy', json_extract(body, '$.reviewedBy')
) WHERE view IS NOT NULL;

-- The audit log is append-only; this one-time backfill names the person
-- behind each earlier entry (by the same key: how the old two-person rule
-- compared them), so the rule keeps seeing who wrote cards before today.
-- Token ids cannot be recovered: the old log stored only the name.
DROP TRIGGER audit_log_no_update;
UPDATE audit_log SET actor_person_id = (
  SELECT p.id FROM people p
  WHERE p.name_key = lower(trim(replace(replace(replace(replace(replace(replace(replace(
          audit_log.actor, char(160), ' '), char(9), ' '), char(10), ' '), char(13), ' '), '    ', ' '), '  ', ' '), '  ', ' ')))
) WHERE actor NOT IN ('admin', 'data/ loader');
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

DROP TABLE migration_0005_names;
