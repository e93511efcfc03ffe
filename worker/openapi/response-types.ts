import type { hc, InferResponseType } from "hono/client";
import type { JSONParsed } from "hono/utils/types";
import type * as v from "valibot";
import type { ErrorSchema } from "../domain/schema/public-card";
import type { AppType } from "../index";
import type * as s from "./response-schemas";

/**
 * Compile-time proof that each documented response schema is exactly what its
 * route returns, as Hono infers it from the handler (the same types the typed
 * client gets). Types only: nothing here runs, and the Worker never imports it.
 */

type Client = ReturnType<typeof hc<AppType>>;
type Admin = Client["v1"]["admin"];
type Card = Admin["cards"][":id"];

/** The JSON a client receives for a valibot schema's output. */
type Served<Schema extends v.GenericSchema> = JSONParsed<v.InferOutput<Schema>>;
/** True only when both types accept exactly the same values. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** A response body matches its schema. */
type Documents<Schema extends v.GenericSchema, Body> = Same<Served<Schema>, Body>;

type Checks = {
  health: Documents<typeof s.HealthSchema, InferResponseType<Client["healthz"]["$get"]>>;
  oembed: Documents<typeof s.OEmbedSchema, InferResponseType<Client["oembed"]["$get"], 200>>;
  listCards: Documents<typeof s.CardSummaryListSchema, InferResponseType<Admin["cards"]["$get"], 200>>;
  createCard: Documents<typeof s.CardResultSchema, InferResponseType<Admin["cards"]["$post"], 201>>;
  getCard: Documents<typeof s.CardResultSchema, InferResponseType<Card["$get"], 200>>;
  updateCard: Documents<typeof s.CardResultSchema, InferResponseType<Card["$put"], 200>>;
  history: Documents<typeof s.AuditHistorySchema, InferResponseType<Card["history"]["$get"], 200>>;
  submit: Documents<typeof s.CardResultSchema, InferResponseType<Card["submit"]["$post"], 200>>;
  publish: Documents<typeof s.CardResultSchema, InferResponseType<Card["publish"]["$post"], 200>>;
  retract: Documents<typeof s.CardResultSchema, InferResponseType<Card["retract"]["$post"], 200>>;
  archiveSource: Documents<typeof s.ArchivedSourceResultSchema, InferResponseType<Admin["sources"]["$post"], 201>>;
  archivedArticle: Documents<typeof s.FullSourceSchema, InferResponseType<Admin["sources"]["$get"], 200>>;
  listTokens: Documents<typeof s.TokenListSchema, InferResponseType<Admin["tokens"]["$get"], 200>>;
  createToken: Documents<typeof s.NewTokenSchema, InferResponseType<Admin["tokens"]["$post"], 201>>;
  match: Documents<typeof s.MatchResultSchema, InferResponseType<Admin["match"]["$post"], 200>>;
  listPeople: Documents<typeof s.PersonListSchema, InferResponseType<Admin["people"]["$get"], 200>>;
  createPerson: Documents<typeof s.PersonSchema, InferResponseType<Admin["people"]["$post"], 201>>;
  getPerson: Documents<typeof s.PersonResultSchema, InferResponseType<Admin["people"][":id"]["$get"], 200>>;
  pendingCorrection: Documents<typeof s.CorrectionListSchema, InferResponseType<Card["corrections"]["$get"], 200>>;
  proposeCorrection: Documents<typeof s.CorrectionResultSchema, InferResponseType<Card["corrections"]["$post"], 201>>;
  approveCorrection: Documents<
    typeof s.CardResultSchema,
    InferResponseType<Card["corrections"]["approve"]["$post"], 200>
  >;
  withdrawCorrection: Documents<
    typeof s.WithdrawnSchema,
    InferResponseType<Card["corrections"]["withdraw"]["$post"], 200>
  >;
  proposeAttachment: Documents<typeof s.AttachmentResultSchema, InferResponseType<Card["attachments"]["$post"], 201>>;
  listAttachments: Documents<typeof s.AttachmentListSchema, InferResponseType<Admin["attachments"]["$get"], 200>>;
  approveAttachment: Documents<
    typeof s.AttachmentApprovedSchema,
    InferResponseType<Admin["attachments"][":id"]["approve"]["$post"], 200>
  >;
  withdrawAttachment: Documents<
    typeof s.WithdrawnSchema,
    InferResponseType<Admin["attachments"][":id"]["withdraw"]["$post"], 200>
  >;
  /** Errors come from onError, which Hono cannot see per route: check the body it builds instead. */
  error: Same<Served<typeof ErrorSchema>, JSONParsed<import("../http/errors").ErrorBody>>;
};

/** Fails to compile, naming the route, when a response and its schema part ways. */
export const responsesMatchTheirSchemas: Checks = {
  health: true,
  oembed: true,
  listCards: true,
  createCard: true,
  getCard: true,
  updateCard: true,
  history: true,
  submit: true,
  publish: true,
  retract: true,
  archiveSource: true,
  archivedArticle: true,
  listTokens: true,
  createToken: true,
  match: true,
  listPeople: true,
  createPerson: true,
  getPerson: true,
  pendingCorrection: true,
  proposeCorrection: true,
  approveCorrection: true,
  withdrawCorrection: true,
  proposeAttachment: true,
  listAttachments: true,
  approveAttachment: true,
  withdrawAttachment: true,
  error: true,
};
