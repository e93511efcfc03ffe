import * as v from "valibot";
import { HttpUrl, LangTag } from "../schema/primitives";

/** What an editor sends to `POST /v1/admin/match`: an article's text (its language is a hint). */
export const MatchRequestSchema = v.strictObject({
  text: v.pipe(v.string("must be text"), v.trim(), v.minLength(1, "must not be empty")),
  lang: v.optional(LangTag),
});

/**
 * Or the article's address: the Worker captures it the way a source is
 * archived (guarded fetch, text extraction) and matches the text it kept.
 */
export const MatchUrlRequestSchema = v.strictObject({
  url: HttpUrl,
  lang: v.optional(LangTag),
});
