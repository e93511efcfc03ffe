/** Everything a mount point can be told. */
export interface WidgetOptions {
  /** The article whose cards to show (normalised by the API). */
  article: string;
  /** The reader's language (BCP 47). */
  lang: string;
  /** Base URL of the claimcards API (default: where widget.js came from). */
  api: string;
  theme: "auto" | "light" | "dark";
  /**
   * `compact`: a fixed-height row from first paint (the verdicts in one line),
   * expanding to the full cards on the reader's click; `full`: the cards at once.
   */
  layout: "full" | "compact";
  /** Mark each card's sentence in the host article. */
  highlight: boolean;
  /** Where links open (`_blank` unless `data-link-target` says otherwise). */
  linkTarget: string;
}

/** The article this page is about: canonical link, then og:url, then the address bar. */
export function defaultArticleUrl(doc: Document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const og = doc.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content;
  return canonical || og || doc.location.href;
}

/**
 * Options for one mount point. What it looks like (article, language, theme,
 * highlights) comes from its `data-*` attributes, falling back to the script
 * tag's, then to what the page says about itself. Where data comes from
 * (`data-api`) and where links open come only from our own script tag (or
 * `ClaimCards.render` options): a mount point may be page content — a reader
 * comment keeps its `data-*` through most HTML sanitisers — and must never
 * point the widget at a server that would put invented cards in our frame.
 */
export function readOptions(
  el: HTMLElement | null,
  script: HTMLElement | null,
  api: string,
  doc = document,
): WidgetOptions {
  const attr = (name: string) => el?.dataset[name] ?? script?.dataset[name];
  const trusted = (name: string) => script?.dataset[name];
  const theme = attr("theme");
  const highlight = attr("highlight");
  return {
    article: attr("article") || defaultArticleUrl(doc),
    lang: attr("lang") || doc.documentElement.lang || "en",
    api: trusted("api") || api,
    theme: theme === "light" || theme === "dark" ? theme : "auto",
    layout: attr("layout") === "compact" ? "compact" : "full",
    highlight: highlight === "" || highlight === "true",
    linkTarget: trusted("linkTarget") || "_blank",
  };
}
