import type { Context } from "hono";
import { Hono } from "hono/tiny";
import * as v from "valibot";
import { PURGE_HEADER } from "../../../common/purge-reach";
import type { AppEnv } from "../../app-env";
import { AttachmentRequestSchema, proposeAttachment } from "../../domain/attachments";
import { approveCorrection, proposeCorrection, requireMayWithdraw } from "../../domain/corrections";
import { CARD_STATUSES, type Card } from "../../domain/schema/card";
import { Slug } from "../../domain/schema/primitives";
import { SourceIndex } from "../../domain/verify";
import {
  type CardChange,
  CardDraftSchema,
  CorrectionRequestSchema,
  newDraft,
  publish,
  RetractionRequestSchema,
  retract,
  submitForReview,
  updateDraft,
} from "../../domain/workflow";
import { requireRole } from "../../http/auth";
import { ApiError } from "../../http/errors";
import { ifMatchVersion, jsonBody } from "../../http/json-body";
import { purgeChanged } from "../../http/purge";
import { validQuery } from "../../http/validate";
import { saveAttachmentProposal } from "../../store/attachments";
import { auditHistory, cardWriters } from "../../store/audit";
import { getCard, listCardsByStatus, saveCardChange } from "../../store/card-writes";
import { pendingCorrection, saveApprovedCorrection, saveProposal, withdrawProposal } from "../../store/corrections";
import { sourcesForCard } from "../../store/sources";
import { DEFAULT_LIMIT, Limit } from "../query";
import { refusingClearly } from "./errors";
import { auditActor, personActor, resolveAuthors } from "./people-refs";

const now = () => new Date().toISOString();

/** The card at `:id`, any status, or 404. */
async function existingCard(c: Context<AppEnv>): Promise<Card> {
  const id = c.req.param("id") ?? "";
  const card = v.is(Slug, id) ? await getCard(c.var.db, id) : null;
  if (!card) throw new ApiError(404, "not_found", `No card "${id.slice(0, 100)}"`);
  return card;
}

/** The card and the version the client based its change on (412 if that is no longer current). */
async function cardAtVersion(c: Context<AppEnv>): Promise<Card> {
  const expected = ifMatchVersion(c);
  const card = await existingCard(c);
  if (card.version !== expected) {
    throw new ApiError(412, "precondition_failed", `Card "${card.id}" is at version ${card.version}, not ${expected}`);
  }
  return card;
}

/** Stores a change, writes its audit entry, and clears cached public copies of what it touched. */
async function save(c: Context<AppEnv>, action: string, before: Card | null, change: CardChange, detail?: unknown) {
  await refusingClearly(() =>
    saveCardChange(c.var.db, change, before?.version ?? null, {
      at: change.card.updatedAt,
      ...auditActor(c),
      action,
      versionBefore: before?.version ?? null,
      detail,
    }),
  );
  return answer(c, before, change);
}

/** Clears cached public copies of what a change touched, and answers with the card. */
async function answer(c: Context<AppEnv>, before: Card | null, change: CardChange) {
  if (before?.status === "published" || change.card.status === "published") {
    const urls = [...(before?.articles ?? []), ...change.card.articles].map((a) => a.url);
    // Before answering: whoever published, corrected or retracted expects the next read to show it.
    c.header(PURGE_HEADER, await purgeChanged(c.env, c.executionCtx, [change.card.id], urls));
  }
  c.header("etag", `"${change.card.version}"`);
  return c.json({ card: change.card }, before ? 200 : 201);
}

/** The card's pending correction, or 404. */
async function pendingOf(c: Context<AppEnv>, card: Card) {
  const proposal = await pendingCorrection(c.var.db, card.id);
  if (!proposal) throw new ApiError(404, "not_found", `No correction of "${card.id}" is pending`);
  return proposal;
}

async function sourceIndexFor(c: Context<AppEnv>, card: Card): Promise<SourceIndex> {
  return new SourceIndex(await sourcesForCard(c.var.db, card));
}

const ListQuery = v.object({
  status: v.picklist(CARD_STATUSES, `must be one of ${CARD_STATUSES.join(", ")}`),
  limit: Limit,
});

