import * as v from "valibot";
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

/** Longest snapshot we store: a long report, not a book. */
export const MAX_SOURCE_TEXT = 2_000_000;

/** A source with its snapshot text and the text's SHA-256 (hex). */
export interface ArchivedSource extends SourceMeta {
  text: string;
  sha256: string;
}

/** A source to archive through the write API: its metadata and the snapshot text quotes will be checked against. */
export const ArchiveSourceSchema = v.strictObject({
  ...SourceMetaSchema.entries,
  text: v.pipe(v.string(), v.nonEmpty("must not be empty"), v.maxLength(MAX_SOURCE_TEXT, `must be at most ${MAX_SOURCE_TEXT} characters`)),
});
