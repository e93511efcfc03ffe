/**
 * The editorial life of a card: draft → review → published → (corrected …)
 * → retracted. Pure decisions; storage and HTTP live elsewhere.
 */
import * as v from "valibot";
import { buildCardView, type CardView } from "./public-card";
import { CardSchema, type Card, type CardStatus } from "./schema/card";
import type { FieldIssue } from "./schema/issues";
import { Text } from "./schema/primitives";
import { SourceIndex, verifyCard } from "./verify";
import type { Actor } from "./roles";

/**
 * What editors send to create or replace a draft: a card without its
 * lifecycle fields. `reviewedBy` is not theirs to say: the server records
 * whoever publishes (or corrects) the card.
 */
export const CardDraftSchema = v.strictObject({
  ...v.omit(CardSchema, ["version", "status", "publishedAt", "updatedAt", "corrections", "reviewedBy"]).entries,
});
export type CardDraft = v.InferInput<typeof CardDraftSchema>;

/** A correction: the corrected card and the note readers will see. */
export const CorrectionRequestSchema = v.strictObject({ card: CardDraftSchema, note: Text(1000) });

/** A retraction: the note readers (and the 410 answer) will see. */
export const RetractionRequestSchema = v.strictObject({ note: Text(1000) });

/** A decision that cannot be taken, with the reasons. */
export class WorkflowError extends Error {
  constructor(
    /** `conflict`: wrong state for this step; `unverified`: fails verification or the two-person rule. */
    readonly kind: "conflict" | "unverified",
    message: string,
    readonly problems: FieldIssue[] = [],
  ) {
    super(message);
  }
}

/** A card ready to store, with its public view when published. */
export interface CardChange {
  card: Card;
  view: CardView | null;
  anchorOffsets?: Record<string, number>;
}

function requireStatus(card: Card, allowed: CardStatus[], step: string): void {
  if (!allowed.includes(card.status)) {
    throw new WorkflowError("conflict", `Card "${card.id}" is ${card.status}; ${step} needs it to be ${allowed.join(" or ")}`);
  }
}

function parseCard(value: unknown): Card {
  const parsed = v.safeParse(CardSchema, value);
  if (!parsed.success) throw new Error(`internal: built an invalid card: ${parsed.issues[0]?.message}`);
  return parsed.output;
}

export function newDraft(draft: v.InferOutput<typeof CardDraftSchema>, now: string): CardChange {
  return { card: parseCard({ ...draft, reviewedBy: [], version: 1, status: "draft", updatedAt: now, corrections: [] }), view: null };
}

/** Replaces a draft's content. A card in review goes back to draft: it changed after review began. */
export function updateDraft(existing: Card, draft: v.InferOutput<typeof CardDraftSchema>, now: string): CardChange {
  requireStatus(existing, ["draft", "review"], "editing");
  if (draft.id !== existing.id) throw new WorkflowError("conflict", `The body's id "${draft.id}" is not the card's id "${existing.id}"`);
  return {
    card: parseCard({
      ...draft,
      reviewedBy: existing.reviewedBy,
      version: existing.version + 1,
      status: "draft",
      updatedAt: now,
      corrections: existing.corrections,
    }),
    view: null,
  };
}

export function submitForReview(existing: Card, now: string): CardChange {
  requireStatus(existing, ["draft"], "submitting for review");
  return { card: { ...existing, status: "review", version: existing.version + 1, updatedAt: now }, view: null };
}

const samePerson = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The two-person rule, then `verify` (the same rule as data:check). The
 * person publishing must be neither a bylined author nor anyone whose token
 * wrote the card's content (`writers`, from the audit log: authors are just
 * names in the body, tokens are who really typed it). They are recorded as
 * its reviewer.
 */
function verifiedChange(card: Card, actor: Actor, writers: readonly string[], index: SourceIndex): CardChange {
  const problems: FieldIssue[] = [];
  if (card.authors.some((author) => samePerson(author, actor.name))) {
    problems.push({ path: "authors", message: `"${actor.name}" wrote this card and cannot also publish it; someone else must` });
  } else if (writers.some((writer) => samePerson(writer, actor.name))) {
    problems.push({ path: "(history)", message: `"${actor.name}" wrote or edited this card and cannot also publish it; someone else must` });
  }
  const reviewed = { ...card, reviewedBy: card.reviewedBy.some((name) => samePerson(name, actor.name)) ? card.reviewedBy : [...card.reviewedBy, actor.name] };
  const verification = verifyCard(reviewed, index);
  if (verification.ok && !problems.length) {
    return { card: reviewed, view: buildCardView(reviewed, index, verification.quotes), anchorOffsets: verification.anchorOffsets };
  }
  // The author-reviewer overlap is already said once, above.
  if (!verification.ok) problems.push(...verification.problems.filter((p) => !(problems.length && p.path.startsWith("reviewedBy"))));
  throw new WorkflowError("unverified", `Card "${card.id}" cannot be published as it is`, problems);
}

/** `writers`: names of everyone whose token drafted the card (created or edited it; from its audit log). */
export function publish(existing: Card, actor: Actor, writers: readonly string[], index: SourceIndex, now: string): CardChange {
  requireStatus(existing, ["review"], "publishing");
  const card: Card = { ...existing, status: "published", version: existing.version + 1, publishedAt: now, updatedAt: now };
  return verifiedChange(card, actor, writers, index);
}

/** A new version of a published card, with a correction note every reader sees. */
export function correct(
  existing: Card,
  draft: v.InferOutput<typeof CardDraftSchema>,
  note: string,
  actor: Actor,
  writers: readonly string[],
  index: SourceIndex,
  now: string,
): CardChange {
  requireStatus(existing, ["published"], "correcting");
  if (draft.id !== existing.id) throw new WorkflowError("conflict", `The body's id "${draft.id}" is not the card's id "${existing.id}"`);
  const card = parseCard({
    ...draft,
    version: existing.version + 1,
    status: "published",
    // Earlier reviewers stay on record; the corrector joins them.
    reviewedBy: existing.reviewedBy,
    publishedAt: existing.publishedAt,
    updatedAt: now,
    corrections: [...existing.corrections, { date: now, note }],
  });
  return verifiedChange(card, actor, writers, index);
}

/** Takes a published card down; the note stays on record and answers its id with 410. */
export function retract(existing: Card, note: string, now: string): CardChange {
  requireStatus(existing, ["published"], "retracting");
  return {
    card: { ...existing, status: "retracted", version: existing.version + 1, updatedAt: now, corrections: [...existing.corrections, { date: now, note }] },
    view: null,
  };
}
