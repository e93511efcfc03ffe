import { normalizeArticleUrl } from "./article-url";
import { closestPassage } from "./closest-passage";
import { findAllNormalized, type NormalizedText, normalizedText, normalizeForMatching } from "./normalize-text";
import type { Card, TextQuoteSelector } from "./schema/card";
import type { FieldIssue } from "./schema/issues";
import type { ArchivedSource } from "./schema/source";

/** Where an attribution's quote was found in its archived source. */
export interface QuoteCheck {
  source: string;
  /** Character offset of the quote in the source snapshot (UTF-16 units). */
  offset: number;
  length: number;
}

export type Verification =
  | {
      ok: true;
      quotes: QuoteCheck[];
      /** Where each anchored sentence starts in its archived article, by normalised article URL. */
      anchorOffsets: Record<string, number>;
    }
  | { ok: false; problems: FieldIssue[] };

/** Looks sources up by id; normalised texts are computed once per source. */
export class SourceIndex {
  readonly #byId = new Map<string, ArchivedSource>();
  readonly #byUrl = new Map<string, ArchivedSource>();
  readonly #normalized = new Map<string, NormalizedText>();

  constructor(sources: Iterable<ArchivedSource>) {
    for (const source of sources) {
      this.#byId.set(source.id, source);
      const url = source.url && normalizeArticleUrl(source.url);
      if (url) this.#byUrl.set(url, source);
    }
  }

  get(id: string): ArchivedSource | undefined {
    return this.#byId.get(id);
  }

  /** The archived copy of an article, when the article itself is a source. */
  byArticleUrl(url: string): ArchivedSource | undefined {
    const normalized = normalizeArticleUrl(url);
    return normalized ? this.#byUrl.get(normalized) : undefined;
  }

  normalized(source: ArchivedSource): NormalizedText {
    let text = this.#normalized.get(source.id);
    if (!text) {
      text = normalizeForMatching(source.text);
      this.#normalized.set(source.id, text);
    }
    return text;
  }
}

function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Where an anchored sentence is in the archived article: its offset, or
 * `missing` — "text" when the sentence is not there at all, "context" when
 * it is but never between the given prefix and suffix. The publish check
 * and the desk's live check both use it.
 */
export type AnchorLocation = { at: number } | { missing: "text" | "context" };

export function locateAnchor(anchor: TextQuoteSelector, source: ArchivedSource, index: SourceIndex): AnchorLocation {
  const text = index.normalized(source);
  const hits = findAllNormalized(text, anchor.exact);
  if (hits.length === 0) return { missing: "text" };
  if (!anchor.prefix && !anchor.suffix) return { at: hits[0]!.start };
  const prefix = normalizedText(anchor.prefix ?? "");
  const suffix = normalizedText(anchor.suffix ?? "");
  const fit = hits.find(({ start, end }) => {
    const before = normalizedText(source.text.slice(Math.max(0, start - 400), start));
    const after = normalizedText(source.text.slice(end, end + 400));
    // Normalisation trims the edges, so compare without the joining space.
    return before.endsWith(prefix) && after.startsWith(suffix);
  });
  return fit ? { at: fit.start } : { missing: "context" };
}

/**
 * Decides whether a card may be published: the single rule behind
 * `npm run data:check`, the loader and the publish step of the write API.
 *
 * - every attribution quote occurs in its archived source (normalised);
 * - someone other than the authors reviewed it (compared by person id);
 * - it has at least one attribution and a summary;
 * - every article anchor occurs in the article, when the article is archived.
 */
export function verifyCard(card: Card, index: SourceIndex): Verification {
  const problems: FieldIssue[] = [];
  const quotes: QuoteCheck[] = [];

  if (card.attributions.length === 0) {
    problems.push({ path: "attributions", message: "needs at least one attribution quoting an archived source" });
  }
  card.attributions.forEach((attribution, i) => {
    const source = index.get(attribution.source);
    if (!source) {
      problems.push({ path: `attributions[${i}].source`, message: `names no archived source "${attribution.source}"` });
      return;
    }
    const [hit] = findAllNormalized(index.normalized(source), attribution.quote);
    if (!hit) {
      const near = closestPassage(index.normalized(source), source.text, attribution.quote);
      problems.push({
        path: `attributions[${i}].quote`,
        message: `is not in source "${source.id}"${near ? `; closest passage: "${shorten(near, 300)}"` : ""}`,
      });
      return;
    }
    quotes.push({ source: source.id, offset: hit.start, length: hit.end - hit.start });
  });

  if (card.authors.length === 0) problems.push({ path: "authors", message: "needs at least one author" });
  if (card.reviewedBy.length === 0) {
    problems.push({ path: "reviewedBy", message: "needs a reviewer other than the authors" });
  }
  // People, not names: the ids are what identify them (see worker/domain/person-name.ts for how names stay unique).
  const authorIds = new Set(card.authors.map((author) => author.id));
  card.reviewedBy.forEach((reviewer, i) => {
    if (authorIds.has(reviewer.id)) {
      problems.push({
        path: `reviewedBy[${i}]`,
        message: `"${reviewer.name}" is also an author; someone else must review`,
      });
    }
  });
  if (!card.summary.trim()) problems.push({ path: "summary", message: "must explain the verdict" });

  const anchorOffsets: Record<string, number> = {};
  card.articles.forEach((article, i) => {
    if (!article.anchor) return;
    const archived = index.byArticleUrl(article.url);
    if (!archived) return;
    const found = locateAnchor(article.anchor, archived, index);
    if ("at" in found) anchorOffsets[normalizeArticleUrl(article.url)!] = found.at;
    else
      problems.push({
        path: `articles[${i}].anchor.exact`,
        message:
          found.missing === "text"
            ? `is not in the archived article "${archived.id}"`
            : `occurs in "${archived.id}" but never between the given prefix and suffix`,
      });
  });

  return problems.length ? { ok: false, problems } : { ok: true, quotes, anchorOffsets };
}
