import { escapeHtml } from "./html-escape";

/** The iframe's size when the consumer sets no limit: a sidebar column. */
export const DEFAULT_EMBED_SIZE = { width: 400, height: 600 } as const;

/** The oEmbed 1.0 `rich` response (https://oembed.com/#section2.3.4). */
export interface OEmbedRich {
  version: "1.0";
  type: "rich";
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
}

export interface OEmbedRequest {
  /** Origin of this Worker: the iframe loads from here. */
  origin: string;
  /** The article, already normalised, so every variant of its URL shares one cached embed. */
  article: string;
  lang?: string;
  maxwidth?: number;
  maxheight?: number;
  /** Accessible name of the iframe, also the oEmbed title. */
  title: string;
}

/** The `/embed` address for an article. */
export function embedUrl(origin: string, article: string, lang?: string): string {
  const url = new URL("/embed", origin);
  url.searchParams.set("url", article);
  if (lang) url.searchParams.set("lang", lang);
  return url.toString();
}

/**
 * The iframe a CMS pastes. Size by attributes, not `style`, so hosts with a
 * strict `style-src` keep it. Sandboxed: the page needs no scripts, forms or
 * same-origin access; links open in a new, unsandboxed tab.
 */
export function iframeHtml(src: string, title: string, width: number, height: number): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}"` +
    ` loading="lazy" referrerpolicy="no-referrer" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`
  );
}

/** The oEmbed answer for an article, never larger than `maxwidth` × `maxheight` (as the spec requires). */
export function oembedResponse({ origin, article, lang, maxwidth, maxheight, title }: OEmbedRequest): OEmbedRich {
  const width = Math.min(DEFAULT_EMBED_SIZE.width, maxwidth ?? Infinity);
  const height = Math.min(DEFAULT_EMBED_SIZE.height, maxheight ?? Infinity);
  return {
    version: "1.0",
    type: "rich",
    provider_name: "claimcards",
    provider_url: origin,
    title,
    html: iframeHtml(embedUrl(origin, article, lang), title, width, height),
    width,
    height,
  };
}
