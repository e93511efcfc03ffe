/**
 * The editorial life of a card: draft → review → published → (corrected
 * through review, see corrections.ts …) → retracted. Pure decisions;
 * storage and HTTP live elsewhere.
 */
import * as v from "valibot";
import { buildCardView, type CardView } from "./public-card";
import type { PersonActor } from "./roles";
import { type Card, CardSchema, type CardStatus } from "./schema/card";
import type { FieldIssue } from "./schema/issues";
import { Text } from "./schema/primitives";
import { type SourceIndex, verifyCard } from "./verify";

/**
 * What editors send to create or replace a draft: a card without its
 * lifecycle fields. `reviewedBy` is not theirs to say: the server records
 * whoever publishes the card or approves a correction.
 */
export const CardDraftSchema = v.strictObject({
  ...v.omit(CardSchema, ["version", "status", "publishedAt", "updatedAt", "corrections", "reviewedBy"]).entries,
});
export type CardDraft = v.InferInput<typeof CardDraftSchema>;

/** A correction proposal: the full corrected card and the note readers will see once it is approved. */
export const CorrectionRequestSchema = v.strictObject({ card: CardDraftSchema, note: Text(1000) });

/** A retraction: the note readers (and the 410 answer) will see. */
export const RetractionRequestSchema = v.strictObject({ note: Text(1000) });

/** A decision that cannot be taken, with the reasons. */
export class WorkflowError extends Error {
  constructor(
    /**
     * `conflict`: wrong state for this step; `unverified`: fails verification
     * or the two-person rule; `forbidden`: not this person's to do.
     */
    readonly kind: "conflict" | "unverified" | "forbidden",
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

export function requireStatus(card: Card, allowed: CardStatus[], step: string): void {
  if (!allowed.includes(card.status)) {
    throw new WorkflowError(
      "conflict",
      `Card "${card.id}" is ${card.status}; ${step} needs it to be ${allowed.join(" or ")}`,
    );
  }
}

export function parseCard(value: unknown): Card {
  const parsed = v.safeParse(CardSchema, value);
  if (!parsed.success) throw new Error(`internal: built an invalid card: ${parsed.issues[0]?.message}`);
  return parsed.output;
}

export function newDraft(draft: v.InferOutput<typeof CardDraftSchema>, now: string): CardChange {
  return {
    card: parseCard({ ...draft, reviewedBy: [], version: 1, status: "draft", updatedAt: now, corrections: [] }),
    view: null,
  };
}

/** Replaces a draft's content. A card in review goes back to draft: it changed after review began. */
export function updateDraft(existing: Card, draft: v.InferOutput<typeof CardDraftSchema>, now: string): CardChange {
  requireStatus(existing, ["draft", "review"], "editing");
  if (draft.id !== existing.id)
    throw new WorkflowError("conflict", `The body's id "${draft.id}" is not the card's id "${existing.id}"`);
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

/**
 * The two-person rule for `step` (publishing, approving a correction): the
 * person taking it must be neither a bylined author of `card` nor anyone
 * whose token wrote it (`writers`: person ids from the audit log — authors
 * are only what the body says, tokens are who really typed it). People are
 * compared by id, never by name.
 */
export function twoPersonProblem(
  card: Card,
  actor: PersonActor,
  writers: readonly string[],
  step: string,
): FieldIssue | null {
  if (card.authors.some((author) => author.id === actor.personId)) {
    return {
      path: "authors",
      message: `"${actor.name}" wrote this card and cannot also ${step} it; someone else must`,
    };
  }
  if (writers.includes(actor.personId)) {
    return {
      path: "(history)",
      message: `"${actor.name}" wrote or edited this card and cannot also ${step} it; someone else must`,
    };
  }
  return null;
}

/**
 * Records the actor as a reviewer and runs `verify` (the same rule as
 * data:check). `problems` are the two-person problems found so far: the
 * change is refused if there is any, or if verification fails.
 */
export function reviewedChange(
  card: Card,
  actor: PersonActor,
  problems: FieldIssue[],
  index: SourceIndex,
  refusal: string,
): CardChange {
  const me = { id: actor.personId, name: actor.name };
  const reviewed = {
    ...card,
    reviewedBy: card.reviewedBy.some((person) => person.id === me.id) ? card.reviewedBy : [...card.reviewedBy, me],
  };
  const verification = verifyCard(reviewed, index);
  if (verification.ok && !problems.length) {
    return {
      card: reviewed,
      view: buildCardView(reviewed, index, verification.quotes),
      anchorOffsets: verification.anchorOffsets,
    };
  }
  const all = [...problems];
  // The author-reviewer overlap is already said once, above.
  if (!verification.ok)
    all.push(...verification.problems.filter((p) => !(problems.length && p.path.startsWith("reviewedBy"))));
  throw new WorkflowError("unverified", refusal, all);
}

/** `writers`: ids of everyone whose token wrote the card (from its audit log, see `cardWriters`). */
export function publish(
  existing: Card,
  actor: PersonActor,
  writers: readonly string[],
  index: SourceIndex,
  now: string,
): CardChange {
  requireStatus(existing, ["review"], "publishing");
  const card: Card = {
    ...existing,
    status: "published",
    version: existing.version + 1,
    publishedAt: now,
    updatedAt: now,
  };
  const problem = twoPersonProblem(card, actor, writers, "publish");
  return reviewedChange(card, actor, problem ? [problem] : [], index, `Card "${card.id}" cannot be published as it is`);
}

/** Takes a published card down; the note stays on record and answers its id with 410. */
export function retract(existing: Card, note: string, now: string): CardChange {
  requireStatus(existing, ["published"], "retracting");
  return {
    card: {
      ...existing,
      status: "retracted",
      version: existing.version + 1,
      updatedAt: now,
      corrections: [...existing.corrections, { date: now, note }],
    },
    view: null,
  };
}
