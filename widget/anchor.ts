/**
 * Finding a card's sentence (a W3C TextQuoteSelector) in the host article,
 * without touching the host DOM: the result is a Range over its text nodes.
 *
 * Exact text first; then tolerant of whitespace and quote-mark differences
 * (the CMS may have curled quotes or re-wrapped lines); repeated sentences
 * are told apart by how well their surroundings match prefix and suffix.
 */
import { straightQuote } from "../common/quotes";
import type { TextQuoteSelector } from "../worker/domain/schema/card";

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEXTAREA|TEMPLATE|CLAIMCARDS-WIDGET)$/;

interface TextIndex {
  text: string;
  nodes: Text[];
  /** Start of each node's text in `text`. */
  starts: number[];
}

function indexText(root: Node): TextIndex {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      SKIP.test(node.parentElement?.tagName ?? "") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  return { text, nodes, starts };
}

/** Whitespace runs → one space, quote marks → straight (common/quotes.ts); `map[i]` is the original index of unit i. */
function loosen(text: string): { text: string; map: number[] } {
  let out = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    if (/\s/.test(ch)) {
      if (out.endsWith(" ")) continue;
      ch = " ";
    } else ch = straightQuote(ch);
    out += ch;
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}

/** How many characters of `context` match the text beside the hit, comparing without whitespace. */
function contextScore(text: string, start: number, end: number, selector: TextQuoteSelector): number {
  const squash = (s: string) => loosen(s).text.replace(/ /g, "");
  let score = 0;
  const prefix = squash(selector.prefix ?? "");
  const before = squash(text.slice(Math.max(0, start - prefix.length * 2 - 20), start));
  for (let i = 1; i <= prefix.length && before.at(-i) === prefix.at(-i); i++) score++;
  const suffix = squash(selector.suffix ?? "");
  const after = squash(text.slice(end, end + suffix.length * 2 + 20));
  for (let i = 0; i < suffix.length && after[i] === suffix[i]; i++) score++;
  return score;
}

function allIndexes(haystack: string, needle: string): number[] {
  const hits: number[] = [];
  if (!needle) return hits;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) hits.push(at);
  return hits;
}

/** Character span of the selector in `text`, or null. */
export function locateQuote(text: string, selector: TextQuoteSelector): { start: number; end: number } | null {
  let spans = allIndexes(text, selector.exact).map((start) => ({ start, end: start + selector.exact.length }));
  if (!spans.length) {
    const loose = loosen(text);
    const exact = loosen(selector.exact).text.trim();
    spans = allIndexes(loose.text, exact).map((at) => ({
      start: loose.map[at]!,
      end: loose.map[at + exact.length - 1]! + 1,
    }));
  }
  let best: { start: number; end: number } | null = null;
  let bestScore = -1;
  for (const span of spans) {
    const score = spans.length > 1 ? contextScore(text, span.start, span.end, selector) : 0;
    if (score > bestScore) [best, bestScore] = [span, score];
  }
  return best;
}

function position(index: TextIndex, offset: number, isEnd: boolean): [Text, number] {
  // The last node starting at or before the offset (for an end, strictly before it).
  let i = index.starts.length - 1;
  while (i > 0 && (isEnd ? index.starts[i]! >= offset : index.starts[i]! > offset)) i--;
  return [index.nodes[i]!, offset - index.starts[i]!];
}

/** A Range over the selector's text in `root`, or null when the page does not contain it. */
export function findTextQuote(root: Node, selector: TextQuoteSelector): Range | null {
  const index = indexText(root);
  const span = locateQuote(index.text, selector);
  if (!span || !index.nodes.length) return null;
  const range = root.ownerDocument!.createRange();
  range.setStart(...position(index, span.start, false));
  range.setEnd(...position(index, span.end, true));
  return range;
}
