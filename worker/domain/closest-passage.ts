import { normalizeForMatching, type NormalizedText } from "./normalize-text";

/**
 * The passage of a source that looks most like a quote that was not found,
 * so an editor can see at once which word was changed or mistyped.
 *
 * Compares word windows of the quote's length and scores each by how many of
 * the quote's words it holds in place, then anywhere in the window. Linear in
 * the source's words times the quote's; fine for articles and reports.
 */
export function closestPassage(source: NormalizedText, original: string, quote: string): string | null {
  const quoteWords = normalizeForMatching(quote).text.split(" ").filter(Boolean);
  if (quoteWords.length === 0) return null;
  const words = [...source.text.matchAll(/\S+/g)];
  if (words.length === 0) return null;
  const size = Math.min(quoteWords.length, words.length);

  let best = { score: -1, from: 0 };
  for (let from = 0; from + size <= words.length; from++) {
    let inPlace = 0;
    const window = new Set<string>();
    for (let k = 0; k < size; k++) {
      const word = words[from + k]![0];
      window.add(word);
      if (word === quoteWords[k]) inPlace++;
    }
    const anywhere = quoteWords.filter((w) => window.has(w)).length;
    const score = inPlace * 2 + anywhere;
    if (score > best.score) best = { score, from };
  }

  const first = words[best.from]!;
  const last = words[best.from + size - 1]!;
  const start = source.origin[first.index ?? 0] ?? 0;
  const end = source.originEnd[(last.index ?? 0) + last[0].length - 1] ?? original.length;
  return original.slice(start, end);
}
