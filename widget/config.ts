/** Everything a mount point can be told. */
export interface WidgetOptions {
  /** The article whose cards to show (normalised by the API). */
  article: string;
  /** The reader's language (BCP 47). */
  lang: string;
  /** Origin of the claimcards API. */
  api: string;
  theme: "auto" | "light" | "dark";
  /** Mark each card's sentence in the host article. */
  highlight: boolean;
  /** Where links open. */
  linkTarget: string;
}

/** The article this page is about: canonical link, then og:url, then the address bar. */
export function defaultArticleUrl(doc: Document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const og = doc.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content;
  return canonical || og || doc.location.href;
}

/** The host page's language, else English. */
export function defaultLang(doc: Document): string {
  return doc.documentElement.lang || "en";
}

function theme(value: string | undefined): WidgetOptions["theme"] {
  return value === "light" || value === "dark" ? value : "auto";
}

/**
 * Options for one mount point from its `data-*` attributes, falling back to
 * the script tag's, then to what the page says about itself.
 */
export function readOptions(el: HTMLElement, script: HTMLElement | null, api: string): WidgetOptions {
  const attr = (name: string) => el.dataset[name] ?? script?.dataset[name];
  return {
    article: attr("article") || defaultArticleUrl(el.ownerDocument),
    lang: attr("lang") || defaultLang(el.ownerDocument),
    api: attr("api") || api,
    theme: theme(attr("theme")),
    highlight: attr("highlight") === "true" || attr("highlight") === "",
    linkTarget: attr("linkTarget") || "_blank",
  };
}
