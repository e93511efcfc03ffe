import type { Context } from "hono";
import { Hono } from "hono/tiny";
import * as v from "valibot";
import type { AppEnv } from "../../app-env";
import { captureSource } from "../../archive/capture";
import { CaptureRefusal } from "../../archive/fetch-page";
import { normalizeArticleUrl } from "../../domain/article-url";
import { candidateQuery } from "../../domain/matching/candidate-query";
import {
  MAX_MATCH_SENTENCES,
  MAX_MATCH_TEXT,
  matchSentences,
  type SentenceTerms,
  sentencesToMatch,
} from "../../domain/matching/match-article";
import { MatchRequestSchema, MatchUrlRequestSchema } from "../../domain/matching/match-request";
import { mayDo } from "../../domain/roles";
import type { ArchivedSource } from "../../domain/schema/source";
import { requireRole } from "../../http/auth";
import { ApiError } from "../../http/errors";
import { jsonBody } from "../../http/json-body";
import { findMatchCandidates } from "../../store/match-candidates";
import { insertSource } from "../../store/sources";
import { refusingClearly } from "./errors";
import { auditActor } from "./people-refs";
import { fetchLimits, parsed } from "./sources";

/** The sentences to look up in `text`, or 413 when it is beyond what one request reads. */
function sentencesWithinLimits(text: string, what: string): SentenceTerms[] {
  if (text.length > MAX_MATCH_TEXT) {
    throw new ApiError(
      413,
      "payload_too_large",
      `${what}: longer than ${MAX_MATCH_TEXT} characters; match the article in parts`,
    );
  }
  const sentences = sentencesToMatch(text);
  if (sentences.length > MAX_MATCH_SENTENCES) {
    throw new ApiError(
      413,
      "payload_too_large",
      `${what}: more than ${MAX_MATCH_SENTENCES} sentences; match the article in parts`,
    );
  }
  return sentences;
}

/**
 * Captures the article at `url` through the archiving path (guarded fetch,
 * HTMLRewriter text) and keeps it as an archived source, like
 * `POST /v1/admin/sources` with `{ url }`: the anchors of its matches are
 * then checked against this copy when a card is attached to the article. The
 * same bytes again reuse the source already archived from them.
 */
async function capturedArticle(c: Context<AppEnv>, url: string): Promise<{ source: ArchivedSource; created: boolean }> {
  const actor = auditActor(c);
  const store = async (source: ArchivedSource) => {
    // Refused before anything is stored in D1 when the matcher would refuse it anyway.
    sentencesWithinLimits(source.text, "the article's text");
    await refusingClearly(() => insertSource(c.var.db, source, actor, new Date().toISOString()));
  };
  try {
    return await captureSource({ url }, { db: c.var.db, bucket: c.env.SNAPSHOTS, limits: fetchLimits(c) }, store);
  } catch (error) {
    if (error instanceof CaptureRefusal) throw new ApiError(error.status, error.code, error.message);
    throw error;
  }
}

/**
 * `POST /v1/admin/match`: the sentences of an article that repeat the claim
 * of a published card, each with a ready anchor, the card, a score and the
 * words that matched. The article is its `text`, or its `url`: then the page
 * is captured and archived first, and the answer names the normalised
 * address, the archived source and the text matched. Attaching a card to the
 * article is a separate proposal that a second person approves.
 */
export const adminMatchRoutes = new Hono<AppEnv>().post("/", requireRole("readCards"), async (c) => {
  const body = await jsonBody(c, v.record(v.string(), v.unknown()));
  let article: {
    text: string;
    lang: string | null;
    url: string | null;
    source: { id: string; sha256: string; created: boolean } | null;
  };
  if ("url" in body) {
    if (!mayArchive(c))
      throw new ApiError(
        403,
        "forbidden",
        "Matching by address archives the article: your role cannot archive sources",
      );
    const input = parsed(MatchUrlRequestSchema, body);
    const url = normalizeArticleUrl(input.url);
    if (!url)
      throw new ApiError(400, "invalid_body", "Invalid field: url", [
        { path: "url", message: "is not an article address" },
      ]);
    const { source, created } = await capturedArticle(c, url);
    article = {
      text: source.text,
      lang: input.lang ?? source.lang ?? null,
      url,
      source: { id: source.id, sha256: source.sha256, created },
    };
  } else {
    const input = parsed(MatchRequestSchema, body);
    article = { text: input.text, lang: input.lang ?? null, url: null, source: null };
  }
  const { text } = article;
  const sentences = sentencesWithinLimits(text, article.url ? "the article's text" : "text");
  const candidates = await findMatchCandidates(
    c.var.db,
    sentences.map((sentence) => candidateQuery(sentence.terms)),
  );
  const cards = new Map(candidates.flat().map((card) => [card.id, card]));
  const matches = matchSentences(text, sentences, (index) => candidates[index] ?? []);
  return c.json({
    lang: article.lang,
    url: article.url,
    source: article.source,
    // The text sent is the caller's own; a captured one is what the offsets and anchors refer to.
    text: article.url ? text : null,
    sentences: sentences.length,
    matches: matches.map(({ cardId, ...match }) => {
      const card = cards.get(cardId)!;
      return { ...match, card: { id: cardId, claim: card.claims[0] ?? "", verdict: card.verdict } };
    }),
  });
});

/** Whether the caller may archive sources (matching by address does). */
function mayArchive(c: Context<AppEnv>): boolean {
  return mayDo(c.get("actor").role, "archiveSource");
}
