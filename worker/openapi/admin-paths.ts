import { PURGE_HEADER, PURGE_REACHES, RETRACTION_BOUND_S, UNPURGED_BOUND_S } from "../../common/purge-reach";
import { ATTACHMENT_STATUSES, AttachmentRequestSchema } from "../domain/attachments";
import { MatchRequestSchema, MatchUrlRequestSchema } from "../domain/matching/match-request";
import { CreateTokenSchema } from "../domain/roles";
import { CARD_STATUSES } from "../domain/schema/card";
import { CreatePersonSchema } from "../domain/schema/person";
import { ArchiveSourceSchema, CaptureSourceSchema, PasteForCaptureSchema } from "../domain/schema/source";
import { CardDraftSchema, CorrectionRequestSchema, RetractionRequestSchema } from "../domain/workflow";
import { errorResponse as error, jsonContent, type SchemaName } from "./components";
import { jsonSchema } from "./json-schema";

/** Every admin operation needs a bearer token, or a desk session cookie from this origin. */
const secured = { security: [{ bearer: [] }, { session: [] }] };
const body = (schema: Record<string, unknown>, example?: unknown) => ({
  required: true,
  content: { "application/json": { schema, ...(example ? { example } : {}) } },
});
const ok = (description: string, schema: SchemaName) => ({ description, content: jsonContent(schema) });
const writeErrors = {
  "400": error("Invalid body, If-Match or x-d1-bookmark; `issues` names each field"),
  "401": error("Missing, unknown or revoked token"),
  "403": error("The token's role does not allow this"),
  "413": error("Body too large"),
  "415": error("Body is not application/json"),
  "429": error("Rate limited"),
};
const ifMatch = {
  name: "If-Match",
  in: "header",
  required: true,
  description: "The card version this change is based on",
  schema: { type: "string", example: "3" },
};
const cardId = { name: "id", in: "path", required: true, schema: { type: "string" } };
const personId = { name: "id", in: "path", required: true, schema: { type: "string" } };
const sourceId = { name: "id", in: "path", required: true, schema: { type: "string" } };
const attachmentId = {
  name: "id",
  in: "path",
  required: true,
  description: "The attachment proposal's id",
  schema: { type: "string" },
};
/** A captured page as a download: the publisher's exact bytes, never rendered on our origin. */
const capturedBytes = {
  description: "The captured page (Content-Disposition: attachment; CSP sandbox; nosniff)",
  content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
};
const cardResult = ok("The card after the change; ETag is its version", "CardResult");
const versioned = {
  "404": error("No such card"),
  "409": error("The card is not in a state for this step"),
  "412": error("Stale If-Match: someone changed the card first"),
  "428": error("If-Match is required"),
};

/** One workflow step on a card: `POST /v1/admin/cards/{id}/<step>` with If-Match. */
function step(operationId: string, summary: string, requestBody?: unknown, extra: Record<string, unknown> = {}) {
  return {
    post: {
      summary,
      operationId,
      ...secured,
      parameters: [cardId, ifMatch],
      ...(requestBody ? { requestBody } : {}),
      responses: { "200": cardResult, ...versioned, ...extra, ...writeErrors },
    },
  };
}

/** A change readers see: its answer says how far the purge of cached public answers reached. */
const purgeReach = {
  [PURGE_HEADER]: {
    description: `How far the purge of cached public answers reached: \`everywhere\` (every reader sees the change within ${RETRACTION_BOUND_S} s), \`this-location\` (no purge API is configured: other locations keep their copies until they expire, within ${UNPURGED_BOUND_S / 60} minutes) or \`failed\` (the purge API refused or did not answer; the change stands; within ${UNPURGED_BOUND_S / 60} minutes)`,
    schema: { enum: [...PURGE_REACHES] },
  },
};

/** The operation with the purge's reach documented on its success answer. */
function purging<Item extends { post: { responses: { "200": object } } }>(item: Item): Item {
  const responses = item.post.responses;
  return {
    ...item,
    post: { ...item.post, responses: { ...responses, "200": { ...responses["200"], headers: purgeReach } } },
  };
}

const unverified = { "422": error("Fails verification or the two-person rule; `issues` lists every problem") };

/**
 * The write API's paths (bearer token; roles editor < reviewer < admin).
 * operationIds are what generated clients name their methods: keep them stable.
 */
