import { escapeHtml, jsonForScript } from "./html-escape";

/**
 * The embed page's own rules on top of the widget stylesheet: in the widget
 * the shadow host frames the cards, here the iframe does.
 */
const PAGE_CSS = "html,body{margin:0}.cc-root{padding:8px;min-block-size:100vh}";

export interface EmbedPageParts {
  /** BCP 47 tag of the UI language. */
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  /** The widget stylesheet (trusted: our own file). */
  css: string;
  /** Already-rendered, already-escaped HTML for the page body. */
  body: string;
  /** One JSON-LD object per card, each in its own data block. */
  jsonLd: unknown[];
}

/**
 * A complete, script-free HTML document for `/embed`. The JSON-LD blocks are
 * data (`type="application/ld+json"`), never executed, so the page works under
 * a CSP with no `script-src` at all.
 */
export function embedPage({ lang, dir, title, css, body, jsonLd }: EmbedPageParts): string {
  const blocks = jsonLd.map((data) => `<script type="application/ld+json">${jsonForScript(data)}</script>\n`).join("");
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}
${PAGE_CSS}</style>
${blocks}</head>
<body>
<div class="cc-root">${body}</div>
</body>
</html>
`;
}
