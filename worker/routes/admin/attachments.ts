import type { Context } from "hono";
import { Hono } from "hono/tiny";
import * as v from "valibot";
import { PURGE_HEADER } from "../../../common/purge-reach";
import type { AppEnv } from "../../app-env";
import {
  ATTACHMENT_STATUSES,
  type AttachmentProposal,
  approveAttachment,
  requireMayWithdraw,
} from "../../domain/attachments";
import type { Card } from "../../domain/schema/card";
import { SourceIndex } from "../../domain/verify";
import { requireRole } from "../../http/auth";
import { ApiError } from "../../http/errors";
import { purgeChanged } from "../../http/purge";
import { validQuery } from "../../http/validate";
import { findAttachment, listAttachments, saveApprovedAttachment, withdrawAttachment } from "../../store/attachments";
import { cardWriters } from "../../store/audit";
import { getCard } from "../../store/card-writes";
import { sourcesForCard } from "../../store/sources";
import { DEFAULT_LIMIT, Limit } from "../query";
import { refusingClearly } from "./errors";
import { auditActor, personActor } from "./people-refs";

const ListQuery = v.object({
  status: v.optional(v.picklist(ATTACHMENT_STATUSES, `must be one of ${ATTACHMENT_STATUSES.join(", ")}`)),
  limit: Limit,
});

/** The proposal at `:id` (any status) and its card, or 404. */
async function proposalAndCard(c: Context<AppEnv>): Promise<{ proposal: AttachmentProposal; card: Card }> {
  const id = c.req.param("id") ?? "";
  const proposal = id.length <= 100 ? await findAttachment(c.var.db, id) : null;
  if (!proposal) throw new ApiError(404, "not_found", `No attachment "${id.slice(0, 100)}"`);
  if (proposal.status !== "pending")
    throw new ApiError(409, "conflict", `Attachment ${proposal.id} is ${proposal.status}, not pending`);
  const card = await getCard(c.var.db, proposal.cardId);
  if (!card) throw new ApiError(404, "not_found", `No card "${proposal.cardId}"`);
  return { proposal, card };
}

/**
 * `/v1/admin/attachments`: the reviewers' queue of proposed attachments (a
 * card shown beside another article, proposed with
 * `POST /v1/admin/cards/{id}/attachments`), their approval by a second
 * person, and their withdrawal.
 */
export const adminAttachmentRoutes = new Hono<AppEnv>()
  .get("/", requireRole("readCards"), validQuery(ListQuery), async (c) => {
    const { status, limit } = c.req.valid("query");
    return c.json({ data: await listAttachments(c.var.db, status ?? "pending", limit ?? DEFAULT_LIMIT) });
  })
  .post("/:id/approve", requireRole("approveAttachment"), async (c) => {
    const actor = personActor(c);
    const { proposal, card } = await proposalAndCard(c);
    const withArticle = { ...card, articles: [...card.articles, { url: proposal.url, anchor: proposal.anchor }] };
    const [sources, writers] = await Promise.all([
      sourcesForCard(c.var.db, withArticle),
      cardWriters(c.var.db, card.id),
    ]);
    const change = await refusingClearly(async () =>
      approveAttachment(card, proposal, actor, writers, new SourceIndex(sources), new Date().toISOString()),
    );
    await refusingClearly(() => saveApprovedAttachment(c.var.db, proposal, change, auditActor(c)));
    // Before answering: the new article's readers should see the card on their next read.
    c.header(
      PURGE_HEADER,
      await purgeChanged(
        c.env,
        c.executionCtx,
        [card.id],
        change.card.articles.map((a) => a.url),
      ),
    );
    c.header("etag", `"${change.card.version}"`);
    const attachment: AttachmentProposal = { ...proposal, status: "approved" };
    return c.json({ attachment, card: change.card });
  })
  .post("/:id/withdraw", requireRole("readCards"), async (c) => {
    const { proposal } = await proposalAndCard(c);
    await refusingClearly(async () => requireMayWithdraw(proposal, c.get("actor")));
    await refusingClearly(() => withdrawAttachment(c.var.db, proposal, auditActor(c), new Date().toISOString()));
    return c.json({ withdrawn: proposal.id });
  });
