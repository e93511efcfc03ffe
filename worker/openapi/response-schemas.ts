import * as v from "valibot";
import { VERDICT_KEYS } from "../../common/verdicts";
import { ATTACHMENT_STATUSES } from "../domain/attachments";
import { ROLES } from "../domain/roles";
import { AnchorSchema, CARD_STATUSES, CardSchema } from "../domain/schema/card";
import { PersonRefSchema } from "../domain/schema/person";
import { IsoDate } from "../domain/schema/primitives";
import { PublicSourceSchema } from "../domain/schema/public-card";
import { CardDraftSchema } from "../domain/workflow";

/**
 * Response bodies that have no valibot schema of their own elsewhere (the
 * public card, its page and the error do: see domain/schema/public-card.ts).
 * The OpenAPI document is generated from these, and response-types.ts checks
 * at compile time that each one is exactly what its route returns, so a route
 * that changes its answer fails the type check until the description follows.
 */

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Version = CardSchema.entries.version;

/** `GET /healthz`: 200 when the database answers, 503 with `ok: false` when not. */
export const HealthSchema = v.object({
  ok: v.boolean(),
  // The route types this as any string, so a picklist here would fail the check in response-types.ts.
  db: v.pipe(v.string(), v.description("`ok`, or `unavailable` when the database does not answer")),
});

/** `GET /oembed`: an oEmbed 1.0 `rich` response (https://oembed.com/#section2.3.4). */
export const OEmbedSchema = v.object({
  version: v.literal("1.0"),
  type: v.literal("rich"),
  provider_name: v.string(),
  provider_url: v.string(),
  title: v.string(),
  /** The iframe to paste: sandboxed, sized by attributes. */
  html: v.string(),
  width: Count,
  height: Count,
});

/** One write on a card: the card as it now is (any status). ETag is its version. */
export const CardResultSchema = v.object({ card: CardSchema });

/** A card in an editors' queue. */
export const CardSummarySchema = v.object({
  id: CardSchema.entries.id,
  version: Version,
  status: v.picklist(CARD_STATUSES),
  /** The claim's text. */
  claim: v.string(),
  verdict: CardSchema.entries.verdict,
  authors: CardSchema.entries.authors,
  updatedAt: IsoDate,
});
export const CardSummaryListSchema = v.object({ data: v.array(CardSummarySchema) });

/** One entry of the audit log. */
export const AuditEntrySchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  at: IsoDate,
  /** Who did it: the person's display name at the time. */
  actor: v.string(),
  /** The person's id (null for the loader and the bootstrap token, and entries from before people existed that no name matched). */
  actorPersonId: v.nullable(v.string()),
  /** The token used (null for the loader, the bootstrap token and entries from before people existed). */
  actorTokenId: v.nullable(v.string()),
  /** What was done: card.create, card.publish, token.revoke, … */
  action: v.string(),
  /** The id of the card, source or token it was done to. */
  subject: v.string(),
  versionBefore: v.nullable(Version),
  versionAfter: v.nullable(Version),
  /** What else the action recorded (a correction's or retraction's note); null if nothing. */
  detail: v.unknown(),
});
export const AuditHistorySchema = v.object({ data: v.array(AuditEntrySchema) });

/** `POST /v1/admin/sources`: the archived source without its text, with the text's hash and length. */
export const ArchivedSourceResultSchema = v.object({
  source: v.object({
    ...PublicSourceSchema.entries,
    /** Length of the snapshot text (UTF-16 code units). */
    length: Count,
  }),
});

/** `GET /v1/admin/sources/{id}` (and `/v1/sources/{id}` where archives are public): the full copy. */
export const FullSourceSchema = v.object({
  source: v.object({
    ...ArchivedSourceResultSchema.entries.source.entries,
    /** The text quotes are checked against: extracted from the captured page, or pasted. */
    text: v.string(),
  }),
});

/** A person of the newsroom: tokens belong to people, and every rule compares their ids. */
export const PersonSchema = v.object({
  id: v.string(),
  /** Unique after NFKC, whitespace collapsing and case folding. */
  name: v.string(),
  role: v.picklist(ROLES),
  createdAt: IsoDate,
  createdBy: v.string(),
  /** When the person (and with them every token of theirs) was revoked, or null. */
  revokedAt: v.nullable(IsoDate),
});
export const PersonListSchema = v.object({ data: v.array(PersonSchema) });
export const PersonResultSchema = v.object({ person: PersonSchema });

