/**
 * `public/_headers`: response headers for the static assets (Workers static
 * assets apply them; the Worker never sees these requests).
 *
 * - widget.js may change with every deploy: short-lived. widget.<hash>.js,
 *   the add-on and the language packs never change: cached for a year,
 *   pinnable with SRI.
 * - Every widget file is loadable from any site (CORS + CORP cross-origin);
 *   the add-on and the packs need CORS because they are loaded as modules.
 * - Our own pages get a strict CSP: they are also the proof that the widget
 *   runs under one.
 */
import { LANGS } from "../../common/languages";

const CROSS_ORIGIN = ["  Access-Control-Allow-Origin: *", "  Cross-Origin-Resource-Policy: cross-origin"];
const PAGE_CSP =
  "  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const ASSET_HEADERS = [
  "/*",
  "  X-Content-Type-Options: nosniff",
  "  Referrer-Policy: strict-origin-when-cross-origin",
  "/widget.js",
  "  Cache-Control: public, max-age=300, stale-while-revalidate=86400",
  ...CROSS_ORIGIN,
  "/widget.:version.js",
  "  Cache-Control: public, max-age=31536000, immutable",
  ...CROSS_ORIGIN,
  "/widget-addon.:version.js",
  "  Cache-Control: public, max-age=31536000, immutable",
  ...CROSS_ORIGIN,
  ...LANGS.filter((lang) => lang !== "en").flatMap((lang) => [
    `/widget-strings-${lang}.:version.js`,
    "  Cache-Control: public, max-age=31536000, immutable",
    ...CROSS_ORIGIN,
  ]),
  "/widget-manifest.json",
  "  Cache-Control: public, max-age=300",
  ...CROSS_ORIGIN,
  // The newsroom desk's bundle: same-origin only, immutable (the /desk/ page names the hashed files).
  "/desk/desk.:version.js",
  "  Cache-Control: public, max-age=31536000, immutable",
  "  Cross-Origin-Resource-Policy: same-origin",
  "/desk/desk.:version.css",
  "  Cache-Control: public, max-age=31536000, immutable",
  "  Cross-Origin-Resource-Policy: same-origin",
  "/",
  PAGE_CSP,
  "/demo/*",
  PAGE_CSP,
  "",
].join("\n");
