import { describe, expect, it } from "vitest";
import { quoteContext } from "../../../worker/domain/quote-context";

const text = [
  "The schools minister said on Tuesday that 4,200 new classrooms would open by September.",
  "Opposition MPs said the figure counted rooms that were only refurbished. Officials did not respond to requests for comment.",
  "What the budget says",
].join("\n\n");

const at = (quote: string) => [text.indexOf(quote), quote.length] as const;

describe("quoteContext", () => {
  it("gives the quote's sentence with one sentence on each side", () => {
    expect(quoteContext(text, ...at("only refurbished"))).toBe(
      "The schools minister said on Tuesday that 4,200 new classrooms would open by September. " +
        "Opposition MPs said the figure counted rooms that were only refurbished. Officials did not respond to requests for comment.",
    );
  });
});

describe("quoteContext bounds", () => {
  const long = `${Array.from(
    { length: 40 },
    (_, i) => `Sentence number ${i} talks about the budget at some length without ending soon`,
  ).join(", ")}.`;

  it("never exceeds the limit and keeps the whole quote, marking the cuts", () => {
    const quote = "Sentence number 20 talks about the budget";
    const context = quoteContext(long, long.indexOf(quote), quote.length);
    expect(context.length).toBeLessThanOrEqual(600 + 4);
    expect(context).toContain(quote);
    expect(context.startsWith("… ")).toBe(true);
    expect(context.endsWith(" …")).toBe(true);
  });

  it("splits Persian sentences", () => {
    const fa = "جمله اول درباره بودجه است. وزیر گفت ۴۲۰۰ کلاس افتتاح می‌شود. منتقدان مخالفند. جمله آخر.";
    const quote = "۴۲۰۰ کلاس افتتاح";
    expect(quoteContext(fa, fa.indexOf(quote), quote.length, "fa")).toBe(
      "جمله اول درباره بودجه است. وزیر گفت ۴۲۰۰ کلاس افتتاح می‌شود. منتقدان مخالفند.",
    );
  });
});
