import { useEffect, useState } from "preact/hooks";
import { findClosestPassage } from "../worker/domain/closest-passage";
import { findAllNormalized, type NormalizedText, normalizeForMatching } from "../worker/domain/normalize-text";
import { buildCardView, localizeCard, type PublicCard } from "../worker/domain/public-card";
import type { Card } from "../worker/domain/schema/card";
import type { ArchivedSource } from "../worker/domain/schema/source";
import { type QuoteCheck, SourceIndex } from "../worker/domain/verify";
import { api, Refusal } from "./api";
import { cleaned, type Draft } from "./draft";

/**
 * Live verification while typing: each quote looked up in its archived
 * source with the verifier's own normalisation (worker/domain), and the
 * closest passage when it is not there. The server verifies again on
 * publication; this only tells the editor early.
 */

const sources = new Map<string, Promise<ArchivedSource | null>>();
const normalized = new Map<string, NormalizedText>();

/** An archived source's full copy (GET /v1/admin/sources/:id), fetched once per page. */
export function loadSource(id: string): Promise<ArchivedSource | null> {
  let pending = sources.get(id);
  if (!pending) {
    pending = api<{ source: ArchivedSource }>(`/v1/admin/sources/${encodeURIComponent(id)}`).then(
      ({ source }) => source,
      (error) => {
        sources.delete(id); // a later archive may create it
        if (error instanceof Refusal && error.status === 404) return null;
        throw error;
      },
    );
    sources.set(id, pending);
  }
  return pending;
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
  let text = normalized.get(source.id);
  if (!text) {
    text = normalizeForMatching(source.text);
    normalized.set(source.id, text);
  }
  const [hit] = findAllNormalized(text, quote);
  if (hit) return { state: "found", check: { source: source.id, offset: hit.start, length: hit.end - hit.start } };
  return { state: "missing", closest: quote.trim() ? findClosestPassage(text, source.text, quote).passage : null };
}

export interface Verification {
  quotes: QuoteState[];
  /** The sources the draft quotes, loaded so far. */
  loaded: Map<string, ArchivedSource>;
}

/** The quote checks of a draft, recomputed as it changes (sources are fetched as their ids appear). */
export function useVerification(draft: Draft): Verification {
  const [loaded, setLoaded] = useState(new Map<string, ArchivedSource | null>());
  const ids = [...new Set(draft.attributions.map((a) => a.source).filter((id) => /^[a-z0-9][a-z0-9-]*$/.test(id)))];
  const key = ids.join(" ");
  useEffect(() => {
    let live = true;
    for (const id of ids) {
      if (loaded.has(id)) continue;
      loadSource(id).then(
        (source) => live && setLoaded((prev) => new Map(prev).set(id, source)),
        () => {},
      );
    }
    return () => {
      live = false;
    };
  }, [key]);
  const quotes = draft.attributions.map((a): QuoteState => {
    if (!loaded.has(a.source)) return ids.includes(a.source) ? { state: "checking" } : { state: "no-source" };
    const source = loaded.get(a.source);
    return source ? check(source, a.quote) : { state: "no-source" };
  });
  const present = new Map<string, ArchivedSource>();
  for (const [id, source] of loaded) if (source) present.set(id, source);
  return { quotes, loaded: present };
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
