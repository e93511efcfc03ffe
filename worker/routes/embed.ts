import { Hono } from "hono/tiny";
import { renderCardsHtml } from "#widget/server-render";
import { dirFor } from "../../common/languages";
import { stringsFor } from "../../common/strings";
import type { AppEnv } from "../app-env";
import { normalizeArticleUrl } from "../domain/article-url";
import { claimReviewUrl, toClaimReview } from "../domain/claim-review";
import { localizeCard } from "../domain/public-card";
import { EMBED_HEADERS } from "../embed/headers";
import { embedPage } from "../embed/page";
import { widgetCss } from "../embed/widget-css";
import { validQuery } from "../http/validate";
import { listPublishedCardsForArticle } from "../store/cards";

/** The embed page has no pagination: it shows up to this many cards. */
const MAX_CARDS_IN_EMBED = 50;

import { EmbedQuery } from "./query";

/** Without `?lang`, the widget's own fallback. */
const DEFAULT_LANG = "en";

/**
 * `GET /embed?url=&lang=`: an article's cards as a whole HTML page, for
 * iframes and CMSes that strip scripts. Rendered here from the widget's
 * components, with a ClaimReview JSON-LD block per card. Bad input gets the
 * API's JSON error, like `/v1/cards`.
 */
export const embedRoutes = new Hono<AppEnv>().get("/", validQuery(EmbedQuery), async (c) => {
  const { url, lang = DEFAULT_LANG } = c.req.valid("query");
  // HttpUrl already guarantees an http(s) URL, so this cannot be null.
  const article = normalizeArticleUrl(url)!;
  const rows = await listPublishedCardsForArticle(c.var.db, article, MAX_CARDS_IN_EMBED);
  const cards = rows.map((row) => localizeCard(row.view, lang));
  const html = embedPage({
    lang,
    dir: dirFor(lang),
    title: stringsFor(lang).title,
    css: await widgetCss(c),
    body: renderCardsHtml(cards, lang),
    jsonLd: cards.map((card) => toClaimReview(card, claimReviewUrl(c.req.url, card))),
  });
  return c.body(html, 200, EMBED_HEADERS);
});
