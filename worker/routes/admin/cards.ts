import { Hono, type Context } from "hono";
import * as v from "valibot";
import { CARD_STATUSES, type Card } from "../../domain/schema/card";
import { Slug } from "../../domain/schema/primitives";
import { SourceIndex } from "../../domain/verify";
import {
  CardDraftSchema,
  correct,
  CorrectionRequestSchema,
  newDraft,
  publish,
  retract,
  RetractionRequestSchema,
  submitForReview,
  updateDraft,
  type CardChange,
} from "../../domain/workflow";
import type { AppEnv } from "../../app-env";
import { requireRole } from "../../http/auth";
import { purgeEdgeCache } from "../../http/edge-cache";
import { ApiError } from "../../http/errors";
import { ifMatchVersion, jsonBody } from "../../http/json-body";
import { validQuery } from "../../http/validate";
import { auditHistory, cardWriters } from "../../store/audit";
import { getCard, listCardsByStatus, saveCardChange } from "../../store/card-writes";
import { sourcesForCard } from "../../store/sources";
import { DEFAULT_LIMIT, Limit } from "../query";
import { refusingClearly } from "./errors";

const now = () => new Date().toISOString();

/** The card at `:id`, any status, or 404. */
async function existingCard(c: Context<AppEnv>): Promise<Card> {
  const id = c.req.param("id") ?? "";
  const card = v.is(Slug, id) ? await getCard(c.env.DB, id) : null;
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
    saveCardChange(c.env.DB, change, before?.version ?? null, {
      at: change.card.updatedAt,
      actor: c.get("actor").name,
      action,
      versionBefore: before?.version ?? null,
      detail,
    }),
  );
  if (before?.status === "published" || change.card.status === "published") {
    const urls = [...(before?.articles ?? []), ...change.card.articles].map((a) => a.url);
    // Before answering: whoever published, corrected or retracted expects the next read to show it.
    await purgeEdgeCache([change.card.id], urls);
  }
  c.header("etag", `"${change.card.version}"`);
  return c.json({ card: change.card }, before ? 200 : 201);
}

async function sourceIndexFor(c: Context<AppEnv>, card: Card): Promise<SourceIndex> {
  return new SourceIndex(await sourcesForCard(c.env.DB, card));
}

const ListQuery = v.object({
  status: v.picklist(CARD_STATUSES, `must be one of ${CARD_STATUSES.join(", ")}`),
  limit: Limit,
});

/** `/v1/admin/cards`: drafts, review, publication, corrections and retraction. */
export const adminCardRoutes = new Hono<AppEnv>()
  .get("/", requireRole("readCards"), validQuery(ListQuery), async (c) => {
    const { status, limit } = c.req.valid("query");
    return c.json({ data: await listCardsByStatus(c.env.DB, status, limit ?? DEFAULT_LIMIT) });
  })
  .post("/", requireRole("writeDraft"), async (c) => {
    const draft = await jsonBody(c, CardDraftSchema);
    return save(c, "card.create", null, newDraft(draft, now()));
  })
  .get("/:id", requireRole("readCards"), async (c) => {
    const card = await existingCard(c);
    c.header("etag", `"${card.version}"`);
    return c.json({ card });
  })
  .put("/:id", requireRole("writeDraft"), async (c) => {
    const card = await cardAtVersion(c);
    const draft = await jsonBody(c, CardDraftSchema);
    return save(c, "card.update", card, await refusingClearly(async () => updateDraft(card, draft, now())));
  })
  .get("/:id/history", requireRole("readCards"), async (c) => {
    const card = await existingCard(c);
    return c.json({ data: await auditHistory(c.env.DB, card.id) });
  })
  .post("/:id/submit", requireRole("submitForReview"), async (c) => {
    const card = await cardAtVersion(c);
    return save(c, "card.submit", card, await refusingClearly(async () => submitForReview(card, now())));
  })
  .post("/:id/publish", requireRole("publish"), async (c) => {
    const card = await cardAtVersion(c);
    const [index, writers] = await Promise.all([sourceIndexFor(c, card), cardWriters(c.env.DB, card.id)]);
    return save(c, "card.publish", card, await refusingClearly(async () => publish(card, c.get("actor"), writers, index, now())));
  })
  .post("/:id/correct", requireRole("correct"), async (c) => {
    const card = await cardAtVersion(c);
    const { card: draft, note } = await jsonBody(c, CorrectionRequestSchema);
    const corrected = { ...card, ...draft } as Card;
    const [index, writers] = await Promise.all([sourceIndexFor(c, corrected), cardWriters(c.env.DB, card.id)]);
    const change = await refusingClearly(async () => correct(card, draft, note, c.get("actor"), writers, index, now()));
    return save(c, "card.correct", card, change, { note });
  })
  .post("/:id/retract", requireRole("retract"), async (c) => {
    const card = await cardAtVersion(c);
    const { note } = await jsonBody(c, RetractionRequestSchema);
    return save(c, "card.retract", card, await refusingClearly(async () => retract(card, note, now())), { note });
  });
