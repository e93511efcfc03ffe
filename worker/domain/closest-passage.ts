import { type NormalizedText, normalizedText } from "./normalize-text";

/**
 * Most in-place word matches counted for one quote. Only a quote made of
 * words the source repeats endlessly ("a a a …") gets near it; past it the
 * rest of the source is still scored by which quote words its windows hold,
 * just no longer by their order.
 */
export const MAX_IN_PLACE_MATCHES = 1_000_000;

export interface ClosestPassage {
  passage: string | null;
  /**
   * Steps taken: source words read, in-place matches counted and windows
   * scored. At most 2 × the source's words + MAX_IN_PLACE_MATCHES, whatever
   * the quote: for the largest source (1,500,000 bytes, so at most 750,000
   * words) about 2.5 million steps.
   */
  work: number;
}

/**
 * The passage of a source that looks most like a quote that was not found,
 * so an editor can see at once which word was changed or mistyped.
 */
export function closestPassage(source: NormalizedText, original: string, quote: string): string | null {
  return findClosestPassage(source, original, quote).passage;
}

/**
 * Scores every window of the quote's length in words by how many of the
 * quote's words it holds in place (twice) plus how many it holds anywhere,
 * and returns the best (the first, on a tie).
 *
 * Comparing each window with the whole quote would cost source words ×
 * quote words (750,000 × 1,000 for the largest source and quote). Instead
 * each source word that is the quote's k-th word counts one in-place match
 * for the window starting k words before it (capped), and a window's
 * "anywhere" count is updated as it slides by one word: linear in the
 * source's length.
 */
export function findClosestPassage(source: NormalizedText, original: string, quote: string): ClosestPassage {
  const quoteWords = normalizedText(quote).split(" ").filter(Boolean);
  if (quoteWords.length === 0) return { passage: null, work: 0 };

  // Each distinct quote word is a number; any other word is -1.
  const ids = new Map<string, number>();
  const quoteIds = quoteWords.map((word) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    return id;
  });
  const placesInQuote: number[][] = Array.from({ length: ids.size }, () => []);
  const timesInQuote = new Int32Array(ids.size);
  quoteIds.forEach((id, k) => {
    placesInQuote[id]!.push(k);
    timesInQuote[id]!++;
  });

  // The normalised text separates words by single spaces.
  const text = source.text;
  const starts: number[] = [];
  const wordIds: number[] = [];
  let work = 0;
  for (let i = 0; i < text.length; ) {
    let end = text.indexOf(" ", i);
    if (end === -1) end = text.length;
    if (end > i) {
      starts.push(i);
      wordIds.push(ids.get(text.slice(i, end)) ?? -1);
      work++;
    }
    i = end + 1;
  }
  const count = wordIds.length;
  if (count === 0) return { passage: null, work };
  const size = Math.min(quoteWords.length, count);
  const windows = count - size + 1;

  const inPlace = new Int32Array(windows);
  let matches = 0;
  counting: for (let p = 0; p < count; p++) {
    const id = wordIds[p]!;
    if (id < 0) continue;
    for (const k of placesInQuote[id]!) {
      const from = p - k;
      if (k >= size || from < 0) break; // places ascend: later ones start even earlier
      if (from >= windows) continue;
      inPlace[from]!++;
      work++;
      if (++matches >= MAX_IN_PLACE_MATCHES) break counting;
    }
  }

  // How many of the quote's words (with repeats) the current window holds.
  const inWindow = new Int32Array(ids.size);
  let anywhere = 0;
  const enter = (p: number) => {
    const id = wordIds[p]!;
    if (id >= 0 && inWindow[id]!++ === 0) anywhere += timesInQuote[id]!;
  };
  const leave = (p: number) => {
    const id = wordIds[p]!;
    if (id >= 0 && --inWindow[id]! === 0) anywhere -= timesInQuote[id]!;
  };
  for (let p = 0; p < size; p++) enter(p);
  let best = { score: -1, from: 0 };
  for (let from = 0; from < windows; from++) {
    if (from > 0) {
      leave(from - 1);
      enter(from + size - 1);
    }
    const score = inPlace[from]! * 2 + anywhere;
    if (score > best.score) best = { score, from };
    work++;
  }

  const firstStart = starts[best.from]!;
  const lastStart = starts[best.from + size - 1]!;
  const lastEnd = text.indexOf(" ", lastStart) === -1 ? text.length : text.indexOf(" ", lastStart);
  const start = source.origin[firstStart] ?? 0;
  const end = source.originEnd[lastEnd - 1] ?? original.length;
  return { passage: original.slice(start, end), work };
}