/** A correction proposed by one reviewer, waiting for a second person. */
export const CorrectionProposalSchema = v.object({
  id: v.string(),
  cardId: v.string(),
  /** The card version it corrects: approval needs the card to still be at it. */
  baseVersion: Version,
  /** The full corrected card, as proposed. */
  card: CardDraftSchema,
  /** The note readers will see under "Corrections". */
  note: v.string(),
  proposedBy: PersonRefSchema,
  proposedByToken: v.nullable(v.string()),
  proposedAt: IsoDate,
});
export const CorrectionResultSchema = v.object({ proposal: CorrectionProposalSchema });
export const CorrectionListSchema = v.object({ data: v.array(CorrectionProposalSchema) });
export const WithdrawnSchema = v.object({ withdrawn: v.string() });

/** A card's attachment to another article, proposed by one person and waiting for (or closed by) a second. */
export const AttachmentProposalSchema = v.object({
  id: v.string(),
  cardId: v.string(),
  /** The card version it was proposed for: approval needs the card unchanged since. */
  baseVersion: Version,
  /** The article, normalised. */
  url: v.string(),
  /** The sentence of the article the card checks. */
  anchor: AnchorSchema,
  /** The archived copy of the article the anchor was found in when proposed; null when the article is not archived. */
  articleSource: v.nullable(v.string()),
  proposedBy: PersonRefSchema,
  proposedByToken: v.nullable(v.string()),
  proposedAt: IsoDate,
  status: v.picklist(ATTACHMENT_STATUSES),
});
export const AttachmentResultSchema = v.object({ attachment: AttachmentProposalSchema });
/** An attachment in the reviewers' queue, with the card's claim and verdict to judge it by. */
export const QueuedAttachmentSchema = v.object({
  ...AttachmentProposalSchema.entries,
  card: v.object({ claim: v.string(), verdict: v.picklist(VERDICT_KEYS) }),
});
export const AttachmentListSchema = v.object({ data: v.array(QueuedAttachmentSchema) });
/** An approved attachment and the card as it now is (the article in `articles`, a new version; ETag is its version). */
export const AttachmentApprovedSchema = v.object({ attachment: AttachmentProposalSchema, card: CardSchema });

/** `POST /v1/admin/match`: one sentence of the article that repeats a published card's claim. */
export const ArticleMatchSchema = v.object({
  sentence: v.string(),
  /** Where the sentence starts and ends in the text sent (UTF-16 offsets). */
  start: Count,
  end: Count,
  /** A TextQuoteSelector ready to attach the card to this article. */
  anchor: AnchorSchema,
  /** 0 to 1; only matches at or above the threshold are listed. */
  score: v.number(),
  /** The claim's words (stemmed, one spelling per meaning) and numbers the sentence also has. */
  matched: v.array(v.string()),
  card: v.object({ id: v.string(), claim: v.string(), verdict: v.picklist(VERDICT_KEYS) }),
});
export const MatchResultSchema = v.object({
  /** The language given, else (for an address) the page's own; null if neither says. */
  lang: v.nullable(v.string()),
  /** For `{ url }`: the article's address, normalised (what a card is attached to); null for `{ text }`. */
  url: v.nullable(v.string()),
  /** For `{ url }`: the archived source the page was kept as (`created: false` when these bytes were archived before). */
  source: v.nullable(v.object({ id: v.string(), sha256: v.string(), created: v.boolean() })),
  /** For `{ url }`: the text extracted from the page, which the offsets and anchors refer to; null for `{ text }`. */
  text: v.nullable(v.string()),
  /** Sentences that said enough to be compared. */
  sentences: Count,
  matches: v.array(ArticleMatchSchema),
});

/** An API token as listed: never its secret, which is stored only as a hash. */
export const TokenSchema = v.object({
  id: v.string(),
  /** The person the token belongs to (null only for tokens older than people that no migration could place). */
  personId: v.nullable(v.string()),
  /** The person's display name. */
  name: v.string(),
  role: v.picklist(ROLES),
  createdAt: IsoDate,
  /** Who created it. */
  createdBy: v.string(),
  /** When it was revoked, or null while it is live. */
  revokedAt: v.nullable(IsoDate),
});
export const TokenListSchema = v.object({ data: v.array(TokenSchema) });

/** `POST /v1/admin/tokens`: the only response that ever shows the token. */
export const NewTokenSchema = v.object({
  id: v.string(),
  /** The person the token belongs to. */
  person: v.string(),
  name: v.string(),
  role: v.picklist(ROLES),
  /** The bearer token itself: store it now, it cannot be shown again. */
  token: v.string(),
});
