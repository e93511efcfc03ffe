import type { PublicCard } from "../worker/domain/public-card";

/** Give up on a slow API rather than keep a "loading" line forever. */
export const FETCH_TIMEOUT_MS = 8000;

export type CardsResult = { ok: true; cards: PublicCard[] } | { ok: false };

const isString = (value: unknown) => typeof value === "string";

/**
 * Enough of a card to render without throwing. The API is ours, but the
 * widget lives in someone else's page: anything malformed is dropped, never
 * rendered half-way. (A missing object throws on the way in: also malformed.)
 */
function looksLikeCard(card: any): card is PublicCard {
  try {
    return (
      [
        card.id,
        card.lang,
        card.summary,
        card.claim.text,
        card.claim.claimant.name,
        card.verdict.key,
        card.reviewer.name,
      ].every(isString) &&
      [card.attributions, card.reviewedBy, card.corrections, card.articles].every(Array.isArray) &&
      card.attributions.every((a: any) => isString(a.quote) && isString(a.source.title)) &&
      card.reviewedBy.every((person: any) => isString(person.name))
    );
  } catch {
    return false;
  }
}

async function request(api: string, article: string, lang: string): Promise<CardsResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const url = new URL(`v1/cards?${new URLSearchParams({ url: article, lang })}`, api.endsWith("/") ? api : `${api}/`);
    const response = await fetch(url, { signal: controller.signal, credentials: "omit" });
    if (!response.ok) return { ok: false };
    const body = await response.json();
    if (!Array.isArray(body?.data)) return { ok: false };
    return { ok: true, cards: body.data.filter(looksLikeCard) };
  } catch {
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}

const inFlight = new Map<string, Promise<CardsResult>>();

/**
 * The published cards for an article: the widget's only network call. Mount
 * points showing the same article share one request. Never rejects: any
 * failure (network, status, timeout, bad JSON) resolves to `{ ok: false }`.
 */
export function fetchCards(api: string, article: string, lang: string): Promise<CardsResult> {
  const key = `${api} ${article} ${lang}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = request(api, article, lang);
    inFlight.set(key, pending);
  }
  return pending;
}