export const adminPaths = {
  "/v1/admin/match": {
    post: {
      summary:
        "The sentences of an article that repeat a published card's claim, with anchors (editor). `{ text }`: at most 100,000 characters and 1,000 sentences (413 beyond). `{ url }`: the Worker captures the page like `POST /v1/admin/sources` (same address checks and limits), keeps it as an archived source, and matches its text; the answer names the normalised address, the source and the text.",
      operationId: "adminMatchArticle",
      ...secured,
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: { oneOf: [jsonSchema(MatchRequestSchema), jsonSchema(MatchUrlRequestSchema)] },
            example: { text: "Rights groups say some 20000 protesters have been detained.", lang: "en" },
          },
        },
      },
      responses: {
        "200": ok("Matches, in reading order", "MatchResult"),
        ...writeErrors,
        "413": error(
          "The text (or the captured page's text) is beyond 100,000 characters or 1,000 sentences, or the page beyond 5 MB",
        ),
        "415": error("The page is not HTML, plain text or PDF (or the request body is not JSON)"),
        "422": error("A refused address (not public, after any redirect), no readable text, or a PDF"),
        "502": error("The publisher's server failed, could not be reached or redirected too often"),
        "504": error("The page did not arrive in time"),
      },
    },
  },
  "/v1/admin/cards": {
    get: {
      summary: "Cards in one status, most recently changed first (editor)",
      operationId: "adminListCards",
      ...secured,
      parameters: [
        { name: "status", in: "query", required: true, schema: { enum: [...CARD_STATUSES] } },
        { name: "limit", in: "query", required: false, schema: { type: "string", pattern: "^\\d{1,3}$" } },
      ],
      responses: { "200": ok("Summaries", "CardSummaryList"), ...writeErrors },
    },
    post: {
      summary: "Create a draft (editor)",
      operationId: "adminCreateCard",
      ...secured,
      requestBody: body(jsonSchema(CardDraftSchema)),
      responses: { "201": cardResult, "409": error("A card with this id exists"), ...writeErrors },
    },
  },
  "/v1/admin/cards/{id}": {
    get: {
      summary: "Any card, whatever its status (editor)",
      operationId: "adminGetCard",
      ...secured,
      parameters: [cardId],
      responses: {
        "200": ok("The card; ETag is its version", "CardResult"),
        "404": error("No such card"),
        ...writeErrors,
      },
    },
    put: {
      summary: "Replace a draft's content; a card in review returns to draft (editor)",
      operationId: "adminUpdateCard",
      ...secured,
      parameters: [cardId, ifMatch],
      requestBody: body(jsonSchema(CardDraftSchema)),
      responses: { "200": cardResult, ...versioned, ...writeErrors },
    },
  },
  "/v1/admin/cards/{id}/history": {
    get: {
      summary: "The card's audit log, oldest first (editor)",
      operationId: "adminGetCardHistory",
      ...secured,
      parameters: [cardId],
      responses: { "200": ok("Audit entries", "AuditHistory"), "404": error("No such card"), ...writeErrors },
    },
  },
  "/v1/admin/cards/{id}/submit": step("adminSubmitCard", "Submit a draft for review (editor)"),
  "/v1/admin/cards/{id}/publish": purging(
    step(
      "adminPublishCard",
      "Publish: verify quotes against archived sources and enforce the two-person rule (reviewer)",
      undefined,
      unverified,
    ),
  ),
  "/v1/admin/corrections": {
    get: {
      summary: "Every pending correction, oldest first (editor)",
      operationId: "adminListPendingCorrections",
      ...secured,
      parameters: [
        { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 50 } },
      ],
      responses: { "200": ok("`data`: pending proposals", "CorrectionList"), ...writeErrors },
    },
  },
  "/v1/admin/cards/{id}/corrections": {
    get: {
      summary: "The pending correction, if any (editor)",
      operationId: "adminGetPendingCorrection",
      ...secured,
      parameters: [cardId],
      responses: {
        "200": ok("`data`: zero or one proposal", "CorrectionList"),
        "404": error("No such card"),
        ...writeErrors,
      },
    },
    post: {
      summary:
        "Propose a correction: the full corrected card and the note readers will see; nothing public changes yet (reviewer)",
      operationId: "adminProposeCorrection",
      ...secured,
      parameters: [cardId, ifMatch],
      requestBody: body(jsonSchema(CorrectionRequestSchema)),
      responses: {
        "201": ok("The pending proposal", "CorrectionResult"),
        ...versioned,
        "409": error("Not published, or a correction is already pending"),
        ...unverified,
        ...writeErrors,
      },
    },
  },
  "/v1/admin/cards/{id}/corrections/approve": purging(
    step(
      "adminApproveCorrection",
      "Approve the pending correction: someone other than its proposer, the authors and the card's writers; verified like publishing (reviewer)",
      undefined,
      unverified,
    ),
  ),
  "/v1/admin/cards/{id}/corrections/withdraw": {
    post: {
      summary: "Withdraw the pending correction (its proposer, or an admin)",
      operationId: "adminWithdrawCorrection",
      ...secured,
      parameters: [cardId],
      responses: {
        "200": ok("Withdrawn: the proposal's id", "Withdrawn"),
        "404": error("None pending"),
        ...writeErrors,
      },
    },
  },
  "/v1/admin/cards/{id}/attachments": {
    post: {
      summary:
        "Propose showing a published card beside another article, anchored to one of its sentences; the anchor is checked against the archived article when there is one; nothing public changes until a second person approves (editor)",
      operationId: "adminProposeAttachment",
      ...secured,
      parameters: [cardId],
      requestBody: body(jsonSchema(AttachmentRequestSchema), {
        url: "https://news.example/2023/02/iran-amnesty-follow-up",
        anchor: { exact: "Rights groups now put the number of people detained over the protests at some 20,000." },
      }),
      responses: {
        "201": ok("The pending proposal", "AttachmentResult"),
        "404": error("No such card"),
        "409": error("Not published, already attached to this article, or the same attachment is already pending"),
        ...unverified,
        ...writeErrors,
      },
    },
  },
  "/v1/admin/attachments": {
    get: {
      summary: "Proposed attachments in one status (default pending), oldest first: the reviewers' queue (editor)",
      operationId: "adminListAttachments",
      ...secured,
      parameters: [
        { name: "status", in: "query", required: false, schema: { enum: [...ATTACHMENT_STATUSES] } },
        { name: "limit", in: "query", required: false, schema: { type: "string", pattern: "^\\d{1,3}$" } },
      ],
      responses: { "200": ok("Proposals, with each card's claim and verdict", "AttachmentList"), ...writeErrors },
    },
  },
  "/v1/admin/attachments/{id}/approve": purging({
    post: {
      summary:
        "Approve a pending attachment: someone other than its proposer, the card's authors and writers; the card gets the article, verified again (reviewer)",
      operationId: "adminApproveAttachment",
      ...secured,
      parameters: [attachmentId],
      responses: {
        "200": ok("The attachment and the card as it now is; ETag is its version", "AttachmentApproved"),
        "404": error("No such attachment"),
        "409": error("Not pending, the card is no longer published, or it changed since the proposal"),
        "412": error("Someone changed the card or the proposal first"),
        ...unverified,
        ...writeErrors,
      },
    },
  }),
  "/v1/admin/attachments/{id}/withdraw": {
    post: {
      summary: "Withdraw a pending attachment (its proposer), or turn it down (a reviewer or admin)",
      operationId: "adminWithdrawAttachment",
      ...secured,
      parameters: [attachmentId],
      responses: {
        "200": ok("Withdrawn: the proposal's id", "Withdrawn"),
        "404": error("No such attachment"),
        "409": error("Not pending"),
        ...writeErrors,
      },
    },
  },
  "/v1/admin/cards/{id}/retract": purging(
    step(
      "adminRetractCard",
      "Retract: gone from public responses; its id answers 410 with the note (reviewer)",
      body(jsonSchema(RetractionRequestSchema)),
    ),
  ),
  "/v1/admin/sources": {
    get: {
      summary:
        "The archived copy of an article, found by its address (as written or normalised, the newest if several): the text its cards' anchors are checked against (editor)",
      operationId: "adminFindArchivedArticle",
      ...secured,
      parameters: [
        {
          name: "url",
          in: "query",
          required: true,
          description: "The article's address",
          schema: { type: "string", format: "uri" },
        },
      ],
      responses: {
        "200": ok("The full copy", "FullSource"),
        "404": error("No archived copy of this article"),
        ...writeErrors,
      },
    },
    post: {
      summary:
        "Archive a source (editor). `{ url }`: the Worker captures the page (http/https, public addresses only, ≤5 redirects, ≤5 MB, HTML/text/PDF), keeps the exact bytes in R2 and extracts the text quotes are checked against; the same bytes again return the existing source (200). With `text`: a pasted snapshot, optionally for a stored `capture` (the bytes' SHA-256 from a PDF's 422). Hashes are computed here.",
      operationId: "adminArchiveSource",
      ...secured,
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              oneOf: [
                jsonSchema(CaptureSourceSchema),
                jsonSchema(ArchiveSourceSchema),
                jsonSchema(PasteForCaptureSchema),
              ],
            },
            example: { url: "https://news.example/2024/03/classrooms" },
          },
        },
      },
      responses: {
        ...writeErrors,
        "200": ok("These bytes were captured before: the existing source", "ArchivedSourceResult"),
        "201": ok("The archived source's metadata, hashes and archive details (no text)", "ArchivedSourceResult"),
        "409": error("A source with this id exists"),
        "413": error("The page (5 MB) or its text is too large"),
        "415": error("Not HTML, plain text or PDF (or the request body is not JSON)"),
        "422": error(
          "A refused address (not public, after any redirect), no readable text, or a PDF: its bytes are kept and its text must be pasted",
        ),
        "502": error("The publisher's server failed, could not be reached or redirected too often"),
        "504": error("The page did not arrive in time"),
      },
    },
  },
  "/v1/admin/sources/{id}": {
    get: {
      summary: "An archived source in full: metadata, archive details and text (editor)",
      operationId: "adminGetSource",
      ...secured,
      parameters: [sourceId],
      responses: { "200": ok("The full copy", "FullSource"), "404": error("No such source"), ...writeErrors },
    },
  },
  "/v1/admin/sources/{id}/raw": {
    get: {
      summary: "The captured bytes, exactly as fetched, as a download (attachment, sandboxed) (editor)",
      operationId: "adminGetSourceCapture",
      ...secured,
      parameters: [sourceId],
      responses: { "200": capturedBytes, "404": error("No such source, or it was pasted"), ...writeErrors },
    },
  },
  // Full copies for readers: 404 unless the operator sets PUBLIC_ARCHIVE = "true".
  "/v1/sources/{id}": {
    get: {
      summary: "An archived source in full, when the operator makes archives public (PUBLIC_ARCHIVE)",
      operationId: "getSource",
      security: [],
      parameters: [sourceId],
      responses: {
        "200": ok("The full copy", "FullSource"),
        "404": error("No such source, or full copies are not public here"),
      },
    },
  },
  "/v1/sources/{id}/raw": {
    get: {
      summary: "The captured bytes as a download, when the operator makes archives public (PUBLIC_ARCHIVE)",
      operationId: "getSourceCapture",
      security: [],
      parameters: [sourceId],
      responses: {
        "200": capturedBytes,
        "404": error("No such source, not captured, or full copies are not public here"),
      },
    },
  },
  "/v1/admin/people": {
    get: {
      summary: "List people (admin)",
      operationId: "adminListPeople",
      ...secured,
      responses: { "200": ok("People", "PersonList"), ...writeErrors },
    },
    post: {
      summary: "Add a person; a name equal to another's after NFKC, whitespace and case folding is refused (admin)",
      operationId: "adminCreatePerson",
      ...secured,
      requestBody: body(jsonSchema(CreatePersonSchema), { name: "Ben Reviewer", role: "reviewer" }),
      responses: {
        "201": ok("The new person", "Person"),
        "409": error("The name is already a person's; the message names them"),
        ...writeErrors,
      },
    },
  },
  "/v1/admin/people/{id}": {
    get: {
      summary: "One person (admin)",
      operationId: "adminGetPerson",
      ...secured,
      parameters: [personId],
      responses: { "200": ok("The person", "PersonResult"), "404": error("No such person"), ...writeErrors },
    },
    delete: {
      summary: "Revoke a person and every token of theirs (admin)",
      operationId: "adminRevokePerson",
      ...secured,
      parameters: [personId],
      responses: {
        "204": { description: "Revoked" },
        "404": error("No unrevoked person with this id"),
        ...writeErrors,
      },
    },
  },
  "/v1/admin/tokens": {
    get: {
      summary: "List tokens, without secrets (admin)",
      operationId: "adminListTokens",
      ...secured,
      responses: { "200": ok("Tokens, oldest first", "TokenList"), ...writeErrors },
    },
    post: {
      summary: "Create a token; the response is the only time it is shown (admin)",
      operationId: "adminCreateToken",
      ...secured,
      requestBody: body(jsonSchema(CreateTokenSchema), { person: "daniel-okafor" }),
      responses: { "201": ok("The new token", "NewToken"), ...writeErrors },
    },
  },
  "/v1/admin/tokens/{id}": {
    delete: {
      summary: "Revoke a token (admin)",
      operationId: "adminRevokeToken",
      ...secured,
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "204": { description: "Revoked" }, "404": error("No live token with this id"), ...writeErrors },
    },
  },
};
