import type { PublicCard } from "../worker/domain/public-card";
import { VERDICT_KEYS } from "../worker/domain/verdicts";

/** Give up on a slow API rather than keep a half-rendered widget spinning. */
export const FETCH_TIMEOUT_MS = 8000;

const verdictKeys = new Set<string>(VERDICT_KEYS);

/**
 * Enough of a card to render without throwing. The API is ours, but the
 * widget lives in someone else's page: anything malformed is dropped, never
 * rendered half-way.
 */
function looksLikeCard(value: unknown): value is PublicCard {
  const card = value as PublicCard;
  return (
    typeof card === "object" && card !== null &&
    typeof card.id === "string" &&
    typeof card.lang === "string" &&
    typeof card.summary === "string" &&
    typeof card.claim?.text === "string" &&
    typeof card.claim.claimant?.name === "string" &&
    verdictKeys.has(card.verdict?.key) &&
    Array.isArray(card.attributions) &&
    card.attributions.every((a) => typeof a?.quote === "string" && typeof a.source?.title === "string") &&
    Array.isArray(card.reviewedBy) &&
    typeof card.reviewer?.name === "string" &&
    Array.isArray(card.corrections) &&
    Array.isArray(card.articles)
  );
}

/**
 * The published cards for an article: the widget's only network call.
 * Resolves to [] on any failure (network, status, timeout, bad JSON) so the
 * caller decides how quietly to say so; it never throws.
 */
export async function fetchCards(
  api: string,
  article: string,
  lang: string,
): Promise<{ ok: true; cards: PublicCard[] } | { ok: false }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const url = new URL("/v1/cards", api);
    url.searchParams.set("url", article);
    url.searchParams.set("lang", lang);
    const response = await fetch(url, { signal: controller.signal, credentials: "omit", mode: "cors" });
    if (!response.ok) return { ok: false };
    const body = (await response.json()) as { data?: unknown };
    if (!Array.isArray(body?.data)) return { ok: false };
    return { ok: true, cards: body.data.filter(looksLikeCard) };
  } catch {
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}
