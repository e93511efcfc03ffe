/**
 * widget.js's add-on: what no reader needs for the cards' first paint, loaded
 * with a dynamic `import()` once the cards are on screen — the view of a
 * card's sources (built only when the reader opens them) and, where the page
 * asks for `data-highlight`, each card's sentence marked in the article.
 * Rendering cards never waits for it.
 */
import type { VNode } from "preact";
import type { PublicCard } from "../worker/domain/public-card";
import css from "./addon.css";
import { findTextQuote } from "./anchor";
import { ArticleAnchor } from "./components/ArticleAnchor";
import { highlightRanges, showRange, styleHighlights } from "./highlight";
import { adoptStylesheet } from "./mount";

export { useRuntime } from "./addon-jsx";
export { Attribution } from "./components/Attribution";

/** The add-on's stylesheet, after widget.js's, in the shadow root the cards render in (not in a page's document). */
export function adoptStyles(root: Node): void {
  if (root instanceof ShadowRoot) adoptStylesheet(root, css);
}

/**
 * Each card's sentence in the host page (a "Show in article" button, or the
 * line saying it is not on this page, in `lang`), all marked at once, in the
 * colours `--cc-highlight*` has on `widget` (an element of the widget, which
 * inherits them from the widget's own element).
 */
export function anchorCards(cards: PublicCard[], root: Node, widget: Element, lang: string): Map<string, VNode> {
  const anchors = new Map<string, VNode>();
  const ranges: Range[] = [];
  for (const card of cards) {
    let range: Range | null = null;
    for (const { anchor } of card.articles) if (!range && anchor) range = findTextQuote(root, anchor);
    if (range) ranges.push(range);
    anchors.set(card.id, <ArticleAnchor show={range ? () => showRange(range) : undefined} lang={lang} />);
  }
  if (ranges.length) styleHighlights(widget);
  highlightRanges(ranges);
  return anchors;
}
