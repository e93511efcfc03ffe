import { CARD_STATUSES } from "../domain/schema/card";
import { CardDraftSchema, CorrectionRequestSchema, RetractionRequestSchema } from "../domain/workflow";
import { CreateTokenSchema } from "../domain/roles";
import { ArchiveSourceSchema } from "../domain/schema/source";
import { MatchRequestSchema } from "../domain/matching/match-request";
import { errorResponse as error, jsonContent, type SchemaName } from "./components";
import { jsonSchema } from "./json-schema";

/** Every admin operation needs a bearer token (the `bearer` security scheme). */
const secured = { security: [{ bearer: [] }] };
const body = (schema: Record<string, unknown>, example?: unknown) => ({
  required: true,
  content: { "application/json": { schema, ...(example ? { example } : {}) } },
});
const ok = (description: string, schema: SchemaName) => ({ description, content: jsonContent(schema) });
const writeErrors = {
  "400": error("Invalid body or If-Match; `issues` names each field"),
  "401": error("Missing, unknown or revoked token"),
  "403": error("The token's role does not allow this"),
  "413": error("Body too large"),
  "415": error("Body is not application/json"),
  "429": error("Rate limited"),
};
const ifMatch = { name: "If-Match", in: "header", required: true, description: "The card version this change is based on", schema: { type: "string", example: "3" } };
const cardId = { name: "id", in: "path", required: true, schema: { type: "string" } };
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

const unverified = { "422": error("Fails verification or the two-person rule; `issues` lists every problem") };

/**
 * The write API's paths (bearer token; roles editor < reviewer < admin).
 * operationIds are what generated clients name their methods: keep them stable.
 */
export const adminPaths = {
  "/v1/admin/match": {
    post: {
      summary: "The sentences of an article that repeat a published card's claim, with anchors (editor)",
      operationId: "adminMatchArticle",
      ...secured,
      requestBody: body(jsonSchema(MatchRequestSchema), { text: "Rights groups say some 20000 protesters have been detained.", lang: "en" }),
      responses: { "200": ok("Matches, in reading order", "MatchResult"), ...writeErrors },
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
      responses: { "200": ok("The card; ETag is its version", "CardResult"), "404": error("No such card"), ...writeErrors },
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
  "/v1/admin/cards/{id}/publish": step(
    "adminPublishCard",
    "Publish: verify quotes against archived sources and enforce the two-person rule (reviewer)",
    undefined,
    unverified,
  ),
  "/v1/admin/cards/{id}/correct": step(
    "adminCorrectCard",
    "Publish a corrected version with a note readers see (reviewer)",
    body(jsonSchema(CorrectionRequestSchema)),
    unverified,
  ),
  "/v1/admin/cards/{id}/retract": step(
    "adminRetractCard",
    "Retract: gone from public responses; its id answers 410 with the note (reviewer)",
    body(jsonSchema(RetractionRequestSchema)),
  ),
  "/v1/admin/sources": {
    post: {
      summary: "Archive a source; its SHA-256 is computed here (editor)",
      operationId: "adminArchiveSource",
      ...secured,
      requestBody: body(jsonSchema(ArchiveSourceSchema)),
      responses: {
        "201": ok("The archived source's metadata, hash and length", "ArchivedSourceResult"),
        "409": error("A source with this id exists"),
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
      requestBody: body(jsonSchema(CreateTokenSchema), { name: "Ben Reviewer", role: "reviewer" }),
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
