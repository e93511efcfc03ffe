import { describe, expect, it } from "vitest";
import { anchorFor, matchSentences, sentencesToMatch } from "../../../worker/domain/matching/match-article";
import { findNumbers } from "../../../worker/domain/matching/numbers";
import { MATCH_THRESHOLD, scoreMatch } from "../../../worker/domain/matching/score";
import { splitSentences } from "../../../worker/domain/matching/sentences";
import { termsOf } from "../../../worker/domain/matching/terms";

const ARRESTS = "Around 20,000 people have been arrested in connection with the protests so far.";
const ARRESTS_FA = "تاکنون حدود ۲۰ هزار نفر در ارتباط با اعتراضات بازداشت شده‌اند.";

describe("splitSentences", () => {
  it("splits English and Persian punctuation, keeping offsets into the original", () => {
    const text = "Dr. Karimi said 1.5 million people voted. Was it fair? «بله» گفت؟ آری. Line one\nLine two";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Dr. Karimi said 1.5 million people voted.",
      "Was it fair?",
      "«بله» گفت؟",
      "آری.",
      "Line one",
      "Line two",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps a closing quote with the sentence it closes", () => {
    expect(splitSentences('He said "no." Then left.').map((s) => s.text)).toEqual(['He said "no."', "Then left."]);
  });
});

describe("findNumbers", () => {
  it.each([
    ["20,000", 20000],
    ["20000", 20000],
    ["۲۰٬۰۰۰", 20000],
    ["٢٠٠٠٠", 20000],
    ["۲۰ هزار", 20000],
    ["twenty thousand", 20000],
    ["بیست هزار", 20000],
    ["1.5 million", 1500000],
  ])("reads %s as %d", (written, value) => {
    expect(termsOf(`about ${written} people`).numbers).toEqual(new Set([value]));
  });

  it("does not read a bare number word as a number", () => {
    expect(findNumbers("one of the prisoners")).toEqual([]);
  });
});

describe("scoreMatch", () => {
  const claim = termsOf(ARRESTS);
  const score = (sentence: string, against = claim) => scoreMatch(termsOf(sentence), against);

  it("matches the claim repeated in other words and other digits", () => {
    expect(score("Some 20000 protesters have been detained since the protests began.").score).toBeGreaterThanOrEqual(
      MATCH_THRESHOLD,
    );
    expect(score("Police arrested twenty thousand people during the protests.").score).toBeGreaterThanOrEqual(
      MATCH_THRESHOLD,
    );
    expect(score("۲۰٬۰۰۰ معترض تاکنون در اعتراضات بازداشت شده‌اند.", termsOf(ARRESTS_FA)).score).toBeGreaterThanOrEqual(
      MATCH_THRESHOLD,
    );
  });

  it("names the words and numbers that matched", () => {
    expect(score("About 20,000 people were arrested over the protests.").matched).toEqual(
      expect.arrayContaining(["arrest", "protest", "20000"]),
    );
  });

  it("refuses a negation, another number and an unrelated sentence", () => {
    const negated = score("It is not true that 20,000 people were arrested over the protests.");
    expect(negated.negationDiffers).toBe(true);
    expect(negated.score).toBeLessThan(MATCH_THRESHOLD);
    const other = score("About 2,000 people were arrested over the protests.");
    expect(other.numbersDiffer).toBe(true);
    expect(other.score).toBeLessThan(MATCH_THRESHOLD);
    expect(score("The weather in Tehran was mild on Sunday.").score).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe("matchSentences", () => {
  it("answers each repeating sentence with an anchor that finds it again", () => {
    const text = `Officials spoke on Monday. Rights groups say some 20,000 protesters have been detained so far. Nothing else.`;
    const matches = matchSentences(text, sentencesToMatch(text), () => [
      { id: "protest-arrests-20000", claims: [ARRESTS, ARRESTS_FA] },
    ]);
    expect(matches).toHaveLength(1);
    const [match] = matches;
    expect(match!.sentence).toBe("Rights groups say some 20,000 protesters have been detained so far.");
    expect(match!.anchor.exact).toBe(match!.sentence);
    expect(text.slice(match!.start, match!.end)).toBe(match!.sentence);
    expect(match!.anchor.prefix).toBe(text.slice(Math.max(0, match!.start - 32), match!.start));
    expect(anchorFor(text, 0, 5)).toEqual({ exact: "Offic", suffix: text.slice(5, 37) });
  });
});
