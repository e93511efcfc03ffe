/**
 * The article-highlighting add-on, loaded by widget.js with a dynamic
 * `import()` only when a page asks for `data-highlight`: rendering cards
 * never waits for it, and pages without highlights never download it.
 */
import type { PublicCard } from "../worker/domain/public-card";
import { findTextQuote } from "./anchor";
import type { ArticleAnchor } from "./components/Card";
import { highlightRanges, showRange, styleHighlights } from "./highlight";

/**
 * Each card's sentence in the host page (null: not on this page), all marked
 * at once, in the colours `--cc-highlight*` has on `widget` (an element of
 * the widget, which inherits them from the widget's own element).
 */
export function anchorCards(cards: PublicCard[], root: Node, widget: Element): Map<string, ArticleAnchor | null> {
  const anchors = new Map<string, ArticleAnchor | null>();
  const ranges: Range[] = [];
  for (const card of cards) {
    let range: Range | null = null;
    for (const { anchor } of card.articles) if (!range && anchor) range = findTextQuote(root, anchor);
    if (range) ranges.push(range);
    anchors.set(card.id, range && { show: () => showRange(range) });
  }
  if (ranges.length) styleHighlights(widget);
  highlightRanges(ranges);
  return anchors;
}
