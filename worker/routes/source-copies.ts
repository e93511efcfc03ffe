import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import type { ArchivedSource } from "../domain/schema/source";
import { ApiError } from "../http/errors";
import { getSnapshot } from "../store/snapshots";
import { findSource } from "../store/sources";

/**
 * Full archived copies, shared by the newsroom routes (any token) and the
 * public ones (only when the operator sets PUBLIC_ARCHIVE = "true").
 */

/** A source's metadata, hash and archive details without its text. */
export function sourceSummary(source: ArchivedSource) {
  const { text, ...meta } = source;
  return { ...meta, length: text.length };
}

export async function sourceOr404(c: Context<AppEnv>): Promise<ArchivedSource> {
  const id = c.req.param("id") ?? "";
  const source = await findSource(c.var.db, id);
  if (!source) throw new ApiError(404, "not_found", `No archived source "${id}"`);
  return source;
}

/** The full copy: metadata, archive details and the text quotes are checked against. */
export function fullCopyOf(source: ArchivedSource) {
  return { source: { ...sourceSummary(source), text: source.text } };
}

/** The full copy of the source named in the path, as JSON. */
export async function fullCopy(c: Context<AppEnv>): Promise<Response> {
  return c.json(fullCopyOf(await sourceOr404(c)));
}

const EXTENSIONS: Record<string, string> = {
  "text/html": "html",
  "application/xhtml+xml": "xhtml",
  "text/plain": "txt",
  "application/pdf": "pdf",
};

/**
 * The captured bytes, exactly as fetched, as a download only: a captured
 * page is someone else's HTML, and on our origin it must never run or
 * render (attachment, a sandboxing CSP, no sniffing).
 */
export async function rawCapture(c: Context<AppEnv>): Promise<Response> {
  const source = await sourceOr404(c);
  const key = source.archive?.r2Key;
  const object = key ? await getSnapshot(c.env.SNAPSHOTS, key) : null;
  if (!object)
    throw new ApiError(404, "not_found", `Source "${source.id}" was pasted, not captured: there are no captured bytes`);
  const contentType = object.httpMetadata?.contentType ?? "application/octet-stream";
  const ext = EXTENSIONS[contentType.split(";")[0]!.trim().toLowerCase()] ?? "bin";
  return new Response(object.body, {
    headers: {
      "content-type": contentType,
      "content-length": String(object.size),
      "content-disposition": `attachment; filename="${source.id}.${ext}"`,
      "content-security-policy": "sandbox; default-src 'none'",
      "x-content-type-options": "nosniff",
      "x-snapshot-sha256": source.archive?.bytesSha256 ?? "",
      "cache-control": "private, no-store",
    },
  });
}
