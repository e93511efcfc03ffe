import * as v from "valibot";
import { HttpUrl, LangTag, Slug } from "../domain/schema/primitives";

/** `limit` arrives as text; bounded so one request cannot ask for everything. */
export const Limit = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d{1,3}$/, "must be a whole number from 1 to 50"),
    v.transform(Number),
    v.minValue(1, "must be a whole number from 1 to 50"),
    v.maxValue(50, "must be a whole number from 1 to 50"),
  ),
  "20",
);

/** `?url=` of the article whose cards are wanted. */
export const CardsForArticleQuery = v.object({
  url: v.pipe(v.string("is required: the article URL"), v.nonEmpty("is required: the article URL"), HttpUrl),
  lang: v.optional(LangTag),
  limit: Limit,
});

export const CardQuery = v.object({
  lang: v.optional(LangTag),
  format: v.optional(v.picklist(["json", "jsonld"], "must be json or jsonld")),
});

export const CardIdParam = Slug;
