import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestPassage, findClosestPassage, MAX_IN_PLACE_MATCHES } from "../../../worker/domain/closest-passage";
import { type NormalizedText, normalizeForMatching } from "../../../worker/domain/normalize-text";
import { MAX_SOURCE_TEXT_BYTES } from "../../../worker/domain/schema/source";
import { utf8ByteLength } from "../../../worker/domain/utf8-length";

/** The rule itself, written the slow obvious way: each window compared with the whole quote. */
function referenceClosest(source: NormalizedText, original: string, quote: string): string | null {
  const quoteWords = normalizeForMatching(quote).text.split(" ").filter(Boolean);
  const words = [...source.text.matchAll(/\S+/g)];
  if (!quoteWords.length || !words.length) return null;
  const size = Math.min(quoteWords.length, words.length);
  let best = { score: -1, from: 0 };
  for (let from = 0; from + size <= words.length; from++) {
    const window = words.slice(from, from + size).map((w) => w[0]);
    const inPlace = window.filter((word, k) => word === quoteWords[k]).length;
    const anywhere = quoteWords.filter((w) => window.includes(w)).length;
    if (inPlace * 2 + anywhere > best.score) best = { score: inPlace * 2 + anywhere, from };
  }
  const first = words[best.from]!;
  const last = words[best.from + size - 1]!;
  return original.slice(source.origin[first.index!]!, source.originEnd[last.index! + last[0].length - 1]!);
}

const closest = (text: string, quote: string) => closestPassage(normalizeForMatching(text), text, quote);

describe("the closest passage to a quote that is not in the source", () => {
  it("shows the passage with the changed word, in English and in Persian", () => {
    const text =
      "The report was published on Monday. Around 20,000 people have been arrested since September. Officials denied it.";
    expect(closest(text, "around 30,000 people have been arrested")).toBe("Around 20,000 people have been arrested");
    const fa = "گزارش روز دوشنبه منتشر شد. بیش از ۲۰ هزار نفر بازداشت شده‌اند. مقامات آن را رد کردند.";
    expect(closest(fa, "بیش از ۳۰ هزار نفر بازداشت شده‌اند")).toBe("بیش از ۲۰ هزار نفر بازداشت شده‌اند.");
  });

  it("chooses exactly the passage that comparing every window with the whole quote chooses", () => {
    const word = fc.constantFrom("a", "b", "c", "d", "e", "the", "بند", "يک", "یک");
    const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(" "));
    fc.assert(
      fc.property(words(60), words(12), (text, quote) => {
        expect(closest(text, quote)).toBe(referenceClosest(normalizeForMatching(text), text, quote));
      }),
      { numRuns: 300 },
    );
  });

  it("stays linear in the source for the worst quote against the largest source", () => {
    // The largest source with the most words (one letter each) and a
    // 2,000-character quote of the same word, ending in one that is not there:
    // comparing every window with the quote would be 750,000 × 1,000 steps.
    const text = "a ".repeat(MAX_SOURCE_TEXT_BYTES / 2);
    expect(utf8ByteLength(text)).toBe(MAX_SOURCE_TEXT_BYTES);
    const quote = `${"a ".repeat(999)}b`;
    const source = normalizeForMatching(text);
    const started = Date.now();
    const { passage, work } = findClosestPassage(source, text, quote);
    const sourceWords = MAX_SOURCE_TEXT_BYTES / 2;
    expect(work).toBeLessThanOrEqual(2 * sourceWords + MAX_IN_PLACE_MATCHES);
    expect(passage).toBe(`${"a ".repeat(999).trim()} a`);
    // Tens of milliseconds here; the bound only catches a return to quadratic work.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("costs one pass over the source for a quote of words it never uses", () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `w${i}`).join(" ");
    const { work } = findClosestPassage(normalizeForMatching(text), text, "x ".repeat(999));
    expect(work).toBeLessThanOrEqual(2 * 100_000);
  });
});
