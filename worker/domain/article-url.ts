import { MAX_URL_LENGTH } from "./schema/primitives";

/**
 * Query parameters that identify a campaign or a click, not a page. Two
 * readers arriving from different newsletters must see the same cards.
 */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "gbraid",
  "wbraid",
  "dclid",
  "msclkid",
  "yclid",
  "twclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "oly_anon_id",
  "oly_enc_id",
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.has(lower);
}

/**
 * The one canonical form of an article URL, used both when cards are stored
 * and when the widget looks them up: lower-case scheme and host, no default
 * port, no credentials, no fragment, no tracking parameters, remaining
 * parameters sorted, no trailing slash except at the root.
 *
 * Returns `null` for anything that is not an absolute http(s) URL.
 */
export function normalizeArticleUrl(input: string): string | null {
  if (input.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;

  url.hash = "";
  url.username = "";
  url.password = "";
  // URL already lower-cases scheme and host and drops default ports.

  const kept: [string, string][] = [];
  url.searchParams.forEach((value, name) => {
    if (!isTrackingParam(name)) kept.push([name, value]);
  });
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();

  url.pathname = url.pathname.replace(/\/+$/, "") || "/";

  // `URL` prints "https://host/?" for an empty query on some runtimes.
  return url.toString().replace(/\?$/, "");
}
