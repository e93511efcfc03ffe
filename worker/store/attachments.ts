import type { VerdictKey } from "../../common/verdicts";
import type { AttachmentProposal, AttachmentStatus } from "../domain/attachments";
import type { CardChange } from "../domain/workflow";
import { type AuditActor, auditStatement } from "./audit";
import { cardLinkStatements } from "./card-links";
import { cardUpdateStatement } from "./card-writes";
import type { Db } from "./db";
import { closeProposalStatement } from "./proposals";

interface AttachmentRow {
  id: string;
  card_id: string;
  base_version: number;
  url: string;
  anchor: string;
  article_source: string | null;
  proposed_by: string;
  proposer_name: string;
  proposed_by_token: string | null;
  proposed_at: string;
  status: AttachmentStatus;
}

/** A proposal in the reviewers' queue, with what the card says, so it can be judged there. */
export interface QueuedAttachment extends AttachmentProposal {
  card: { claim: string; verdict: VerdictKey };
}

const COLUMNS = `a.id, a.card_id, a.base_version, a.url, a.anchor, a.article_source, a.proposed_by, p.name AS proposer_name,
  a.proposed_by_token, a.proposed_at, a.status`;

const fromRow = (row: AttachmentRow): AttachmentProposal => ({
  id: row.id,
  cardId: row.card_id,
  baseVersion: row.base_version,
  url: row.url,
  anchor: JSON.parse(row.anchor),
  articleSource: row.article_source,
  proposedBy: { id: row.proposed_by, name: row.proposer_name },
  proposedByToken: row.proposed_by_token,
  proposedAt: row.proposed_at,
  status: row.status,
});

/** One proposal, any status. */
export async function findAttachment(db: Db, id: string): Promise<AttachmentProposal | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM attachment_proposals a JOIN people p ON p.id = a.proposed_by WHERE a.id = ?1`)
    .bind(id)
    .first<AttachmentRow>();
  return row ? fromRow(row) : null;
}

/** Proposals in one status, oldest first (the reviewers' queue), with each card's claim and verdict. */
export async function listAttachments(db: Db, status: AttachmentStatus, limit: number): Promise<QueuedAttachment[]> {
  const { results } = await db
    .prepare(
      `SELECT ${COLUMNS}, json_extract(c.body, '$.claim.text') AS claim, c.verdict AS verdict
       FROM attachment_proposals a JOIN people p ON p.id = a.proposed_by JOIN cards c ON c.id = a.card_id
       WHERE a.status = ?1 ORDER BY a.proposed_at, a.id LIMIT ?2`,
    )
    .bind(status, limit)
    .all<AttachmentRow & { claim: string; verdict: VerdictKey }>();
  return results.map((row) => ({ ...fromRow(row), card: { claim: row.claim, verdict: row.verdict } }));
}

/**
 * Stores a proposal, only while the card is still published at the version
 * it was proposed for (else the audit row's CHECK fails the batch). A second
 * pending proposal of the same card and article fails on the unique index.
 */
export async function saveAttachmentProposal(db: Db, proposal: AttachmentProposal, actor: AuditActor): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO attachment_proposals (id, card_id, base_version, url, anchor, article_source, proposed_by, proposed_by_token, proposed_at, status)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'pending'
         WHERE EXISTS (SELECT 1 FROM cards WHERE id = ?2 AND version = ?3 AND status = 'published')`,
      )
      .bind(
        proposal.id,
        proposal.cardId,
        proposal.baseVersion,
        proposal.url,
        JSON.stringify(proposal.anchor),
        proposal.articleSource,
        proposal.proposedBy.id,
        proposal.proposedByToken,
        proposal.proposedAt,
      ),
    auditStatement(db, {
      at: proposal.proposedAt,
      ...actor,
      action: "card.attachment.propose",
      subject: proposal.cardId,
      versionAfter: proposal.baseVersion,
      detail: { attachment: proposal.id, url: proposal.url, anchor: proposal.anchor.exact },
    }),
  ]);
}

/**
 * Applies an approved attachment: the card is updated only if it is still
 * at the proposal's version and the proposal is still pending (a withdrawal
 * or another approval in between fails the audit row's CHECK and rolls the
 * batch back); then the proposal is closed and the article link written, so
 * `/v1/cards?url=` lists the card.
 */
export async function saveApprovedAttachment(
  db: Db,
  proposal: AttachmentProposal,
  change: CardChange,
  actor: AuditActor,
): Promise<void> {
  const at = change.card.updatedAt;
  await db.batch([
    cardUpdateStatement(
      db,
      change,
      proposal.baseVersion,
      `EXISTS (SELECT 1 FROM attachment_proposals WHERE id = ?11 AND status = 'pending')`,
      [proposal.id],
    ),
    auditStatement(db, {
      at,
      ...actor,
      action: "card.attach",
      subject: change.card.id,
      versionBefore: proposal.baseVersion,
      versionAfter: change.card.version,
      detail: {
        attachment: proposal.id,
        url: proposal.url,
        proposedBy: proposal.proposedBy,
        proposedByToken: proposal.proposedByToken,
      },
    }),
    closeProposalStatement(db, "attachment_proposals", proposal.id, "approved", at, actor),
    ...cardLinkStatements(db, change),
  ]);
}

/** Withdraws a pending proposal; the audit row's CHECK fails the batch if it is no longer pending. */
export async function withdrawAttachment(
  db: Db,
  proposal: AttachmentProposal,
  actor: AuditActor,
  at: string,
): Promise<void> {
  await db.batch([
    closeProposalStatement(db, "attachment_proposals", proposal.id, "withdrawn", at, actor),
    auditStatement(db, {
      at,
      ...actor,
      action: "card.attachment.withdraw",
      subject: proposal.cardId,
      versionAfter: proposal.baseVersion,
      detail: { attachment: proposal.id, url: proposal.url, proposedBy: proposal.proposedBy },
    }),
  ]);
}
