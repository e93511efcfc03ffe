/**
 * Marks ranges of the host article with the CSS Custom Highlight API: no
 * element is added to or changed in the host page. Where the API is missing
 * nothing is marked, and nothing breaks.
 */
const NAME = "claimcards";
const ACTIVE = "claimcards-active";

let styled = false;

/**
 * `::highlight()` can only be styled from the host document. An adopted
 * stylesheet does that without a `<style>` element (so a strict style-src
 * CSP allows it), and it names only our own highlights.
 */
function adoptHighlightStyles(doc: Document): void {
  if (styled || !("adoptedStyleSheets" in doc)) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `::highlight(${NAME}){background-color:var(--cc-highlight,#fff1a8);color:inherit}` +
      `::highlight(${ACTIVE}){background-color:var(--cc-highlight-active,#ffd54f);color:inherit}`,
  );
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

function registry(): HighlightRegistry | undefined {
  return typeof Highlight === "function" ? globalThis.CSS?.highlights : undefined;
}

/** Adds ranges to the page's claimcards highlight. */
export function highlightRanges(ranges: Range[]): void {
  const highlights = registry();
  if (!highlights || !ranges.length) return;
  adoptHighlightStyles(document);
  const existing = highlights.get(NAME);
  if (existing) ranges.forEach((range) => existing.add(range));
  else highlights.set(NAME, new Highlight(...ranges));
}

/** Scrolls the sentence into view and marks it as the one being looked at. */
export function showRange(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ behavior: "smooth", block: "center" });
  const highlights = registry();
  if (highlights) {
    adoptHighlightStyles(document);
    highlights.set(ACTIVE, new Highlight(range));
  }
}
