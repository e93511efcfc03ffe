import { CARD_STATUSES } from "../domain/schema/card";
import { CardDraftSchema, CorrectionRequestSchema, RetractionRequestSchema } from "../domain/workflow";
import { CreateTokenSchema } from "../domain/roles";
import { ArchiveSourceSchema, CaptureSourceSchema, PasteForCaptureSchema } from "../domain/schema/source";
import { jsonSchema } from "./json-schema";

const secured = { security: [{ bearer: [] }] };
const body = (schema: Record<string, unknown>, example?: unknown) => ({
  required: true,
  content: { "application/json": { schema, ...(example ? { example } : {}) } },
});
const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
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
const cardResult = { description: "The card after the change; ETag is its version", content: { "application/json": { schema: { type: "object", properties: { card: { $ref: "#/components/schemas/Card" } } } } } };
const versioned = {
  "404": error("No such card"),
  "409": error("The card is not in a state for this step"),
  "412": error("Stale If-Match: someone changed the card first"),
  "428": error("If-Match is required"),
};

function step(summary: string, requestBody?: unknown, extra: Record<string, unknown> = {}) {
  return {
    post: {
      summary,
      ...secured,
      parameters: [cardId, ifMatch],
      ...(requestBody ? { requestBody } : {}),
      responses: { "200": cardResult, ...versioned, ...extra, ...writeErrors },
    },
  };
}

const unverified = { "422": error("Fails verification or the two-person rule; `issues` lists every problem") };

/** The write API's paths (bearer token; roles editor < reviewer < admin). */
export const adminPaths = {
  "/v1/admin/cards": {
    get: {
      summary: "Cards in one status, most recently changed first (editor)",
      ...secured,
      parameters: [
        { name: "status", in: "query", required: true, schema: { enum: [...CARD_STATUSES] } },
        { name: "limit", in: "query", required: false, schema: { type: "string", pattern: "^\\d{1,3}$" } },
      ],
      responses: { "200": { description: "Summaries" }, ...writeErrors },
    },
    post: {
      summary: "Create a draft (editor)",
      ...secured,
      requestBody: body(jsonSchema(CardDraftSchema)),
      responses: { "201": cardResult, "409": error("A card with this id exists"), ...writeErrors },
    },
  },
  "/v1/admin/cards/{id}": {
    get: { summary: "Any card, whatever its status (editor)", ...secured, parameters: [cardId], responses: { "200": cardResult, "404": error("No such card"), ...writeErrors } },
    put: {
      summary: "Replace a draft's content; a card in review returns to draft (editor)",
      ...secured,
      parameters: [cardId, ifMatch],
      requestBody: body(jsonSchema(CardDraftSchema)),
      responses: { "200": cardResult, ...versioned, ...writeErrors },
    },
  },
  "/v1/admin/cards/{id}/history": {
    get: { summary: "The card's audit log, oldest first (editor)", ...secured, parameters: [cardId], responses: { "200": { description: "Audit entries" }, "404": error("No such card"), ...writeErrors } },
  },
  "/v1/admin/cards/{id}/submit": step("Submit a draft for review (editor)"),
  "/v1/admin/cards/{id}/publish": step("Publish: verify quotes against archived sources and enforce the two-person rule (reviewer)", undefined, unverified),
  "/v1/admin/cards/{id}/correct": step("Publish a corrected version with a note readers see (reviewer)", body(jsonSchema(CorrectionRequestSchema)), unverified),
  "/v1/admin/cards/{id}/retract": step("Retract: gone from public responses; its id answers 410 with the note (reviewer)", body(jsonSchema(RetractionRequestSchema))),
  "/v1/admin/sources": {
    post: {
      summary:
        "Archive a source (editor). `{ url }`: the Worker captures the page (http/https, public addresses only, ≤5 redirects, ≤5 MB, HTML/text/PDF), keeps the exact bytes in R2 and extracts the text quotes are checked against; the same bytes again return the existing source (200). With `text`: a pasted snapshot, optionally for a stored `capture` (the bytes' SHA-256 from a PDF's 422). Hashes are computed here.",
      ...secured,
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: { oneOf: [jsonSchema(CaptureSourceSchema), jsonSchema(ArchiveSourceSchema), jsonSchema(PasteForCaptureSchema)] },
            example: { url: "https://news.example/2024/03/classrooms" },
          },
        },
      },
      responses: {
        ...writeErrors,
        "200": { description: "These bytes were captured before: the existing source" },
        "201": { description: "The archived source's metadata, hashes and archive details (no text)" },
        "409": error("A source with this id exists"),
        "413": error("The page (5 MB) or its text is too large"),
        "415": error("Not HTML, plain text or PDF (or the request body is not JSON)"),
        "422": error("A refused address (not public, after any redirect), no readable text, or a PDF: its bytes are kept and its text must be pasted"),
        "502": error("The publisher's server failed, could not be reached or redirected too often"),
        "504": error("The page did not arrive in time"),
      },
    },
  },
  "/v1/admin/sources/{id}": {
    get: { summary: "An archived source in full: metadata, archive details and text (editor)", ...secured, parameters: [cardId], responses: { "200": { description: "The full copy" }, "404": error("No such source"), ...writeErrors } },
  },
  "/v1/admin/sources/{id}/raw": {
    get: {
      summary: "The captured bytes, exactly as fetched, as a download (attachment, sandboxed) (editor)",
      ...secured,
      parameters: [cardId],
      responses: { "200": { description: "The captured page" }, "404": error("No such source, or it was pasted"), ...writeErrors },
    },
  },
  // Full copies for readers: 404 unless the operator sets PUBLIC_ARCHIVE = "true".
  "/v1/sources/{id}": {
    get: { summary: "An archived source in full, when the operator makes archives public (PUBLIC_ARCHIVE)", parameters: [cardId], responses: { "200": { description: "The full copy" }, "404": error("No such source, or full copies are not public here") } },
  },
  "/v1/sources/{id}/raw": {
    get: { summary: "The captured bytes as a download, when the operator makes archives public (PUBLIC_ARCHIVE)", parameters: [cardId], responses: { "200": { description: "The captured page (attachment, sandboxed)" }, "404": error("No such source, not captured, or full copies are not public here") } },
  },
  "/v1/admin/tokens": {
    get: { summary: "List tokens, without secrets (admin)", ...secured, responses: { "200": { description: "Tokens" }, ...writeErrors } },
    post: {
      summary: "Create a token; the response is the only time it is shown (admin)",
      ...secured,
      requestBody: body(jsonSchema(CreateTokenSchema), { name: "Ben Reviewer", role: "reviewer" }),
      responses: { "201": { description: "The new token" }, ...writeErrors },
    },
  },
  "/v1/admin/tokens/{id}": {
    delete: {
      summary: "Revoke a token (admin)",
      ...secured,
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "204": { description: "Revoked" }, "404": error("No live token with this id"), ...writeErrors },
    },
  },
};
