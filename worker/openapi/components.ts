import seedCard from "../../data/cards/protest-arrests-20000.json";
import { CardSchema } from "../domain/schema/card";
import { CardPageSchema, ErrorSchema, PublicCardSchema } from "../domain/schema/public-card";
import { componentSchemas } from "./json-schema";
import * as responses from "./response-schemas";

/**
 * Every named schema of the document, as valibot schemas. Where one appears
 * inside another (a PublicCard in a CardPage), the generated JSON Schema
 * refers to it instead of repeating it.
 */
export const namedSchemas = {
  Error: ErrorSchema,
  PublicCard: PublicCardSchema,
  CardPage: CardPageSchema,
  Card: CardSchema,
  CardResult: responses.CardResultSchema,
  CardSummary: responses.CardSummarySchema,
  CardSummaryList: responses.CardSummaryListSchema,
  AuditEntry: responses.AuditEntrySchema,
  AuditHistory: responses.AuditHistorySchema,
  ArchivedSourceResult: responses.ArchivedSourceResultSchema,
  FullSource: responses.FullSourceSchema,
  Token: responses.TokenSchema,
  TokenList: responses.TokenListSchema,
  NewToken: responses.NewTokenSchema,
  MatchResult: responses.MatchResultSchema,
  Person: responses.PersonSchema,
  PersonList: responses.PersonListSchema,
  PersonResult: responses.PersonResultSchema,
  CorrectionProposal: responses.CorrectionProposalSchema,
  CorrectionResult: responses.CorrectionResultSchema,
  CorrectionList: responses.CorrectionListSchema,
  Withdrawn: responses.WithdrawnSchema,
  AttachmentProposal: responses.AttachmentProposalSchema,
  AttachmentResult: responses.AttachmentResultSchema,
  QueuedAttachment: responses.QueuedAttachmentSchema,
  AttachmentList: responses.AttachmentListSchema,
  AttachmentApproved: responses.AttachmentApprovedSchema,
  OEmbed: responses.OEmbedSchema,
  Health: responses.HealthSchema,
};

export type SchemaName = keyof typeof namedSchemas;

/** A reference to a named schema: a typo is a type error, not a dangling $ref. */
export const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

/** A JSON response whose body is a named schema. */
export const jsonContent = (name: SchemaName, example?: unknown) => ({
  "application/json": { schema: ref(name), ...(example ? { example } : {}) },
});

/** An error response: always the one error shape. */
export const errorResponse = (description: string) => ({ description, content: jsonContent("Error") });

/** `components.schemas`, with descriptions and examples added where they help readers. */
export function schemaComponents() {
  const schemas = componentSchemas(namedSchemas);
  return {
    ...schemas,
    CardPage: { ...schemas.CardPage, example: { data: [], next: null } },
    Card: { ...schemas.Card, description: "A card as editors write it", example: seedCard },
    CardResult: {
      ...schemas.CardResult,
      description: "A card after a change, any status; the ETag header is its version",
    },
    Token: { ...schemas.Token, description: "An API token, without its secret (stored only as a hash)" },
    NewToken: { ...schemas.NewToken, description: "A new token: the only response that ever shows `token`" },
    AuditEntry: {
      ...schemas.AuditEntry,
      description: "One entry of the audit log; `detail` holds what the action recorded (a note), or null",
    },
  };
}
