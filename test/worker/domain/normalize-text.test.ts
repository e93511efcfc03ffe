import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizedText, normalizeForMatching } from "../../../worker/domain/normalize-text";

/**
 * Pieces of text where normalisation has something to do: every printable
 * ASCII character, whitespace of several kinds, combining marks and
 * characters NFC changes (decomposed é, the ångström sign, Hangul jamo that
 * compose), zero-width characters, every kind of quote mark, Arabic letter
 * variants, Persian and Arabic-Indic digits, an emoji and a lone surrogate.
 */
const PIECES = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ..."\n\t\r\u00a0\u2028\u3000",
  ..."\u0301\u0654\u064e",
  "e\u0301",
  "\u212b",
  "\u0958",
  "\u1100\u1161",
  "\u11a8",
  ..."\u200b\u200c\u200d\u2060\ufeff\u00ad",
  ..."‘’‚‛“”„‟«»′″`´",
  ..."\u064a\u0649\u0643یکا",
  ..."۰۲۹٠٢٩",
  "😀",
  "\ud800",
];

describe("normalizedText", () => {
  it("is exactly the text normalizeForMatching gives, for any text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join("");
        expect(normalizedText(text)).toBe(normalizeForMatching(text).text);
      }),
      { numRuns: 5000 },
    );
  });

  it("normalises a sentence from a real article as the verifier does", () => {
    const text = "  Iran’s  “amnesty”\u200b decree: ۲۰٬۰۰۰ arrested\u00a0— cafe\u0301 كتاب ";
    expect(normalizedText(text)).toBe(`Iran's "amnesty" decree: 20٬000 arrested — café کتاب`);
  });
});
