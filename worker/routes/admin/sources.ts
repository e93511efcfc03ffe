import type { Context } from "hono";
import { Hono } from "hono/tiny";
import * as v from "valibot";
import type { AppEnv } from "../../app-env";
import { captureSource } from "../../archive/capture";
import { CaptureRefusal, type FetchLimits } from "../../archive/fetch-page";
import { parseAllowHosts } from "../../domain/archive-address";
import { parseWith } from "../../domain/schema/issues";
import {
  type ArchivedSource,
  ArchiveSourceSchema,
  CaptureSourceSchema,
  PasteForCaptureSchema,
} from "../../domain/schema/source";
import { sha256Hex } from "../../domain/sha256";
import { requireRole } from "../../http/auth";
import { ApiError } from "../../http/errors";
import { jsonBody } from "../../http/json-body";
import { validQuery } from "../../http/validate";
import { snapshotInfo } from "../../store/snapshots";
import { findArchivedArticle, insertSource } from "../../store/sources";
import { ArchivedArticleQuery } from "../query";
import { fullCopy, fullCopyOf, rawCapture, sourceSummary } from "../source-copies";
import { refusingClearly } from "./errors";
import { auditActor } from "./people-refs";

/** Largest page the Worker captures. */
export const MAX_CAPTURE_BYTES = 5 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 15_000;

/** The guarded fetch's limits for this Worker (also used by `POST /v1/admin/match` with `{ url }`). */
export function fetchLimits(c: Context<AppEnv>): FetchLimits {
  const timeout = Number(c.env.ARCHIVE_TIMEOUT_MS);
  return {
    maxBytes: MAX_CAPTURE_BYTES,
    maxRedirects: MAX_REDIRECTS,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 60_000) : DEFAULT_TIMEOUT_MS,
    allowHosts: parseAllowHosts(c.env.ARCHIVE_ALLOW_HOSTS),
    // Publishers can see who fetched their page and why.
    userAgent: `claimcards-archiver/0.1 (fact-check source archiving; +${new URL(c.req.url).origin})`,
  };
}

/** `value` parsed by `schema`, or 400 naming each bad field. */
export function parsed<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = parseWith(schema, value);
  if (!result.ok) {
    throw new ApiError(
      400,
      "invalid_body",
      `Invalid field: ${result.issues.map((i) => i.path).join(", ")}`,
      result.issues,
    );
  }
  return result.value;
}

/** A pasted text, possibly for a capture the Worker kept but could not read (a PDF). */
async function pasted(c: Context<AppEnv>, body: Record<string, unknown>): Promise<ArchivedSource> {
  if (!("capture" in body)) {
    const input = parsed(ArchiveSourceSchema, body);
    return { ...input, sha256: await sha256Hex(input.text), archive: { method: "paste" } };
  }
  const { capture, ...input } = parsed(PasteForCaptureSchema, body);
  const snapshot = await snapshotInfo(c.env.SNAPSHOTS, capture);
  if (!snapshot) {
    throw new ApiError(422, "unknown_capture", "No capture has these bytes", [
      { path: "capture", message: "names no stored capture" },
    ]);
  }
  return {
    ...input,
    sha256: await sha256Hex(input.text),
    archive: {
      method: "paste",
      bytesSha256: capture,
      r2Key: snapshot.key,
      finalUrl: snapshot.finalUrl,
      status: snapshot.status,
      contentType: snapshot.contentType,
      fetchedAt: snapshot.fetchedAt,
    },
  };
}

/**
 * `/v1/admin/sources`: archive a source, by address (`{ url }`: the Worker
 * captures the page) or by pasting its text (`{ id, …, text }`). Hashes are
 * computed here, never taken from the client. An archived source is never
 * replaced: published quotes were verified against exactly this text.
 * `GET ?url=` finds an article's archived copy, the one its anchors are
 * checked against (the desk checks them as the editor types).
 */
export const adminSourceRoutes = new Hono<AppEnv>()
  .get("/", requireRole("readCards"), validQuery(ArchivedArticleQuery), async (c) => {
    const { url } = c.req.valid("query");
    const source = await findArchivedArticle(c.var.db, url);
    if (!source) throw new ApiError(404, "not_found", `No archived copy of the article ${url}`);
    return c.json(fullCopyOf(source));
  })
  .post("/", requireRole("archiveSource"), async (c) => {
    const body = await jsonBody(c, v.record(v.string(), v.unknown()));
    const actor = auditActor(c);
    const store = (source: ArchivedSource) =>
      refusingClearly(() => insertSource(c.var.db, source, actor, new Date().toISOString()));
    if ("text" in body) {
      const source = await pasted(c, body);
      await store(source);
      return c.json({ source: sourceSummary(source) }, 201);
    }
    const input = parsed(CaptureSourceSchema, body);
    try {
      const { source, created } = await captureSource(
        input,
        { db: c.var.db, bucket: c.env.SNAPSHOTS, limits: fetchLimits(c) },
        store,
      );
      return c.json({ source: sourceSummary(source) }, created ? 201 : 200);
    } catch (error) {
      if (error instanceof CaptureRefusal) throw new ApiError(error.status, error.code, error.message);
      throw error;
    }
  })
  .get("/:id", requireRole("readCards"), fullCopy)
  .get("/:id/raw", requireRole("readCards"), rawCapture);
