import type * as v from "valibot";
import { dirFor } from "../../common/languages";
import { captureMetadata, defaultSourceId, displayHost } from "../domain/capture-metadata";
import { type ArchivedSource, type CaptureSourceSchema, sourceTextTooLarge } from "../domain/schema/source";
import { sha256Hex, sha256HexOfBytes } from "../domain/sha256";
import type { Db } from "../store/db";
import { putSnapshot } from "../store/snapshots";
import { findCapture, sourceExists } from "../store/sources";
import { CaptureRefusal, type FetchedPage, type FetchLimits, fetchPage } from "./fetch-page";
import { extractHtml, type PageText } from "./html-text";

export type CaptureRequest = v.InferOutput<typeof CaptureSourceSchema>;

export interface CaptureDeps {
  db: Db;
  bucket: R2Bucket;
  limits: FetchLimits;
}

/** A capture that could be stored but not read: its bytes are kept, the text must be pasted. */
export class TextNeeded extends CaptureRefusal {
  constructor(
    readonly bytesSha256: string,
    readonly r2Key: string,
    what: string,
  ) {
    super(
      422,
      "text_needed",
      `${what}: the capture is kept (R2 ${r2Key}); paste the text with "capture": "${bytesSha256}" to archive it`,
    );
  }
}

/** The charset a Content-Type names, if TextDecoder knows it; else UTF-8. */
function decodeText(bytes: ArrayBuffer, contentType: string): string {
  const label = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** The readable text of a plain-text page: line breaks kept, paragraphs as the author spaced them. */
function plainText(bytes: ArrayBuffer, contentType: string): PageText {
  const text = decodeText(bytes, contentType)
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
  return { text, publishedAt: [] };
}

async function readable(page: FetchedPage, bytesSha256: string, deps: CaptureDeps, url: string): Promise<PageText> {
  if (page.mediaType === "text/html") return extractHtml(page.bytes, page.contentType);
  if (page.mediaType === "text/plain") return plainText(page.bytes, page.contentType);
  // PDF text extraction (pdf.js) is ten times the whole Worker's size, so
  // PDFs are kept as captured and their text is pasted (see README, Archiving).
  const key = await putSnapshot(deps.bucket, page.bytes, bytesSha256, { url, ...page });
  throw new TextNeeded(bytesSha256, key, "The Worker cannot extract text from PDFs");
}

/**
 * Captures `input.url`: fetches it under the limits, and stores the exact
 * bytes in R2 and the extracted text in D1. The same bytes captured again
 * return the source already archived from them (`created: false`).
 */
export async function captureSource(
  input: CaptureRequest,
  deps: CaptureDeps,
  store: (source: ArchivedSource) => Promise<void>,
): Promise<{ source: ArchivedSource; created: boolean }> {
  const page = await fetchPage(input.url, deps.limits);
  const bytesSha256 = await sha256HexOfBytes(page.bytes);
  const existing = await findCapture(deps.db, bytesSha256);
  if (existing) return { source: existing, created: false };

  const extracted = await readable(page, bytesSha256, deps, input.url);
  if (!extracted.text) {
    throw new CaptureRefusal(
      422,
      "no_text",
      `No readable text was found at ${displayHost(page.finalUrl)}; paste the text instead`,
    );
  }
  const tooLarge = sourceTextTooLarge(extracted.text);
  if (tooLarge)
    throw new CaptureRefusal(413, "capture_too_large", `The page's text ${tooLarge}; paste the part you quote`);
  const id = input.id ?? defaultSourceId(page.finalUrl, bytesSha256);
  if (await sourceExists(deps.db, id))
    throw new CaptureRefusal(409, "conflict", `A source with id "${id}" exists; choose another id`);

  const r2Key = await putSnapshot(deps.bucket, page.bytes, bytesSha256, { url: input.url, ...page });
  const meta = captureMetadata(input, extracted, page.finalUrl);
  const source: ArchivedSource = {
    id,
    url: input.url,
    ...meta,
    archivedAt: page.fetchedAt,
    ...(input.archiveUrl ? { archiveUrl: input.archiveUrl } : {}),
    text: extracted.text,
    sha256: await sha256Hex(extracted.text),
    archive: {
      method: "capture",
      bytesSha256,
      r2Key,
      finalUrl: page.finalUrl,
      status: page.status,
      contentType: page.contentType,
      fetchedAt: page.fetchedAt,
    },
    ...(extracted.lang ? { lang: extracted.lang } : {}),
    // A page that states no direction is written in its language's direction.
    ...(extracted.dir || extracted.lang ? { dir: extracted.dir ?? dirFor(extracted.lang!) } : {}),
  };
  await store(source);
  return { source, created: true };
}
