import * as v from "valibot";
import { VERDICT_KEYS } from "../../../common/verdicts";
import { PersonRefSchema } from "./person";
import { HttpUrl, IsoDate, LangTag, Slug, Text } from "./primitives";

/** Lifecycle of a card. Only `published` cards are ever served publicly. */
export const CARD_STATUSES = ["draft", "review", "published", "retracted"] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

export const CLAIMANT_KINDS = ["person", "organisation", "media", "government", "group"] as const;

/** How a quoted passage bears on the claim. */
export const STANCES = ["supports", "contradicts", "context"] as const;

/** Who made the claim. */
const ClaimantSchema = v.strictObject({
  /** The person or body, as readers would recognise it. */
  name: Text(200),
  /** What kind of claimant, so readers can weigh it (a government vs. a person). */
  kind: v.picklist(CLAIMANT_KINDS, `must be one of ${CLAIMANT_KINDS.join(", ")}`),
  /** A page about the claimant, if any. */
  url: v.optional(HttpUrl),
});

/** Where the claim was made (a speech transcript, a post, an article). */
const AppearanceSchema = v.strictObject({
  url: HttpUrl,
  title: v.optional(Text(500)),
  date: v.optional(IsoDate),
});

/** The claim under review, in the claimant's words or a faithful paraphrase. */
const ClaimSchema = v.strictObject({
  text: Text(1000),
  claimant: ClaimantSchema,
  /** When the claim was made. */
  date: v.optional(IsoDate),
  appearances: v.optional(v.array(AppearanceSchema), []),
});

/**
 * One piece of evidence: exact words from an archived source. `verify` checks
 * that `quote` really occurs in the source's snapshot before a card can be
 * published, and records where.
 */
export const AttributionSchema = v.strictObject({
  /** Id of an archived source. */
  source: Slug,
  /** The exact words quoted from the source. */
  quote: Text(2000),
  stance: v.picklist(STANCES, `must be one of ${STANCES.join(", ")}`),
  /** Why this quote matters, in the card's language. */
  note: v.optional(Text(1000)),
});

/**
 * A W3C Web Annotation TextQuoteSelector: the sentence in the host article
 * this card checks. `prefix`/`suffix` disambiguate repeated sentences.
 */
export const AnchorSchema = v.strictObject({
  exact: Text(1000),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(200))),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/** An article the card is shown beside. `url` is normalised before storage. */
const ArticleSchema = v.strictObject({
  url: HttpUrl,
  anchor: v.optional(AnchorSchema),
});

/** The fact-checking organisation that stands behind the review. */
const ReviewerOrgSchema = v.strictObject({
  name: Text(200),
  url: v.optional(HttpUrl),
});

/** A visible correction: readers see every one, with its date. */
const CorrectionSchema = v.strictObject({
  date: IsoDate,
  note: Text(1000),
});

/** Translated text fields. Quotes are never translated: they must match the source. */
const TranslationSchema = v.strictObject({
  claim: v.optional(Text(1000)),
  claimant: v.optional(Text(200)),
  summary: v.optional(Text(4000)),
});

/** A claim card as editors write it (in `data/cards/*.json` or the write API). */
export const CardSchema = v.strictObject({
  /** URL-safe id; also the file name in `data/cards/`. */
  id: Slug,
  /** Bumped on every change; used for optimistic concurrency (If-Match). */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  status: v.picklist(CARD_STATUSES, `must be one of ${CARD_STATUSES.join(", ")}`),
  /** Language the card is written in. */
  lang: LangTag,
  claim: ClaimSchema,
  verdict: v.picklist(VERDICT_KEYS, `must be one of ${VERDICT_KEYS.join(", ")}`),
  /** Why the verdict: the reasoning a reader needs to trust it. */
  summary: Text(4000),
  attributions: v.pipe(v.array(AttributionSchema), v.maxLength(50)),
  articles: v.pipe(v.array(ArticleSchema), v.maxLength(50)),
  /** Who wrote the card: people (`{ id, name }`); rules compare the ids, readers see the names. */
  authors: v.pipe(v.array(PersonRefSchema), v.maxLength(20)),
  /** Who reviewed it (people, set by the server on publication and approved corrections); never an author. */
  reviewedBy: v.pipe(v.array(PersonRefSchema), v.maxLength(20)),
  reviewer: ReviewerOrgSchema,
  publishedAt: v.optional(IsoDate),
  updatedAt: IsoDate,
  corrections: v.optional(v.array(CorrectionSchema), []),
  /** Language tag → translated text fields. */
  translations: v.optional(v.record(LangTag, TranslationSchema), {}),
  tags: v.optional(v.pipe(v.array(Slug), v.maxLength(20)), []),
});

/** A card after parsing (defaults filled in). */
export type Card = v.InferOutput<typeof CardSchema>;
/** A card as written, before defaults. */
export type CardInput = v.InferInput<typeof CardSchema>;
export type Attribution = Card["attributions"][number];
export type TextQuoteSelector = NonNullable<Card["articles"][number]["anchor"]>;
export type Correction = Card["corrections"][number];