/** `/v1/admin/cards`: drafts, review, publication, corrections through review, and retraction. */
export const adminCardRoutes = new Hono<AppEnv>()
  .get("/", requireRole("readCards"), validQuery(ListQuery), async (c) => {
    const { status, limit } = c.req.valid("query");
    return c.json({ data: await listCardsByStatus(c.var.db, status, limit ?? DEFAULT_LIMIT) });
  })
  .post("/", requireRole("writeDraft"), async (c) => {
    personActor(c);
    const draft = await jsonBody(c, CardDraftSchema);
    const authors = await resolveAuthors(c.var.db, draft.authors);
    return save(c, "card.create", null, newDraft({ ...draft, authors }, now()));
  })
  .get("/:id", requireRole("readCards"), async (c) => {
    const card = await existingCard(c);
    c.header("etag", `"${card.version}"`);
    return c.json({ card });
  })
  .put("/:id", requireRole("writeDraft"), async (c) => {
    personActor(c);
    const card = await cardAtVersion(c);
    const draft = await jsonBody(c, CardDraftSchema);
    const authors = await resolveAuthors(c.var.db, draft.authors);
    return save(
      c,
      "card.update",
      card,
      await refusingClearly(async () => updateDraft(card, { ...draft, authors }, now())),
    );
  })
  .get("/:id/history", requireRole("readCards"), async (c) => {
    const card = await existingCard(c);
    return c.json({ data: await auditHistory(c.var.db, card.id) });
  })
  .post("/:id/submit", requireRole("submitForReview"), async (c) => {
    personActor(c);
    const card = await cardAtVersion(c);
    return save(c, "card.submit", card, await refusingClearly(async () => submitForReview(card, now())));
  })
  .post("/:id/publish", requireRole("publish"), async (c) => {
    const actor = personActor(c);
    const card = await cardAtVersion(c);
    const [index, writers] = await Promise.all([sourceIndexFor(c, card), cardWriters(c.var.db, card.id)]);
    return save(
      c,
      "card.publish",
      card,
      await refusingClearly(async () => publish(card, actor, writers, index, now())),
    );
  })
  // The one-step correction let a single reviewer rewrite a published verdict: gone.
  .post("/:id/correct", () => {
    throw new ApiError(
      410,
      "gone",
      "One-step corrections are gone: propose with POST /v1/admin/cards/{id}/corrections; someone else approves with POST /v1/admin/cards/{id}/corrections/approve",
    );
  })
  .get("/:id/corrections", requireRole("readCards"), async (c) => {
    const card = await existingCard(c);
    const proposal = await pendingCorrection(c.var.db, card.id);
    return c.json({ data: proposal ? [proposal] : [] });
  })
  // A reviewer proposes; nothing public changes until a second person approves.
  .post("/:id/corrections", requireRole("correct"), async (c) => {
    const actor = personActor(c);
    const card = await cardAtVersion(c);
    const { card: body, note } = await jsonBody(c, CorrectionRequestSchema);
    const draft = { ...body, authors: await resolveAuthors(c.var.db, body.authors) };
    const pending = await pendingCorrection(c.var.db, card.id);
    if (pending) {
      throw new ApiError(
        409,
        "conflict",
        `A correction of "${card.id}" proposed by ${pending.proposedBy.name} is already pending: approve or withdraw it first`,
      );
    }
    const index = await sourceIndexFor(c, { ...card, ...draft } as Card);
    const proposal = await refusingClearly(async () =>
      proposeCorrection(card, draft, note, actor, index, crypto.randomUUID(), now()),
    );
    await refusingClearly(() => saveProposal(c.var.db, proposal, auditActor(c)));
    return c.json({ proposal }, 201);
  })
  .post("/:id/corrections/approve", requireRole("correct"), async (c) => {
    const actor = personActor(c);
    const card = await cardAtVersion(c);
    const proposal = await pendingOf(c, card);
    const [index, writers] = await Promise.all([
      sourceIndexFor(c, { ...card, ...proposal.card } as Card),
      cardWriters(c.var.db, card.id),
    ]);
    const change = await refusingClearly(async () => approveCorrection(card, proposal, actor, writers, index, now()));
    await refusingClearly(() => saveApprovedCorrection(c.var.db, proposal, change, auditActor(c)));
    return answer(c, card, change);
  })
  .post("/:id/corrections/withdraw", requireRole("correct"), async (c) => {
    const card = await existingCard(c);
    const proposal = await pendingOf(c, card);
    await refusingClearly(async () => requireMayWithdraw(proposal, c.get("actor")));
    await refusingClearly(() => withdrawProposal(c.var.db, proposal, auditActor(c), now()));
    return c.json({ withdrawn: proposal.id });
  })
  // An editor proposes showing the card beside another article; a second person approves it (routes/admin/attachments.ts).
  .post("/:id/attachments", requireRole("proposeAttachment"), async (c) => {
    const actor = personActor(c);
    const card = await existingCard(c);
    const request = await jsonBody(c, AttachmentRequestSchema);
    const index = await sourceIndexFor(c, { ...card, articles: [...card.articles, request] });
    const attachment = await refusingClearly(async () =>
      proposeAttachment(card, request, actor, index, crypto.randomUUID(), now()),
    );
    await refusingClearly(() => saveAttachmentProposal(c.var.db, attachment, auditActor(c)));
    return c.json({ attachment }, 201);
  })
  .post("/:id/retract", requireRole("retract"), async (c) => {
    personActor(c);
    const card = await cardAtVersion(c);
    const { note } = await jsonBody(c, RetractionRequestSchema);
    return save(c, "card.retract", card, await refusingClearly(async () => retract(card, note, now())), { note });
  });
