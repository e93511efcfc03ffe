import * as v from "valibot";
import { VERDICT_KEYS } from "../../common/verdicts";
import { HttpUrl, LangTag, Slug } from "../domain/schema/primitives";
import { MAX_QUERY_LENGTH } from "../domain/search-text";

/** Page size when the client does not say. */
export const DEFAULT_LIMIT = 20;

/**
 * `limit` arrives as text; bounded so one request cannot ask for everything.
 * No default here: routes apply DEFAULT_LIMIT, so the typed client may omit it.
 */
export const Limit = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d{1,3}$/, "must be a whole number from 1 to 50"),
    v.transform(Number),
    v.minValue(1, "must be a whole number from 1 to 50"),
    v.maxValue(50, "must be a whole number from 1 to 50"),
  ),
);

/** `?url=` of the article whose cards are wanted: required, http(s), bounded. */
const ArticleUrl = v.pipe(
  v.string("is required: the article URL"),
  v.nonEmpty("is required: the article URL"),
  HttpUrl,
);

/** An opaque cursor from a previous page (`next`). */
const Cursor = v.optional(v.pipe(v.string(), v.nonEmpty(), v.maxLength(200, "is not a cursor this API returned")));

export const CardsForArticleQuery = v.object({
  url: ArticleUrl,
  lang: v.optional(LangTag),
  limit: Limit,
  cursor: Cursor,
});

/** `GET /v1/admin/sources?url=`: the archived copy of an article. */
export const ArchivedArticleQuery = v.object({ url: ArticleUrl });

/** `/embed`: the same article and language as `/v1/cards`, every card at once. */
export const EmbedQuery = v.object({
  url: ArticleUrl,
  lang: v.optional(LangTag),
});

/** `maxwidth` / `maxheight` of oEmbed: whole pixels, bounded so nonsense is a 400. */
const Pixels = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d{1,5}$/, "must be a whole number of pixels from 1 to 99999"),
    v.transform(Number),
    v.minValue(1, "must be a whole number of pixels from 1 to 99999"),
  ),
);

/**
 * `/oembed`. `format` is any text here: oEmbed wants an unsupported format
 * answered with 501, not 400, so the route decides.
 */
export const OEmbedQuery = v.object({
  url: ArticleUrl,
  lang: v.optional(LangTag),
  format: v.optional(v.string()),
  maxwidth: Pixels,
  maxheight: Pixels,
});

export const CardQuery = v.object({
  lang: v.optional(LangTag),
  format: v.optional(v.picklist(["json", "jsonld"], "must be json or jsonld")),
});

export const CardIdParam = Slug;

/** `/v1/search`. */
export const SearchQuery = v.object({
  q: v.pipe(
    v.string("is required: the words to search for"),
    v.trim(),
    v.nonEmpty("is required: the words to search for"),
    v.maxLength(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
  ),
  lang: v.optional(LangTag),
  verdict: v.optional(v.picklist(VERDICT_KEYS, `must be one of ${VERDICT_KEYS.join(", ")}`)),
  limit: Limit,
  cursor: Cursor,
});
