import { describe, expect, it } from "vitest";
import { MATCH_THRESHOLD, scoreMatch } from "../../../worker/domain/matching/score";
import { termsOf } from "../../../worker/domain/matching/terms";

const score = (sentence: string, claim: string) => scoreMatch(termsOf(sentence), termsOf(claim));

describe("places", () => {
  const claim = "Kenya has vaccinated 85 percent of children under five against measles.";

  it("are names in both languages, demonyms included, one spelling each", () => {
    expect(termsOf("Kenyan children").places).toEqual(new Set(["kenya"]));
    expect(termsOf("کودکان کنیا").places).toEqual(new Set(["kenya"]));
    expect(termsOf("in Saudi Arabia").places).toEqual(new Set(["saudi"]));
  });

  it("sink the score when the sentence is about another place, not when it names none", () => {
    const other = score("Uganda has vaccinated 85 percent of children under five against measles.", claim);
    expect(other.placesDiffer).toBe(true);
    expect(other.score).toBeLessThan(MATCH_THRESHOLD);
    expect(score("اوگاندا ۸۵ درصد کودکان زیر پنج سال را در برابر سرخک واکسینه کرده است.", claim).score).toBeLessThan(
      MATCH_THRESHOLD,
    );
    expect(score("85% of children under five have been vaccinated against measles.", claim).placesDiffer).toBe(false);
  });
});

describe("negation", () => {
  it("reads Persian verbs negated with ن or نمی, and denials", () => {
    expect(termsOf("عراق در ژانویه نفت صادر نکرد.").negated).toBe(true);
    expect(termsOf("نرخ بیکاری کاهش نیافت.").negated).toBe(true);
    expect(termsOf("این خبر را تکذیب کرد.").negated).toBe(true);
    expect(termsOf("فرمان شامل آنها نمی‌شود.").negated).toBe(true);
    // Words that merely start with ن: «نفر», «نرخ», «ندامت», «نشان», «نخست».
    expect(termsOf("نخست نرخ ندامت نفر را نشان داد.").negated).toBe(false);
  });

  it("counts Persian هیچ and هرگز with their verb as one negation", () => {
    expect(termsOf("هیچ زندانی‌ای با اعدام روبه‌رو نیست.").negated).toBe(true);
    expect(termsOf("هرگز رویه‌ای معمول نبوده است.").negated).toBe(true);
  });

  it("cancels out when doubled, and reads 'excludes' as 'does not include'", () => {
    expect(termsOf("It is not true that the order does not include them.").negated).toBe(false);
    expect(termsOf("The amnesty excludes dual nationals.").negated).toBe(true);
  });
});

describe("words and numbers", () => {
  it("split Persian words at the zero-width non-joiner as a space would", () => {
    expect(termsOf("بازداشت‌شدگان").words).toEqual(termsOf("بازداشت شدگان").words);
    expect(termsOf("زندانی‌ای").words).toEqual(new Set(["prisoner"]));
  });

  it("read newsroom shorthand and keep number words out of the content words", () => {
    expect(termsOf("3.4m barrels").numbers).toEqual(new Set([3_400_000]));
    expect(termsOf("85% of children").words).toEqual(termsOf("85 percent of children").words);
    expect(termsOf("twenty thousand people").words).toEqual(new Set(["person"]));
    expect(termsOf("tens of thousands of prisoners").words).toEqual(termsOf("ده‌ها هزار زندانی").words);
  });

  it("meet across languages through the synonym table", () => {
    const claim = "The February earthquake in Turkey killed more than 50,000 people.";
    expect(score("زمین‌لرزه فوریه ترکیه بیش از ۵۰٬۰۰۰ کشته برجای گذاشت.", claim).matched).toEqual(
      expect.arrayContaining(["earthquake", "turkey", "death", "50000"]),
    );
  });
});
