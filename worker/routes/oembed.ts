import { Hono } from "hono/tiny";
import { stringsFor } from "../../common/strings";
import type { AppEnv } from "../app-env";
import { normalizeArticleUrl } from "../domain/article-url";
import { oembedResponse } from "../embed/oembed";
import { ApiError } from "../http/errors";
import { validQuery } from "../http/validate";
import { OEmbedQuery } from "./query";

/**
 * `GET /oembed?url=&format=json`: the oEmbed 1.0 discovery answer for an
 * article, an iframe of `/embed`. It answers for any article, with or
 * without cards yet, so a CMS can embed before the fact checks are published.
 */
export const oembedRoutes = new Hono<AppEnv>().get("/", validQuery(OEmbedQuery), (c) => {
  const { url, lang, format, maxwidth, maxheight } = c.req.valid("query");
  // oEmbed: a format the provider cannot produce is 501 Not Implemented.
  if (format !== undefined && format !== "json")
    throw new ApiError(501, "not_implemented", "Only format=json is supported");
  const response = oembedResponse({
    origin: new URL(c.req.url).origin,
    // HttpUrl already guarantees an http(s) URL, so this cannot be null.
    article: normalizeArticleUrl(url)!,
    lang,
    maxwidth,
    maxheight,
    title: stringsFor(lang ?? "en").title,
  });
  return c.json(response);
});
