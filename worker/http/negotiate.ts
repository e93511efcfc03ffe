import { parseAccept } from "hono/utils/accept";

/** The two ways a card can be served. */
export type CardFormat = "json" | "jsonld";

const MEDIA_TYPE: Record<CardFormat, string> = { json: "application/json", jsonld: "application/ld+json" };

/**
 * Which format a request for one card gets: `?format=` when it names one,
 * else the Accept header, else JSON. The route answers with it and the cache
 * key is built from it, so a cached answer is only ever served to a request
 * that would have got the same answer (and responses say `Vary: Accept`).
 *
 * JSON-LD only when the client ranks it strictly above JSON: a tie, a
 * wildcard range (any type, or `application/` anything) or no Accept at all
 * means JSON.
 */
export function cardFormat(format: string | null | undefined, accept: string | null | undefined): CardFormat {
  if (format === "json" || format === "jsonld") return format;
  if (!accept) return "json";
  const ranges = parseAccept(accept);
  return quality(ranges, MEDIA_TYPE.jsonld) > quality(ranges, MEDIA_TYPE.json) ? "jsonld" : "json";
}

/**
 * The weight Accept gives a media type: the q of the most specific range
 * that matches it (the exact type, then its `type/` wildcard, then the
 * any-type wildcard: RFC 9110 §12.5.1), compared case-insensitively; 0 when
 * nothing matches.
 */
function quality(ranges: ReturnType<typeof parseAccept>, mediaType: string): number {
  const main = mediaType.split("/")[0];
  let best = { specificity: 0, q: 0 };
  for (const range of ranges) {
    const type = range.type.toLowerCase();
    const specificity = type === mediaType ? 3 : type === `${main}/*` ? 2 : type === "*/*" ? 1 : 0;
    if (specificity > best.specificity || (specificity === best.specificity && specificity > 0 && range.q > best.q)) {
      best = { specificity, q: range.q };
    }
  }
  return best.q;
}
