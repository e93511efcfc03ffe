import type { Db } from "./db";

/** One entry of the audit log, as the API shows it. */
export interface AuditEntry {
  id: number;
  at: string;
  /** The person's display name at the time (or "admin" for the bootstrap token, "data/ loader"). */
  actor: string;
  /** Who it was: the person's id (null for the bootstrap admin token and the loader). */
  actorPersonId: string | null;
  /** Which of their tokens was used (null for the bootstrap admin token and the loader). */
  actorTokenId: string | null;
  action: string;
  subject: string;
  versionBefore: number | null;
  versionAfter: number | null;
  detail: unknown;
}

/** Who made a change, as the audit log records it. */
export interface AuditActor {
  /** Display name. */
  actor: string;
  actorPersonId?: string | null;
  actorTokenId?: string | null;
}

export interface AuditRecord extends AuditActor {
  at: string;
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
export function auditStatement(db: Db, record: AuditRecord): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_log (at, actor, action, subject, version_before, version_after, detail, actor_person_id, actor_token_id, applied)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, changes())`,
    )
    .bind(
      record.at,
      record.actor,
      record.action,
      record.subject,
      record.versionBefore ?? null,
      record.versionAfter ?? null,
      record.detail === undefined ? null : JSON.stringify(record.detail),
      record.actorPersonId ?? null,
      record.actorTokenId ?? null,
    );
}

/** SQL of auditHistory. */
export const AUDIT_HISTORY_SQL = `
SELECT id, at, actor, actor_person_id, actor_token_id, action, subject, version_before, version_after, detail
FROM audit_log WHERE subject = ?1 ORDER BY id`;

/** The history of one card, source or token, oldest first. */
export async function auditHistory(db: Db, subject: string): Promise<AuditEntry[]> {
  const { results } = await db.prepare(AUDIT_HISTORY_SQL).bind(subject).all<{
    id: number;
    at: string;
    actor: string;
    actor_person_id: string | null;
    actor_token_id: string | null;
    action: string;
    subject: string;
    version_before: number | null;
    version_after: number | null;
    detail: string | null;
  }>();
  return results.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    actorPersonId: row.actor_person_id,
    actorTokenId: row.actor_token_id,
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

/** The audit actions that make someone a writer of a card (see cardWriters). */
export const WRITING_ACTIONS = [
  "card.create",
  "card.update",
  "card.submit",
  "card.correction.propose",
  "card.attachment.propose",
] as const;

/**
 * The people (ids) who wrote a card: whoever created, edited or submitted
 * it, or proposed a correction or an attachment of it, by the audit log. None of them may
 * publish it or approve a correction of it.
 */
export async function cardWriters(db: Db, cardId: string): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT DISTINCT actor_person_id AS person FROM audit_log
        WHERE subject = ?1 AND action IN (${WRITING_ACTIONS.map((a) => `'${a}'`).join(", ")}) AND actor_person_id IS NOT NULL`,
    )
    .bind(cardId)
    .all<{ person: string }>();
  return results.map((row) => row.person);
}
