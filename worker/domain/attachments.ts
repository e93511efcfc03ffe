/**
 * Attaching a published card to another article through review. Showing a
 * card beside an article tells that article's readers the card checks one
 * of its sentences, so it takes two people, like a correction: an editor
 * proposes the article and its sentence (usually a match from
 * `POST /v1/admin/match`); nothing public changes until a reviewer who is
 * not the proposer, not an author and not anyone who wrote the card
 * approves it. The anchor is checked against the archived article whenever
 * there is one. Pure decisions; routes load, ask, store.
 */
import * as v from "valibot";
import { normalizeArticleUrl } from "./article-url";
import { buildCardView } from "./public-card";
import { type Actor, mayDo, type PersonActor } from "./roles";
import { AnchorSchema, type Card, CardSchema, type TextQuoteSelector } from "./schema/card";
import type { FieldIssue } from "./schema/issues";
import type { PersonRef } from "./schema/person";
import { HttpUrl } from "./schema/primitives";
import { type SourceIndex, verifyCard } from "./verify";
import { type CardChange, requireStatus, twoPersonProblem, WorkflowError } from "./workflow";

/** What an editor sends to propose an attachment: the article and the sentence the card checks in it. */
export const AttachmentRequestSchema = v.strictObject({ url: HttpUrl, anchor: AnchorSchema });

/** Most articles one card may be attached to (the card schema's own limit). */
const MAX_ARTICLES = 50;

export const ATTACHMENT_STATUSES = ["pending", "approved", "withdrawn"] as const;
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];

/** A proposed attachment of a card to an article. */
export interface AttachmentProposal {
  id: string;
  cardId: string;
  /** The card version it was proposed for: approval needs the card unchanged since. */
  baseVersion: number;
  /** The article, normalised. */
  url: string;
  anchor: TextQuoteSelector;
  /** The archived copy of the article the anchor was found in when proposed, or null if none is archived. */
  articleSource: string | null;
  proposedBy: PersonRef;
  proposedByToken: string | null;
  proposedAt: string;
  status: AttachmentStatus;
}

/** The card as it reads once attached (same content, one more article, a new version). */
function attachedCard(existing: Card, url: string, anchor: TextQuoteSelector, now: string): Card {
  const parsed = v.safeParse(CardSchema, {
    ...existing,
    version: existing.version + 1,
    updatedAt: now,
    articles: [...existing.articles, { url, anchor }],
  });
  if (!parsed.success) throw new Error(`internal: built an invalid card: ${parsed.issues[0]?.message}`);
  return parsed.output;
}

/** Refuses an article the card is already attached to, or one too many. */
function requireAttachable(card: Card, url: string): void {
  if (card.articles.some((article) => normalizeArticleUrl(article.url) === url)) {
    throw new WorkflowError("conflict", `Card "${card.id}" is already attached to ${url}`);
  }
  if (card.articles.length >= MAX_ARTICLES) {
    throw new WorkflowError(
      "conflict",
      `Card "${card.id}" is attached to ${MAX_ARTICLES} articles, the most a card may have`,
    );
  }
}

/** Verifies the attached card; the anchor is found in the archived article when there is one. */
function verified(card: Card, index: SourceIndex, refusal: string, problems: FieldIssue[] = []) {
  const verification = verifyCard(card, index);
  if (!verification.ok || problems.length) {
    throw new WorkflowError("unverified", refusal, [...problems, ...(verification.ok ? [] : verification.problems)]);
  }
  return verification;
}

/**
 * An editor proposes attaching a published card to an article. Verified
 * now, so a proposal that could never be approved (an anchor not in the
 * archived article) is refused at once (422); nothing public changes.
 */
export function proposeAttachment(
  existing: Card,
  request: v.InferOutput<typeof AttachmentRequestSchema>,
  actor: PersonActor,
  index: SourceIndex,
  id: string,
  now: string,
): AttachmentProposal {
  requireStatus(existing, ["published"], "attaching to an article");
  const url = normalizeArticleUrl(request.url);
  if (!url) throw new WorkflowError("conflict", `${request.url.slice(0, 100)} is not an article address`);
  requireAttachable(existing, url);
  verified(
    attachedCard(existing, url, request.anchor, now),
    index,
    `Attaching "${existing.id}" to ${url} could never be approved as it is`,
  );
  return {
    id,
    cardId: existing.id,
    baseVersion: existing.version,
    url,
    anchor: request.anchor,
    articleSource: index.byArticleUrl(url)?.id ?? null,
    proposedBy: { id: actor.personId, name: actor.name },
    proposedByToken: actor.tokenId,
    proposedAt: now,
    status: "pending",
  };
}

/**
 * A second person approves a pending attachment: the card gets the article
 * in `articles[]`, as a new version. The approver is not recorded as a
 * reviewer of the card: they checked where it is shown, not its verdict.
 * `writers`: ids of everyone whose token wrote the card or proposed a
 * correction or attachment of it (from the audit log).
 */
export function approveAttachment(
  existing: Card,
  proposal: AttachmentProposal,
  actor: PersonActor,
  writers: readonly string[],
  index: SourceIndex,
  now: string,
): CardChange {
  requireStatus(existing, ["published"], "approving an attachment");
  if (existing.version !== proposal.baseVersion) {
    throw new WorkflowError(
      "conflict",
      `Card "${existing.id}" is at version ${existing.version}, but this attachment was proposed for version ${proposal.baseVersion}: withdraw it and propose it again`,
    );
  }
  requireAttachable(existing, proposal.url);
  const problems: FieldIssue[] = [];
  if (proposal.proposedBy.id === actor.personId) {
    problems.push({
      path: "(proposal)",
      message: `"${actor.name}" proposed this attachment and cannot also approve it; someone else must`,
    });
  } else {
    const problem = twoPersonProblem(existing, actor, writers, "approve an attachment of");
    if (problem) problems.push(problem);
  }
  const card = attachedCard(existing, proposal.url, proposal.anchor, now);
  const verification = verified(
    card,
    index,
    `Attaching "${existing.id}" to ${proposal.url} cannot be approved`,
    problems,
  );
  return { card, view: buildCardView(card, index, verification.quotes), anchorOffsets: verification.anchorOffsets };
}

/** The proposer may withdraw a pending attachment; a reviewer or admin may turn it down. */
export function requireMayWithdraw(proposal: AttachmentProposal, actor: Actor): void {
  if (proposal.proposedBy.id !== actor.personId && !mayDo(actor.role, "approveAttachment")) {
    throw new WorkflowError(
      "forbidden",
      `Only ${proposal.proposedBy.name}, who proposed it, or a reviewer may withdraw this attachment`,
    );
  }
}
