import * as v from "valibot";
import { utf8ByteLength } from "../utf8-length";
import { HttpUrl, IsoDate, Slug, Text } from "./primitives";

/**
 * What an editor writes about an archived source. The SHA-256 is not here:
 * it is always computed from the snapshot text, never typed in by hand.
 */
export const SourceMetaSchema = v.strictObject({
  /** Stable id that attributions refer to. */
  id: Slug,
  /** Where the source was originally published, if it is online. */
  url: v.optional(HttpUrl),
  /** The source's own title or headline. */
  title: Text(500),
  /** Who published it (outlet, agency, organisation). */
  publisher: Text(200),
  /** When the source itself was published. */
  publishedAt: v.optional(IsoDate),
  /** When our text snapshot was taken: quotes are checked against this copy. */
  archivedAt: IsoDate,
  /** A public archive of the page (e.g. a web archive capture), if there is one. */
  archiveUrl: v.optional(HttpUrl),
});

export type SourceMeta = v.InferOutput<typeof SourceMetaSchema>;

/**
 * Largest snapshot we store, in UTF-8 bytes, the unit D1 counts: a long
 * report, not a book (about 1.5 million characters of English, 750,000 of
 * Persian). It leaves room in D1's 2,000,000-byte row for the other columns.
 */
export const MAX_SOURCE_TEXT_BYTES = 1_500_000;

/** Why `text` is too large to archive, or null if it fits. */
export function sourceTextTooLarge(text: string): string | null {
  const bytes = utf8ByteLength(text);
  if (bytes <= MAX_SOURCE_TEXT_BYTES) return null;
  return `must be at most ${MAX_SOURCE_TEXT_BYTES} bytes as UTF-8 (about 1,500,000 English or 750,000 Persian characters); this text is ${bytes} bytes`;
}

/** A source with its snapshot text and the text's SHA-256 (hex). */
export interface ArchivedSource extends SourceMeta {
  text: string;
  sha256: string;
  /** How the text was archived; absent means pasted (every source from data/ is). */
  archive?: SourceArchive;
  /** The page's language (`<html lang>`), when captured. */
  lang?: string;
  /** The page's writing direction, when captured. */
  dir?: "rtl" | "ltr";
}

/** A source to archive through the write API: its metadata and the snapshot text quotes will be checked against. */
export const ArchiveSourceSchema = v.strictObject({
  ...SourceMetaSchema.entries,
  text: v.pipe(
    v.string(),
    v.nonEmpty("must not be empty"),
    v.description(`The snapshot quotes are checked against: at most ${MAX_SOURCE_TEXT_BYTES} bytes as UTF-8.`),
    v.check(
      (text) => sourceTextTooLarge(text) === null,
      (issue) => sourceTextTooLarge(issue.input as string) ?? "is too large",
    ),
  ),
});

/** How a source's text was archived: captured by the Worker from its address, or pasted by an editor. */
export const ARCHIVE_METHODS = ["capture", "paste"] as const;

/**
 * Where an archived text came from. A capture keeps the exact response bytes
 * in R2 (key derived from their SHA-256) next to the text extracted from
 * them; a paste may point at such a capture when the Worker could not
 * extract the text itself (a PDF).
 */
export interface SourceArchive {
  method: (typeof ARCHIVE_METHODS)[number];
  /** SHA-256 (hex) of the captured response bytes. */
  bytesSha256?: string;
  /** Where the bytes are in the SNAPSHOTS bucket. */
  r2Key?: string;
  /** The address after redirects. */
  finalUrl?: string;
  /** The HTTP status of the captured response. */
  status?: number;
  contentType?: string;
  fetchedAt?: string;
}

const Sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in hex (64 characters 0-9a-f)"));

/**
 * A page for the Worker to capture: its address, and optionally what the
 * page itself does not say well (title, publisher, publication date). The id
 * defaults to the host and the start of the bytes' SHA-256.
 */
export const CaptureSourceSchema = v.strictObject({
  url: HttpUrl,
  id: v.optional(Slug),
  title: v.optional(Text(500)),
  publisher: v.optional(Text(200)),
  publishedAt: v.optional(IsoDate),
  archiveUrl: v.optional(HttpUrl),
});

/**
 * A pasted text that belongs to an earlier capture the Worker could not read
 * (the bytes' SHA-256 from its 422 answer): the source then records both.
 */
export const PasteForCaptureSchema = v.strictObject({
  ...ArchiveSourceSchema.entries,
  capture: Sha256Hex,
});
