/**
 * Corrections through review. A correction of a published card changes
 * what readers were told, so it takes two people, like publication: a
 * reviewer proposes the corrected card and its note; the public card stays
 * as it is until someone else approves it — not the proposer, not an
 * author, not anyone whose token wrote the card or the correction — after
 * the same `verify` as publishing. Pure decisions; routes load, ask, store.
 */
import type * as v from "valibot";
import type { Actor, PersonActor } from "./roles";
import type { Card } from "./schema/card";
import type { FieldIssue } from "./schema/issues";
import type { PersonRef } from "./schema/person";
import { type SourceIndex, verifyCard } from "./verify";
import {
  type CardChange,
  type CardDraftSchema,
  parseCard,
  requireStatus,
  reviewedChange,
  twoPersonProblem,
  WorkflowError,
} from "./workflow";

type Draft = v.InferOutput<typeof CardDraftSchema>;

/** A proposed correction, pending until approved or withdrawn. */
export interface CorrectionProposal {
  id: string;
  cardId: string;
  /** The card version it corrects: approval needs the card to still be at it. */
  baseVersion: number;
  /** The full corrected card, as proposed (without lifecycle fields). */
  card: Draft;
  /** The note readers will see under "Corrections". */
  note: string;
  proposedBy: PersonRef;
  proposedByToken: string | null;
  proposedAt: string;
}

/** The published card as it will read once the correction is approved (before a reviewer is recorded). */
function correctedCard(existing: Card, draft: Draft, note: string, now: string): Card {
  return parseCard({
    ...draft,
    version: existing.version + 1,
    status: "published",
    // Earlier reviewers stay on record; the approver joins them.
    reviewedBy: existing.reviewedBy,
    publishedAt: existing.publishedAt,
    updatedAt: now,
    corrections: [...existing.corrections, { date: now, note }],
  });
}

/**
 * A reviewer proposes a correction. The corrected card is verified now, so
 * a proposal that could never be approved is refused at once (422); nothing
 * public changes.
 */
export function proposeCorrection(
  existing: Card,
  draft: Draft,
  note: string,
  actor: PersonActor,
  index: SourceIndex,
  id: string,
  now: string,
): CorrectionProposal {
  requireStatus(existing, ["published"], "correcting");
  if (draft.id !== existing.id)
    throw new WorkflowError("conflict", `The body's id "${draft.id}" is not the card's id "${existing.id}"`);
  const verification = verifyCard(correctedCard(existing, draft, note, now), index);
  if (!verification.ok) {
    throw new WorkflowError(
      "unverified",
      `This correction of "${existing.id}" could never be approved as it is`,
      verification.problems,
    );
  }
  return {
    id,
    cardId: existing.id,
    baseVersion: existing.version,
    card: draft,
    note,
    proposedBy: { id: actor.personId, name: actor.name },
    proposedByToken: actor.tokenId,
    proposedAt: now,
  };
}

/**
 * A second person approves a pending correction: it becomes the new
 * published version, with the note readers see and the approver recorded
 * as a reviewer. `writers`: ids of everyone whose token wrote the card or
 * proposed a correction of it (from the audit log).
 */
export function approveCorrection(
  existing: Card,
  proposal: CorrectionProposal,
  actor: PersonActor,
  writers: readonly string[],
  index: SourceIndex,
  now: string,
): CardChange {
  requireStatus(existing, ["published"], "approving a correction");
  if (existing.version !== proposal.baseVersion) {
    throw new WorkflowError(
      "conflict",
      `Card "${existing.id}" is at version ${existing.version}, but this correction was proposed for version ${proposal.baseVersion}: withdraw it and propose it again`,
    );
  }
  const card = correctedCard(existing, proposal.card, proposal.note, now);
  const problems: FieldIssue[] = [];
  if (proposal.proposedBy.id === actor.personId) {
    problems.push({
      path: "(proposal)",
      message: `"${actor.name}" proposed this correction and cannot also approve it; someone else must`,
    });
  } else {
    // Authors before and after the correction: a body naming someone else as author changes nothing.
    const problem =
      twoPersonProblem(existing, actor, writers, "approve a correction of") ??
      twoPersonProblem(card, actor, writers, "approve a correction of");
    if (problem) problems.push(problem);
  }
  return reviewedChange(card, actor, problems, index, `This correction of "${existing.id}" cannot be approved`);
}

/** Only the proposer, or an admin, may withdraw a pending correction. */
export function requireMayWithdraw(proposal: CorrectionProposal, actor: Actor): void {
  if (proposal.proposedBy.id !== actor.personId && actor.role !== "admin") {
    throw new WorkflowError(
      "forbidden",
      `Only ${proposal.proposedBy.name}, who proposed it, or an admin may withdraw this correction`,
    );
  }
}
