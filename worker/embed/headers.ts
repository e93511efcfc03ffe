/**
 * The embed page is made to be framed by any site, so it sends no
 * X-Frame-Options and allows every `frame-ancestors`. Everything else is shut:
 * no scripts at all (the JSON-LD blocks are data, not run), inline styles only
 * (the widget stylesheet travels in the page), images over https only, and no
 * `<base>` or form that could redirect links or posts.
 */
export const EMBED_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors *; base-uri 'none'; form-action 'none'";

/** Headers of every `/embed` page (nosniff and the rest come from http/security-headers.ts). */
export const EMBED_HEADERS: Record<string, string> = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": EMBED_CSP,
};
