import type { CorrectionProposal } from "../domain/corrections";
import type { CardChange } from "../domain/workflow";
import { type AuditActor, auditStatement } from "./audit";
import { cardLinkStatements } from "./card-links";
import { cardUpdateStatement } from "./card-writes";
import type { Db } from "./db";
import { closeProposalStatement } from "./proposals";

interface ProposalRow {
  id: string;
  card_id: string;
  base_version: number;
  body: string;
  note: string;
  proposed_by: string;
  proposer_name: string;
  proposed_by_token: string | null;
  proposed_at: string;
}

const fromRow = (row: ProposalRow): CorrectionProposal => ({
  id: row.id,
  cardId: row.card_id,
  baseVersion: row.base_version,
  card: JSON.parse(row.body),
  note: row.note,
  proposedBy: { id: row.proposed_by, name: row.proposer_name },
  proposedByToken: row.proposed_by_token,
  proposedAt: row.proposed_at,
});

/** Pending proposals with their proposer's name, the columns fromRow reads. */
const PENDING_SQL = `SELECT c.id, c.card_id, c.base_version, c.body, c.note, c.proposed_by, p.name AS proposer_name,
  c.proposed_by_token, c.proposed_at
FROM correction_proposals c JOIN people p ON p.id = c.proposed_by
WHERE c.status = 'pending'`;

/** The pending correction of a card, if any (at most one: a partial unique index). */
export async function pendingCorrection(db: Db, cardId: string): Promise<CorrectionProposal | null> {
  const row = await db.prepare(`${PENDING_SQL} AND c.card_id = ?1`).bind(cardId).first<ProposalRow>();
  return row ? fromRow(row) : null;
}

/** Every pending correction, oldest first (the desk's review queue). */
export async function pendingCorrections(db: Db, limit: number): Promise<CorrectionProposal[]> {
  const { results } = await db
    .prepare(`${PENDING_SQL} ORDER BY c.proposed_at, c.id LIMIT ?1`)
    .bind(limit)
    .all<ProposalRow>();
  return results.map(fromRow);
}

/**
 * Stores a proposal, only while the card is still published at the version
 * it corrects (else the audit row's CHECK fails the batch: a stale
 * If-Match). A second pending proposal for the card fails on the unique index.
 */
export async function saveProposal(db: Db, proposal: CorrectionProposal, actor: AuditActor): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO correction_proposals (id, card_id, base_version, body, note, proposed_by, proposed_by_token, proposed_at, status)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'pending'
         WHERE EXISTS (SELECT 1 FROM cards WHERE id = ?2 AND version = ?3 AND status = 'published')`,
      )
      .bind(
        proposal.id,
        proposal.cardId,
        proposal.baseVersion,
        JSON.stringify(proposal.card),
        proposal.note,
        proposal.proposedBy.id,
        proposal.proposedByToken,
        proposal.proposedAt,
      ),
    auditStatement(db, {
      at: proposal.proposedAt,
      ...actor,
      action: "card.correction.propose",
      subject: proposal.cardId,
      versionAfter: proposal.baseVersion,
      detail: { proposal: proposal.id, note: proposal.note, verdict: proposal.card.verdict },
    }),
  ]);
}

/**
 * Applies an approved correction: the card is updated only if it is still
 * at the proposal's version and the proposal is still pending (a withdrawal
 * or another approval in between fails the audit row's CHECK and rolls the
 * batch back), then the proposal is closed.
 */
export async function saveApprovedCorrection(
  db: Db,
  proposal: CorrectionProposal,
  change: CardChange,
  actor: AuditActor,
): Promise<void> {
  const at = change.card.updatedAt;
  await db.batch([
    cardUpdateStatement(
      db,
      change,
      proposal.baseVersion,
      `EXISTS (SELECT 1 FROM correction_proposals WHERE id = ?11 AND status = 'pending')`,
      [proposal.id],
    ),
    auditStatement(db, {
      at,
      ...actor,
      action: "card.correct",
      subject: change.card.id,
      versionBefore: proposal.baseVersion,
      versionAfter: change.card.version,
      detail: {
        note: proposal.note,
        proposal: proposal.id,
        proposedBy: proposal.proposedBy,
        proposedByToken: proposal.proposedByToken,
      },
    }),
    closeProposalStatement(db, "correction_proposals", proposal.id, "approved", at, actor),
    ...cardLinkStatements(db, change),
  ]);
}

/** Withdraws a pending proposal; the audit row's CHECK fails the batch if it is no longer pending. */
export async function withdrawProposal(
  db: Db,
  proposal: CorrectionProposal,
  actor: AuditActor,
  at: string,
): Promise<void> {
  await db.batch([
    closeProposalStatement(db, "correction_proposals", proposal.id, "withdrawn", at, actor),
    auditStatement(db, {
      at,
      ...actor,
      action: "card.correction.withdraw",
      subject: proposal.cardId,
      versionAfter: proposal.baseVersion,
      detail: { proposal: proposal.id, proposedBy: proposal.proposedBy },
    }),
  ]);
}
