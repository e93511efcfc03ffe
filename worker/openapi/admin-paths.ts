import { CARD_STATUSES } from "../domain/schema/card";
import { CardDraftSchema, CorrectionRequestSchema, RetractionRequestSchema } from "../domain/workflow";
import { CreateTokenSchema } from "../domain/roles";
import { CreatePersonSchema } from "../domain/schema/person";
import { ArchiveSourceSchema } from "../domain/schema/source";
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
  "/v1/admin/cards/{id}/correct": {
    post: { summary: "Gone: corrections need a second person (see /corrections)", ...secured, parameters: [cardId], responses: { "410": error("Use POST /v1/admin/cards/{id}/corrections"), ...writeErrors } },
  },
  "/v1/admin/cards/{id}/corrections": {
    get: { summary: "The pending correction, if any (editor)", ...secured, parameters: [cardId], responses: { "200": { description: "`data`: zero or one proposal" }, "404": error("No such card"), ...writeErrors } },
    post: {
      summary: "Propose a correction: the full corrected card and the note readers will see; nothing public changes yet (reviewer)",
      ...secured,
      parameters: [cardId, ifMatch],
      requestBody: body(jsonSchema(CorrectionRequestSchema)),
      responses: { "201": { description: "The pending proposal" }, ...versioned, "409": error("Not published, or a correction is already pending"), ...unverified, ...writeErrors },
    },
  },
  "/v1/admin/cards/{id}/corrections/approve": step(
    "Approve the pending correction: someone other than its proposer, the authors and the card's writers; verified like publishing (reviewer)",
    undefined,
    unverified,
  ),
  "/v1/admin/cards/{id}/corrections/withdraw": {
    post: { summary: "Withdraw the pending correction (its proposer, or an admin)", ...secured, parameters: [cardId], responses: { "200": { description: "Withdrawn" }, "404": error("None pending"), ...writeErrors } },
  },
  "/v1/admin/cards/{id}/retract": step("Retract: gone from public responses; its id answers 410 with the note (reviewer)", body(jsonSchema(RetractionRequestSchema))),
  "/v1/admin/sources": {
    post: {
      summary: "Archive a source; its SHA-256 is computed here (editor)",
      ...secured,
      requestBody: body(jsonSchema(ArchiveSourceSchema)),
      responses: { "201": { description: "The archived source's metadata and hash" }, "409": error("A source with this id exists"), ...writeErrors },
    },
  },
  "/v1/admin/people": {
    get: { summary: "List people (admin)", ...secured, responses: { "200": { description: "People" }, ...writeErrors } },
    post: {
      summary: "Add a person; a name equal to another's after NFKC, whitespace and case folding is refused (admin)",
      ...secured,
      requestBody: body(jsonSchema(CreatePersonSchema), { name: "Ben Reviewer", role: "reviewer" }),
      responses: { "201": { description: "The new person" }, "409": error("The name is already a person's; the message names them"), ...writeErrors },
    },
  },
  "/v1/admin/people/{id}": {
    get: { summary: "One person (admin)", ...secured, parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "The person" }, "404": error("No such person"), ...writeErrors } },
    delete: {
      summary: "Revoke a person and every token of theirs (admin)",
      ...secured,
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "204": { description: "Revoked" }, "404": error("No unrevoked person with this id"), ...writeErrors },
    },
  },
  "/v1/admin/tokens": {
    get: { summary: "List tokens, without secrets (admin)", ...secured, responses: { "200": { description: "Tokens" }, ...writeErrors } },
    post: {
      summary: "Create a token; the response is the only time it is shown (admin)",
      ...secured,
      requestBody: body(jsonSchema(CreateTokenSchema), { person: "daniel-okafor" }),
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
