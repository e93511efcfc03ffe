/**
 * Quote marks that mean the same as a straight `'` or `"`: curly, low-9,
 * reversed, guillemets, and the primes, backtick and acute accent that
 * keyboards and OCR put in their place. Both quote matchers use this one
 * table: the verifier (a quote against its archived source) and the widget
 * (a card's sentence in the host page), so a sentence that verifies also
 * anchors.
 */
const SINGLE_QUOTES = /[\u2018-\u201B\u2032`\u00B4]/;
const DOUBLE_QUOTES = /[\u201C-\u201F\u2033\u00AB\u00BB]/;

/** `'` or `"` for a quote mark in either table; any other character unchanged. */
export function straightQuote(ch: string): string {
  return SINGLE_QUOTES.test(ch) ? "'" : DOUBLE_QUOTES.test(ch) ? '"' : ch;
}
