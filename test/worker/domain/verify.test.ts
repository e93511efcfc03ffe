import fc from "fast-check";
import { describe, expect, it } from "vitest";
import articleText from "../../../data/sources/iran-amnesty-article.txt?raw";
import { findAllNormalized, normalizeForMatching } from "../../../worker/domain/normalize-text";
import { type Card, CardSchema } from "../../../worker/domain/schema/card";
import { parseWith } from "../../../worker/domain/schema/issues";
import type { ArchivedSource } from "../../../worker/domain/schema/source";
import { SourceIndex, verifyCard } from "../../../worker/domain/verify";

const article: ArchivedSource = {
  id: "article",
  url: "https://news.example/2023/02/iran-amnesty",
  title: "Article",
  publisher: "News Example",
  archivedAt: "2026-11-27T09:00:00Z",
  text: articleText,
  sha256: "0".repeat(64),
};
const index = new SourceIndex([article]);

function card(overrides: Partial<Card> = {}): Card {
  const parsed = parseWith(CardSchema, {
    id: "test-card",
    version: 1,
    status: "published",
    lang: "en",
    claim: { text: "A claim.", claimant: { name: "Someone", kind: "person" } },
    verdict: "accurate",
    summary: "Because.",
    attributions: [{ source: "article", quote: "around 20,000 people have been arrested", stance: "supports" }],
    articles: [],
    authors: [{ id: "ana", name: "Ana" }],
    reviewedBy: [{ id: "ben", name: "Ben" }],
    reviewer: { name: "Desk" },
    updatedAt: "2023-02-07",
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { ...parsed.value, ...overrides };
}

const words = articleText.split(/\s+/).filter(Boolean);

describe("verifyCard", () => {
  it("accepts a quote copied from the source and records its offset", () => {
    const result = verifyCard(card(), index);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [check] = result.quotes;
    expect(articleText.slice(check!.offset, check!.offset + check!.length)).toBe(
      "around 20,000 people have been arrested",
    );
  });

  it("any run of whole words from the source verifies", () => {
    fc.assert(
      fc.property(fc.nat(words.length - 1), fc.integer({ min: 1, max: 30 }), (start, length) => {
        const quote = words.slice(start, start + length).join(" ");
        const result = verifyCard(card({ attributions: [{ source: "article", quote, stance: "supports" }] }), index);
        expect(result.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a quote with one word changed does not verify", () => {
    fc.assert(
      fc.property(fc.nat(words.length - 8), fc.integer({ min: 3, max: 12 }), fc.nat(), (start, length, pick) => {
        const quoteWords = words.slice(start, start + length);
        quoteWords[pick % quoteWords.length] = "zzxqj";
        const quote = quoteWords.join(" ");
        const result = verifyCard(card({ attributions: [{ source: "article", quote, stance: "supports" }] }), index);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("tolerates curly quotes, line breaks and extra spaces, and says where it was found", () => {
    const quote = "“tens of\n  thousands” of prisoners";
    const result = verifyCard(card({ attributions: [{ source: "article", quote, stance: "supports" }] }), index);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { offset, length } = result.quotes[0]!;
    expect(articleText.slice(offset, offset + length)).toBe('"tens of thousands" of prisoners');
  });

  it("names the closest passage when a quote is not in the source", () => {
    const quote = "around 30,000 people have been arrested";
    const result = verifyCard(card({ attributions: [{ source: "article", quote, stance: "supports" }] }), index);
    expect(result).toMatchObject({ ok: false, problems: [{ path: "attributions[0].quote" }] });
    if (result.ok) return;
    expect(result.problems[0]!.message).toContain('closest passage: "around 20,000 people have been arrested');
  });

  it("refuses an author reviewing their own card, an unknown source, and no attributions", () => {
    // The same person (id), whatever name the entry shows.
    expect(verifyCard(card({ reviewedBy: [{ id: "ana", name: "A. N. Other" }] }), index)).toMatchObject({
      ok: false,
      problems: [{ path: "reviewedBy[0]" }],
    });
    // Names are for display: two people who share a name are still two people.
    expect(verifyCard(card({ reviewedBy: [{ id: "ana-2", name: "Ana" }] }), index)).toMatchObject({ ok: true });
    expect(verifyCard(card({ reviewedBy: [] }), index)).toMatchObject({
      ok: false,
      problems: [{ path: "reviewedBy" }],
    });
    expect(verifyCard(card({ attributions: [] }), index)).toMatchObject({
      ok: false,
      problems: [{ path: "attributions" }],
    });
    const unknown = card({ attributions: [{ source: "nowhere", quote: "x", stance: "supports" }] });
    expect(verifyCard(unknown, index)).toMatchObject({ ok: false, problems: [{ path: "attributions[0].source" }] });
  });

  it("checks article anchors against the archived article, with prefix and suffix", () => {
    const exact =
      "Human rights groups estimate that around 20,000 people have been arrested in connection with the protests so far.";
    const good = card({ articles: [{ url: article.url!, anchor: { exact, suffix: " The Norway-based" } }] });
    expect(verifyCard(good, index).ok).toBe(true);
    const wrongContext = card({ articles: [{ url: article.url!, anchor: { exact, prefix: "nowhere in the text" } }] });
    expect(verifyCard(wrongContext, index)).toMatchObject({
      ok: false,
      problems: [{ path: "articles[0].anchor.exact" }],
    });
    const missing = card({ articles: [{ url: article.url!, anchor: { exact: "A sentence that is not there." } }] });
    expect(verifyCard(missing, index)).toMatchObject({ ok: false, problems: [{ path: "articles[0].anchor.exact" }] });
  });
});

describe("normalizeForMatching", () => {
  it("matches Persian text across Arabic letter variants and zero-width joiners", () => {
    const source = normalizeForMatching("گزارش‌های رسمی از یک کشور");
    expect(findAllNormalized(source, "گزارشهای رسمي از يك كشور")).toHaveLength(1);
  });

  it("matches decomposed and composed Unicode (NFC)", () => {
    const source = normalizeForMatching("the café opened");
    expect(findAllNormalized(source, "the cafe\u0301 opened")).toEqual([{ start: 0, end: 15 }]);
  });
});
