-- The newsroom write path: API tokens and the audit log.

-- Tokens are stored only as SHA-256 hashes; the token itself is shown once.
CREATE TABLE api_tokens (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL,          -- the person or system using it; recorded in the audit log
  role         TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'admin')),
  token_sha256 TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  revoked_at   TEXT
);

-- Append-only record of every change. `applied` is written as changes() of
-- the statement before it: a conditional update that matched no row (a stale
-- If-Match) makes it 0, the CHECK fails, and the whole batch rolls back.
CREATE TABLE audit_log (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  at             TEXT NOT NULL,
  actor          TEXT NOT NULL,
  action         TEXT NOT NULL,
  subject        TEXT NOT NULL,        -- card id, source id or token id
  version_before INTEGER,
  version_after  INTEGER,
  detail         TEXT,                 -- JSON: correction note, role, …
  applied        INTEGER NOT NULL CHECK (applied = 1)
);
CREATE INDEX audit_log_by_subject ON audit_log (subject, id);

-- Nothing may rewrite history, whatever code runs against the database.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
