import { useEffect, useState } from "preact/hooks";
import { findClosestPassage } from "../worker/domain/closest-passage";
import { findAllNormalized } from "../worker/domain/normalize-text";
import { buildCardView, localizeCard, type PublicCard } from "../worker/domain/public-card";
import type { Card, TextQuoteSelector } from "../worker/domain/schema/card";
import { isHttpUrl } from "../worker/domain/schema/primitives";
import type { ArchivedSource } from "../worker/domain/schema/source";
import { type AnchorLocation, locateAnchor, type QuoteCheck, SourceIndex } from "../worker/domain/verify";
import { api, Refusal } from "./api";
import { cleaned, type Draft } from "./draft";

/**
 * Live verification while typing: each quote looked up in its archived
 * source with the verifier's own normalisation (worker/domain), and the
 * closest passage when it is not there. The server verifies again on
 * publication; this only tells the editor early.
 */

const sources = new Map<string, Promise<ArchivedSource | null>>();
/** Each loaded source's index, so its text is normalised once for every quote and anchor checked in it. */
const indexes = new Map<string, SourceIndex>();

function indexOf(source: ArchivedSource): SourceIndex {
  let index = indexes.get(source.id);
  if (!index) indexes.set(source.id, (index = new SourceIndex([source])));
  return index;
}

/** Fetches each key once per page: what came back, or null for a 404 (a later archive may create it). */
function loadOnce(cache: Map<string, Promise<ArchivedSource | null>>, key: string, path: string) {
  let pending = cache.get(key);
  if (!pending) {
    pending = api<{ source: ArchivedSource }>(path).then(
      ({ source }) => source,
      (error) => {
        cache.delete(key);
        if (error instanceof Refusal && error.status === 404) return null;
        throw error;
      },
    );
    cache.set(key, pending);
  }
  return pending;
}

/** An archived source's full copy (GET /v1/admin/sources/:id), fetched once per page. */
export function loadSource(id: string): Promise<ArchivedSource | null> {
  return loadOnce(sources, id, `/v1/admin/sources/${encodeURIComponent(id)}`);
}

const articleCopies = new Map<string, Promise<ArchivedSource | null>>();

/** An article's archived copy (GET /v1/admin/sources?url=), fetched once per page; null when none is archived. */
function loadArticleCopy(url: string): Promise<ArchivedSource | null> {
  return loadOnce(articleCopies, url, `/v1/admin/sources?url=${encodeURIComponent(url)}`);
}

export function forgetSource(id: string): void {
  sources.delete(id);
}

export type QuoteState =
  | { state: "checking" }
  | { state: "no-source" }
  | { state: "found"; check: QuoteCheck }
  | { state: "missing"; closest: string | null };

function check(source: ArchivedSource, quote: string): QuoteState {
  const text = indexOf(source).normalized(source);
  const [hit] = findAllNormalized(text, quote);
  if (hit) return { state: "found", check: { source: source.id, offset: hit.start, length: hit.end - hit.start } };
  return { state: "missing", closest: quote.trim() ? findClosestPassage(text, source.text, quote).passage : null };
}

/** Whether an article's anchored sentence is in its archived copy. */
export type AnchorState =
  | { state: "checking" }
  | { state: "not-archived" }
  | { state: "found" }
  | { state: "missing"; missing: AnchorMissing };
type AnchorMissing = Extract<AnchorLocation, { missing: unknown }>["missing"];

function checkAnchor(copy: ArchivedSource, anchor: TextQuoteSelector): AnchorState {
  const found = locateAnchor(anchor, copy, indexOf(copy));
  return "at" in found ? { state: "found" } : { state: "missing", missing: found.missing };
}

export interface Verification {
  quotes: QuoteState[];
  /** Each article's anchor check, or null where the article has no anchored sentence yet. */
  anchors: (AnchorState | null)[];
  /** The sources the draft quotes, loaded so far. */
  loaded: Map<string, ArchivedSource>;
}

/** Loads what `keys` name, each once, as they appear; what has arrived so far (null: not archived). */
function useLoaded(keys: string[], load: (key: string) => Promise<ArchivedSource | null>) {
  const [loaded, setLoaded] = useState(new Map<string, ArchivedSource | null>());
  useEffect(() => {
    let live = true;
    for (const key of keys) {
      if (loaded.has(key)) continue;
      load(key).then(
        (source) => live && setLoaded((prev) => new Map(prev).set(key, source)),
        () => {},
      );
    }
    return () => {
      live = false;
    };
  }, [keys.join(" ")]);
  return loaded;
}

/** The quote and anchor checks of a draft, recomputed as it changes (sources are fetched as they appear). */
export function useVerification(draft: Draft): Verification {
  const ids = [...new Set(draft.attributions.map((a) => a.source).filter((id) => /^[a-z0-9][a-z0-9-]*$/.test(id)))];
  const loaded = useLoaded(ids, loadSource);
  const anchored = (article: Draft["articles"][number]) =>
    !!article.anchor?.exact?.trim() && isHttpUrl(article.url.trim());
  const urls = [...new Set(draft.articles.filter(anchored).map((a) => a.url.trim()))];
  const copies = useLoaded(urls, loadArticleCopy);

  const quotes = draft.attributions.map((a): QuoteState => {
    if (!loaded.has(a.source)) return ids.includes(a.source) ? { state: "checking" } : { state: "no-source" };
    const source = loaded.get(a.source);
    return source ? check(source, a.quote) : { state: "no-source" };
  });
  const anchors = draft.articles.map((article): AnchorState | null => {
    if (!anchored(article)) return null;
    const url = article.url.trim();
    if (!copies.has(url)) return { state: "checking" };
    const copy = copies.get(url);
    return copy ? checkAnchor(copy, article.anchor as TextQuoteSelector) : { state: "not-archived" };
  });
  const present = new Map<string, ArchivedSource>();
  for (const [id, source] of loaded) if (source) present.set(id, source);
  return { quotes, anchors, loaded: present };
}

/**
 * The card as the public API would serve it (PublicCard), built by the same
 * functions, when every quote is found; null otherwise.
 */
export function previewCard(card: Card | Draft, verification: Verification, lang: string): PublicCard | null {
  if (verification.quotes.length === 0 || verification.quotes.some((q) => q.state !== "found")) return null;
  const checks = verification.quotes.map((q) => (q as { check: QuoteCheck }).check);
  const full = {
    reviewedBy: [],
    corrections: [],
    translations: {},
    tags: [],
    updatedAt: new Date().toISOString(),
    status: "draft",
    version: 1,
    ...(cleaned(card) as object),
  } as unknown as Card;
  try {
    return localizeCard(buildCardView(full, new SourceIndex(verification.loaded.values()), checks), lang);
  } catch {
    return null;
  }
}
