import type { Role } from "../domain/roles";
import { auditStatement } from "./audit";

export interface TokenRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
}

interface TokenRow {
  id: string;
  name: string;
  role: Role;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
}

const fromRow = (row: TokenRow): TokenRecord => ({
  id: row.id,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
  createdBy: row.created_by,
  revokedAt: row.revoked_at,
});

/** SQL of findTokenByHash: runs on every write request. */
export const TOKEN_BY_HASH_SQL = `
  SELECT id, name, role, created_at, created_by, revoked_at FROM api_tokens WHERE token_sha256 = ?1 AND revoked_at IS NULL`;

/** The live (unrevoked) token with this SHA-256, if any. */
export async function findTokenByHash(db: D1Database, sha256: string): Promise<TokenRecord | null> {
  const row = await db
    .prepare(TOKEN_BY_HASH_SQL)
    .bind(sha256)
    .first<TokenRow>();
  return row ? fromRow(row) : null;
}

export async function insertToken(
  db: D1Database,
  token: { id: string; name: string; role: Role; sha256: string },
  actor: string,
  at: string,
): Promise<void> {
  await db.batch([
    db
      .prepare(`INSERT INTO api_tokens (id, name, role, token_sha256, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)`)
      .bind(token.id, token.name, token.role, token.sha256, at, actor),
    auditStatement(db, { at, actor, action: "token.create", subject: `token:${token.id}`, detail: { name: token.name, role: token.role } }),
  ]);
}

export async function listTokens(db: D1Database): Promise<TokenRecord[]> {
  const { results } = await db
    .prepare(`SELECT id, name, role, created_at, created_by, revoked_at FROM api_tokens ORDER BY created_at, id`)
    .all<TokenRow>();
  return results.map(fromRow);
}

/** Whether a token with this id exists and is not revoked. */
export async function isLiveToken(db: D1Database, id: string): Promise<boolean> {
  const row = await db.prepare(`SELECT 1 AS live FROM api_tokens WHERE id = ?1 AND revoked_at IS NULL`).bind(id).first();
  return row !== null;
}

/** Revokes a token; the audit row's CHECK makes an unknown or already revoked id fail the batch. */
export async function revokeToken(db: D1Database, id: string, actor: string, at: string): Promise<void> {
  await db.batch([
    db.prepare(`UPDATE api_tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL`).bind(id, at),
    auditStatement(db, { at, actor, action: "token.revoke", subject: `token:${id}` }),
  ]);
}
