import type { Role } from "../domain/roles";
import { type AuditActor, auditStatement } from "./audit";
import type { Db } from "./db";

export interface TokenRecord {
  id: string;
  /** The person the token belongs to. */
  personId: string | null;
  /** The person's display name (the token's own name for tokens made before people existed). */
  name: string;
  /** The person's role: what the token may do. */
  role: Role;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
}

interface TokenRow {
  id: string;
  person_id: string | null;
  name: string;
  role: Role;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
}

const fromRow = (row: TokenRow): TokenRecord => ({
  id: row.id,
  personId: row.person_id,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
  createdBy: row.created_by,
  revokedAt: row.revoked_at,
});

/**
 * Live tokens: a token works only while it and its person are both
 * unrevoked; the person's name and role are what it acts with.
 */
const LIVE_TOKENS_SQL = `
SELECT t.id, t.person_id, p.name, p.role, t.created_at, t.created_by, t.revoked_at
FROM api_tokens t JOIN people p ON p.id = t.person_id
WHERE t.revoked_at IS NULL AND p.revoked_at IS NULL`;

/** SQL of findTokenByHash: runs on every write request. */
export const TOKEN_BY_HASH_SQL = `${LIVE_TOKENS_SQL} AND t.token_sha256 = ?1`;

/** The live (unrevoked, of an unrevoked person) token with this SHA-256, if any. */
export async function findTokenByHash(db: Db, sha256: string): Promise<TokenRecord | null> {
  const row = await db.prepare(TOKEN_BY_HASH_SQL).bind(sha256).first<TokenRow>();
  return row ? fromRow(row) : null;
}

/**
 * Creates a token for a person, with the person's name and role. The insert
 * selects the person, so a person revoked in the meantime gets no token:
 * the audit row's CHECK then fails the batch.
 */
export async function insertToken(
  db: Db,
  token: { id: string; personId: string; sha256: string },
  actor: AuditActor,
  at: string,
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO api_tokens (id, person_id, name, role, token_sha256, created_at, created_by)
         SELECT ?1, id, name, role, ?3, ?4, ?5 FROM people WHERE id = ?2 AND revoked_at IS NULL`,
      )
      .bind(token.id, token.personId, token.sha256, at, actor.actor),
    auditStatement(db, {
      at,
      ...actor,
      action: "token.create",
      subject: `token:${token.id}`,
      detail: { person: token.personId },
    }),
  ]);
}

export async function listTokens(db: Db): Promise<TokenRecord[]> {
  const { results } = await db
    .prepare(
      `SELECT t.id, t.person_id, COALESCE(p.name, t.name) AS name, COALESCE(p.role, t.role) AS role, t.created_at, t.created_by, t.revoked_at
       FROM api_tokens t LEFT JOIN people p ON p.id = t.person_id ORDER BY t.created_at, t.id`,
    )
    .all<TokenRow>();
  return results.map(fromRow);
}

/** Whether a token with this id exists and is not revoked. */
export async function isLiveToken(db: Db, id: string): Promise<boolean> {
  const row = await db
    .prepare(`SELECT 1 AS live FROM api_tokens WHERE id = ?1 AND revoked_at IS NULL`)
    .bind(id)
    .first();
  return row !== null;
}

/** Revokes a token; the audit row's CHECK makes an unknown or already revoked id fail the batch. */
export async function revokeToken(db: Db, id: string, actor: AuditActor, at: string): Promise<void> {
  await db.batch([
    db.prepare(`UPDATE api_tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL`).bind(id, at),
    auditStatement(db, { at, ...actor, action: "token.revoke", subject: `token:${id}` }),
  ]);
}

/**
 * The live token with this id (unrevoked, of an unrevoked person), with the
 * person's current name and role: what a desk session re-checks on every
 * request, so revoking the token or its person ends the session.
 */
export async function findLiveTokenById(db: Db, id: string): Promise<TokenRecord | null> {
  const row = await db.prepare(`${LIVE_TOKENS_SQL} AND t.id = ?1`).bind(id).first<TokenRow>();
  return row ? fromRow(row) : null;
}
