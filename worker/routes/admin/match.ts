import { Hono } from "hono";
import { candidateQuery } from "../../domain/matching/candidate-query";
import { MatchRequestSchema } from "../../domain/matching/match-request";
import {
  MAX_MATCH_SENTENCES,
  MAX_MATCH_TEXT,
  matchSentences,
  sentencesToMatch,
} from "../../domain/matching/match-article";
import type { AppEnv } from "../../app-env";
import { requireRole } from "../../http/auth";
import { ApiError } from "../../http/errors";
import { jsonBody } from "../../http/json-body";
import { findMatchCandidates } from "../../store/match-candidates";

/**
 * `POST /v1/admin/match`: the sentences of an article that repeat the claim
 * of a published card, each with a ready anchor, the card, a score and the
 * words that matched. Nothing is stored: attaching a card to the article is
 * a separate proposal that a second person approves.
 */
export const adminMatchRoutes = new Hono<AppEnv>().post("/", requireRole("readCards"), async (c) => {
  const { text, lang } = await jsonBody(c, MatchRequestSchema);
  if (text.length > MAX_MATCH_TEXT) {
    throw new ApiError(413, "payload_too_large", `text: longer than ${MAX_MATCH_TEXT} characters; match the article in parts`);
  }
  const sentences = sentencesToMatch(text);
  if (sentences.length > MAX_MATCH_SENTENCES) {
    throw new ApiError(413, "payload_too_large", `text: more than ${MAX_MATCH_SENTENCES} sentences; match the article in parts`);
  }
  const candidates = await findMatchCandidates(
    c.env.DB,
    sentences.map((sentence) => candidateQuery(sentence.terms)),
  );
  const cards = new Map(candidates.flat().map((card) => [card.id, card]));
  const matches = matchSentences(text, sentences, (index) => candidates[index] ?? []);
  return c.json({
    lang: lang ?? null,
    sentences: sentences.length,
    matches: matches.map(({ cardId, ...match }) => {
      const card = cards.get(cardId)!;
      return { ...match, card: { id: cardId, claim: card.claims[0] ?? "", verdict: card.verdict } };
    }),
  });
});
