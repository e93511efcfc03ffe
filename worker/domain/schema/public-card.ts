import * as v from "valibot";
import { VERDICT_KEYS } from "../../../common/verdicts";
import { AttributionSchema, CardSchema } from "./card";
import { LangTag } from "./primitives";
import { ARCHIVE_METHODS, SourceMetaSchema } from "./source";

/**
 * The public card as the API serves it, as a valibot schema: the OpenAPI
 * document is generated from it, and tests check every served card against
 * it, so the documentation cannot drift from the responses.
 */
export const PublicSourceSchema = v.object({
  ...SourceMetaSchema.entries,
  /** SHA-256 (hex) of the archived snapshot the quote was checked against. */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** How the snapshot was archived: captured by the Worker from its address, or pasted by an editor. */
  archive: v.optional(
    v.object({
      method: v.picklist(ARCHIVE_METHODS),
      /** SHA-256 (hex) of the exact bytes the publisher's server sent. */
      bytesSha256: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
      /** The address after redirects. */
      finalUrl: v.optional(v.string()),
      /** The HTTP status of the captured response. */
      status: v.optional(v.pipe(v.number(), v.integer())),
      contentType: v.optional(v.string()),
      /** When the Worker fetched the page. */
      fetchedAt: v.optional(v.string()),
    }),
  ),
  /** The captured page's language and writing direction. */
  lang: v.optional(v.string()),
  dir: v.optional(v.picklist(["ltr", "rtl"])),
});

export const PublicAttributionSchema = v.object({
  ...v.omit(AttributionSchema, ["source"]).entries,
  source: PublicSourceSchema,
  /** True: unverifiable quotes are never published. */
  quoteVerified: v.boolean(),
  /** Where the quote starts in the archived snapshot (UTF-16 code units). */
  quoteOffset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  quoteLength: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The sentence(s) around the quote in the archived text, at most 600 characters; `…` marks a cut. */
  context: v.optional(v.string()),
});

export const PublicCardSchema = v.object({
  ...v.omit(CardSchema, ["status", "translations", "attributions", "verdict"]).entries,
  /** The language the text fields are served in (may differ from the one asked for). */
  lang: LangTag,
  /** The language the card was written in. */
  originalLang: LangTag,
  /** Every language the card can be served in. */
  langs: v.array(LangTag),
  verdict: v.object({
    key: v.picklist(VERDICT_KEYS),
    /** The verdict in words, in `lang`. */
    label: v.string(),
    /** schema.org ClaimReview rating, 1 (false) to 5 (accurate); absent for unverified. */
    ratingValue: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  }),
  attributions: v.array(PublicAttributionSchema),
});

/** A page of cards: `next` is the cursor for the following page, or null. */
export const CardPageSchema = v.object({
  data: v.array(PublicCardSchema),
  next: v.nullable(v.string()),
});

export const ErrorSchema = v.object({
  error: v.object({
    /** Stable, machine-readable: invalid_query, not_found, rate_limited, … */
    code: v.string(),
    message: v.string(),
    issues: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
  }),
});
