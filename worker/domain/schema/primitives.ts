import * as v from "valibot";

/**
 * Longest URL a field may hold (an article, a source, a claimant's page, an
 * archive); longer ones are almost always junk or abuse.
 */
export const MAX_URL_LENGTH = 2048;

/**
 * Longest request URL (path + query) the Worker reads: a different limit
 * from MAX_URL_LENGTH, because a read carries an article URL percent-encoded
 * in `?url=` next to the other parameters. Twice the field limit leaves room
 * for that in practice; an article URL made mostly of escapes (each `%XX`
 * grows to `%25XX`) can still outgrow it.
 */
export const MAX_REQUEST_URL_LENGTH = 2 * MAX_URL_LENGTH;

/**
 * True for absolute `http:` / `https:` URLs only. Every link we store ends up
 * as an `href` in someone else's page, so `javascript:`, `data:` and friends
 * are refused at the door rather than escaped later.
 */
export function isHttpUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === "http:" || url.protocol === "https:";
}

/** An absolute http(s) URL. */
export const HttpUrl = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`),
  v.check(isHttpUrl, "must be an absolute http: or https: URL"),
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** An ISO 8601 date (`2023-02-05`) or date-time with a zone (`2023-02-05T10:00:00Z`). */
export const IsoDate = v.pipe(
  v.string(),
  v.check(
    (s) => ISO_DATE.test(s) && !Number.isNaN(Date.parse(s)),
    "must be an ISO 8601 date such as 2023-02-05 or 2023-02-05T10:00:00Z",
  ),
);

/** A BCP 47 language tag, loosely checked (`en`, `fa`, `pt-BR`). */
export const LangTag = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 language tag such as en or fa"),
);

/** A URL-safe identifier: lower-case letters, digits and dashes. */
export const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/, "must be a slug: a-z, 0-9 and dashes, at most 100 characters"),
);

/** Non-empty text with an upper bound, so one field cannot blow up a response. */
export function Text(max: number) {
  return v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty("must not be empty"),
    v.maxLength(max, `must be at most ${max} characters`),
  );
}
