/**
 * The sentences around a quote, so readers see what it was said in reply to
 * or followed by without the full archived copy: the quote's own sentence(s)
 * and one on each side, cut to a bounded length around the quote.
 */

/** Longest context shown with a quote, in characters (quote included). */
export const MAX_CONTEXT = 600;

/** Sentence boundaries in `text`, by the language's rules where the runtime knows them. */
function sentenceStarts(text: string, lang: string | undefined): number[] {
  const starts = [0];
  try {
    // Paragraph breaks come back as segments of their own: a sentence must have words.
    for (const { index, segment } of new Intl.Segmenter(lang, { granularity: "sentence" }).segment(text)) {
      if (index > 0 && segment.trim()) starts.push(index);
    }
  } catch {
    // No Intl.Segmenter: sentence ends are . ! ? and their Persian/Arabic forms, or a blank line.
    for (const match of text.matchAll(/[.!?\u061F\u06D4…]+["'”’»)]*\s+|\n\s*\n/g))
      starts.push(match.index + match[0].length);
  }
  return starts;
}

/** Cuts `text` at a word boundary near `at`, moving toward `toward`. */
function wordBoundary(text: string, at: number, toward: "start" | "end"): number {
  const window = toward === "start" ? text.slice(at, at + 40) : text.slice(Math.max(0, at - 40), at);
  const space = toward === "start" ? window.search(/\s/) : window.search(/\s\S*$/);
  if (space === -1) return at;
  return toward === "start" ? at + space + 1 : at - window.length + space;
}

/**
 * The context of the quote at `offset`/`length` in `text`, at most
 * `max` characters, with `…` where it was cut inside a sentence.
 */
export function quoteContext(text: string, offset: number, length: number, lang?: string, max = MAX_CONTEXT): string {
  // Look at a window, not the whole archived text: a long report need not be segmented for one quote.
  const windowStart = Math.max(0, offset - max * 2);
  const windowEnd = Math.min(text.length, offset + length + max * 2);
  const window = text.slice(windowStart, windowEnd);
  const quoteStart = offset - windowStart;
  const quoteEnd = quoteStart + length;
  const starts = [...sentenceStarts(window, lang), window.length];
  let first = 0;
  while (first + 1 < starts.length && starts[first + 1]! <= quoteStart) first++;
  const last = starts.findIndex((s) => s >= quoteEnd);
  let start = starts[Math.max(0, first - 1)] ?? 0;
  let end = starts[Math.min(starts.length - 1, last + 1)] ?? window.length;
  // The first sentence of the window may be a fragment; so may the last.
  if (start === 0 && windowStart > 0) start = wordBoundary(window, 0, "start");
  if (end === window.length && windowEnd < text.length) end = wordBoundary(window, window.length, "end");
  if (end - start > max) {
    // Too long: keep the quote and share what is left between both sides.
    const spare = Math.max(0, max - length);
    const before = Math.max(start, quoteStart - Math.floor(spare / 2));
    const after = Math.min(end, quoteEnd + (spare - (quoteStart - before)));
    start = before > start ? wordBoundary(window, before, "start") : start;
    end = after < end ? wordBoundary(window, after, "end") : end;
    if (start > quoteStart) start = quoteStart;
    if (end < quoteEnd) end = quoteEnd;
  }
  const cutBefore = !starts.includes(start) || (start === 0 && windowStart > 0);
  const cutAfter = !starts.includes(end) || (end === window.length && windowEnd < text.length);
  const body = window.slice(start, end).replace(/\s+/g, " ").trim();
  return `${cutBefore ? "… " : ""}${body}${cutAfter ? " …" : ""}`;
}
