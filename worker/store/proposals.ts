import type { AuditActor } from "./audit";
import type { Db } from "./db";

/** Tables of changes proposed by one person and approved by another. */
export type ProposalTable = "correction_proposals" | "attachment_proposals";

/**
 * The statement that closes a pending proposal (approved or withdrawn). It
 * changes nothing once the proposal is closed, so the audit row written with
 * it (CHECK applied = 1) rolls the whole batch back when someone was faster.
 */
export function closeProposalStatement(
  db: Db,
  table: ProposalTable,
  id: string,
  status: "approved" | "withdrawn",
  at: string,
  actor: AuditActor,
): D1PreparedStatement {
  return db
    .prepare(`UPDATE ${table} SET status = ?4, closed_at = ?2, closed_by = ?3 WHERE id = ?1 AND status = 'pending'`)
    .bind(id, at, actor.actorPersonId ?? actor.actor, status);
}
