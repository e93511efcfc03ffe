import seedCard from "../../data/cards/protest-arrests-20000.json";
import { CardSchema } from "../domain/schema/card";
import { CardQuery, CardsForArticleQuery, EmbedQuery, OEmbedQuery, SearchQuery } from "../routes/query";
import { adminPaths } from "./admin-paths";
import { bookmarkComponents, withBookmark } from "./bookmark";
import { errorResponse as error, jsonContent as json, schemaComponents } from "./components";
import { deskPaths } from "./desk-paths";
import { jsonSchema, queryParameters } from "./json-schema";

const DEMO_ARTICLE = "https://news.example/2023/02/iran-amnesty";

/** Public routes need no credentials; an empty list says so explicitly. */
const open = { security: [] };
const publicErrors = {
  "400": error("Invalid query parameter; `issues` names each one"),
  "405": error("Method not allowed"),
  "429": error("Rate limited; see Retry-After"),
};
/** Any request, even to a route that takes no input: `boundedUrl` refuses over-long URLs. */
const urlTooLong = { "400": error("The request URL is too long") };
const cached = {
  ETag: { description: "Strong ETag; send it back as If-None-Match for a 304", schema: { type: "string" } },
  "Cache-Control": {
    description:
      "Browsers reuse the answer briefly and never serve it stale, so a retraction reaches readers within 60 s",
    schema: { type: "string", example: "public, max-age=30" },
  },
};

const describe = {
  url: "The article's URL; normalised (tracking parameters, fragment and trailing slash ignored)",
  lang: "Preferred language (BCP 47); text fields are translated where a translation exists",
  limit: "Page size, 1–50 (default 20)",
  cursor: "The `next` value of the previous page",
  q: "Words to search for, all required; words of 3+ letters also match as prefixes; the first 8 distinct words count",
  verdict: "Only cards with this verdict",
  format: "`jsonld` for schema.org ClaimReview",
};

/**
 * The OpenAPI 3.1 document, generated from the same valibot schemas that
 * validate requests and describe responses. A test compares its paths with
 * the app's routes, so a new route cannot go undocumented.
 */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "claimcards API",
      version: "1.0.0",
      // No public licence has been granted (package.json is private and names none).
      // SPDX allows a LicenseRef- identifier for exactly this.
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
      description:
        "Verified claim cards with attributions. Public reads are open to any origin (CORS), cached (ETag, Cache-Control) and rate limited per client.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/v1/cards": {
        get: {
          summary: "Published cards attached to an article, in reading order",
          operationId: "listCardsForArticle",
          ...open,
          parameters: queryParameters(CardsForArticleQuery, describe),
          responses: {
            "200": { description: "A page of cards", headers: cached, content: json("CardPage") },
            "304": { description: "Not modified (If-None-Match)" },
            ...publicErrors,
          },
        },
      },
      "/v1/cards/{id}": {
        get: {
          summary: "One published card, as JSON or as ClaimReview JSON-LD",
          operationId: "getCard",
          ...open,
          parameters: [
            { name: "id", in: "path", required: true, schema: jsonSchema(CardSchema.entries.id), example: seedCard.id },
            ...queryParameters(CardQuery, describe),
          ],
          responses: {
            "200": {
              description: "The card (or `application/ld+json` ClaimReview with Accept or ?format=jsonld)",
              headers: cached,
              content: {
                ...json("PublicCard"),
                "application/ld+json": {
                  schema: {
                    type: "object",
                    description: "schema.org ClaimReview (https://schema.org/ClaimReview)",
                    required: ["@context", "@type"],
                    properties: { "@context": { const: "https://schema.org" }, "@type": { const: "ClaimReview" } },
                  },
                },
              },
            },
            "304": { description: "Not modified (If-None-Match)" },
            "404": error("No published card with this id (drafts and retracted cards included)"),
            ...publicErrors,
          },
        },
      },
      "/v1/search": {
        get: {
          summary: "Full-text search over published cards, best match first",
          operationId: "searchCards",
          ...open,
          parameters: queryParameters(SearchQuery, describe),
          responses: {
            "200": { description: "A page of cards", headers: cached, content: json("CardPage") },
            ...publicErrors,
          },
        },
      },
      "/v1/openapi.json": {
        get: {
          summary: "This document",
          operationId: "openApi",
          ...open,
          responses: {
            "200": {
              description: "OpenAPI 3.1",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    description: "An OpenAPI 3.1 document",
                    required: ["openapi", "info", "paths"],
                    properties: {
                      openapi: { type: "string", pattern: "^3\\.1\\." },
                      info: {
                        type: "object",
                        required: ["title", "version"],
                        properties: { title: { type: "string" }, version: { type: "string" } },
                      },
                      paths: { type: "object" },
                    },
                  },
                },
              },
            },
            ...urlTooLong,
          },
        },
      },
      "/embed": {
        get: {
          summary: "The cards for an article as a complete, script-free HTML page (for iframes)",
          operationId: "embed",
          ...open,
          parameters: queryParameters(EmbedQuery, describe),
          responses: {
            "200": { description: "HTML", content: { "text/html": { schema: { type: "string" } } } },
            ...publicErrors,
          },
        },
      },
      "/oembed": {
        get: {
          summary: "oEmbed (rich) for an article: an iframe of /embed",
          operationId: "oembed",
          ...open,
          parameters: queryParameters(OEmbedQuery, describe),
          responses: {
            "200": { description: "oEmbed 1.0 rich response", content: json("OEmbed") },
            "501": error("Only format=json is supported"),
            ...publicErrors,
          },
        },
      },
      "/healthz": {
        get: {
          summary: "The Worker runs and the database answers",
          operationId: "health",
          ...open,
          responses: {
            "200": { description: "Healthy", content: json("Health") },
            ...urlTooLong,
            "503": { description: "Database unavailable", content: json("Health") },
          },
        },
      },
      ...withBookmark(adminPaths),
      ...withBookmark(deskPaths),
    } as Record<string, Record<string, unknown>>,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token from /v1/admin/tokens" },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "claimcards_desk",
          description: "A newsroom desk session (POST /desk/session); same-origin requests only",
        },
      },
      schemas: schemaComponents(),
      ...bookmarkComponents,
    },
    externalDocs: { description: "Demo article", url: DEMO_ARTICLE },
  };
}
