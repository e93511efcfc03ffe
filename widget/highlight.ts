/**
 * Marks ranges of the host article with the CSS Custom Highlight API: no
 * element is added to or changed in the host page. Where the API is missing
 * nothing is marked, and nothing breaks.
 */
const NAME = "claimcards";
const ACTIVE = "claimcards-active";

let sheet: CSSStyleSheet | undefined;
/** The colours when neither the article's text nor any widget's element sets them. */
const colours = { "--cc-highlight": "#fff1a8", "--cc-highlight-active": "#ffd54f" };

/**
 * `::highlight()` can only be styled from the host document, and there its
 * `var()` resolves on the article's own text, which does not inherit from the
 * widget's element. So the colours set on (or inherited by) the widget's
 * element are read there and written into the rule as the fallback: a value
 * the article's text inherits (from `:root`, say) still wins, as before.
 * Several widgets on one page share the highlight: the last one that sets a
 * colour decides it. An adopted stylesheet needs no `<style>` element (a
 * strict style-src CSP allows it), and it names only our own highlights.
 */
export function styleHighlights(widget: Element): void {
  if (!("adoptedStyleSheets" in document)) return;
  const style = getComputedStyle(widget);
  for (const name of Object.keys(colours) as (keyof typeof colours)[]) {
    const value = style.getPropertyValue(name).trim();
    // Only a colour: the value is page content and must not add rules of its own to the page.
    if (value && CSS.supports("color", value)) colours[name] = value;
  }
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(
    `::highlight(${NAME}){background-color:var(--cc-highlight,${colours["--cc-highlight"]});color:inherit}` +
      `::highlight(${ACTIVE}){background-color:var(--cc-highlight-active,${colours["--cc-highlight-active"]});color:inherit}`,
  );
}

function registry(): HighlightRegistry | undefined {
  return typeof Highlight === "function" ? globalThis.CSS?.highlights : undefined;
}

/** Adds ranges to the page's claimcards highlight. */
export function highlightRanges(ranges: Range[]): void {
  const highlights = registry();
  if (!highlights || !ranges.length) return;
  const existing = highlights.get(NAME);
  if (existing) ranges.forEach((range) => existing.add(range));
  else highlights.set(NAME, new Highlight(...ranges));
}

/** Scrolls the sentence into view and marks it as the one being looked at. */
export function showRange(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ behavior: "smooth", block: "center" });
  registry()?.set(ACTIVE, new Highlight(range));
}
