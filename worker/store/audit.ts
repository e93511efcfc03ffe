/** One entry of the audit log, as the API shows it. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  versionBefore: number | null;
  versionAfter: number | null;
  detail: unknown;
}

export interface AuditRecord {
  at: string;
  actor: string;
  action: string;
  subject: string;
  versionBefore?: number | null;
  versionAfter?: number | null;
  detail?: unknown;
}

/**
 * The audit row for a change. It must come right after the statement that
 * makes the change: it stores that statement's changes() in `applied`, whose
 * CHECK (applied = 1) rolls the whole batch back when nothing was changed.
 */
export function auditStatement(db: D1Database, record: AuditRecord): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_log (at, actor, action, subject, version_before, version_after, detail, applied)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, changes())`,
    )
    .bind(
      record.at,
      record.actor,
      record.action,
      record.subject,
      record.versionBefore ?? null,
      record.versionAfter ?? null,
      record.detail === undefined ? null : JSON.stringify(record.detail),
    );
}

/** SQL of auditHistory. */
export const AUDIT_HISTORY_SQL = `
  SELECT id, at, actor, action, subject, version_before, version_after, detail
  FROM audit_log WHERE subject = ?1 ORDER BY id`;

/** The history of one card, source or token, oldest first. */
export async function auditHistory(db: D1Database, subject: string): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(AUDIT_HISTORY_SQL)
    .bind(subject)
    .all<{ id: number; at: string; actor: string; action: string; subject: string; version_before: number | null; version_after: number | null; detail: string | null }>();
  return results.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    versionBefore: row.version_before,
    versionAfter: row.version_after,
    detail: row.detail === null ? null : JSON.parse(row.detail),
  }));
}

/** Whether a failed batch failed because its audit row found nothing changed. */
export function isStaleWrite(error: unknown): boolean {
  return String((error as Error)?.message ?? error).includes("CHECK constraint failed: applied = 1");
}

/** Everyone whose token drafted a card (created or edited it): the people who may not publish or correct it. */
export async function cardWriters(db: D1Database, cardId: string): Promise<string[]> {
  const { results } = await db
    .prepare(`SELECT DISTINCT actor FROM audit_log WHERE subject = ?1 AND action IN ('card.create', 'card.update')`)
    .bind(cardId)
    .all<{ actor: string }>();
  return results.map((row) => row.actor);
}
