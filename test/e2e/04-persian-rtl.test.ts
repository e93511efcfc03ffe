import { describe, expect, it } from "vitest";
import { VERDICTS } from "../../common/verdicts";
import { fixtureUrl, openPage, readCards, useBrowser } from "./browser";

const browser = useBrowser();

describe("04_persian-rtl: a Persian page without data-lang", () => {
  it("renders the widget in Persian, right to left, with Persian dates", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(fixtureUrl("04_persian-rtl"));
    const cards = await readCards(page);
    expect(cards.length).toBeGreaterThanOrEqual(6);
    for (const card of cards) expect(Object.values(VERDICTS).map((v) => v.label.fa)).toContain(card.verdict);

    const widget = await page.locator("claimcards-widget").evaluate((el) => {
      const section = el.shadowRoot!.querySelector(".claimcards")!;
      return {
        title: section.querySelector(".title")?.textContent,
        lang: section.getAttribute("lang"),
        dir: section.getAttribute("dir"),
        direction: getComputedStyle(section).direction,
        dates: [...section.querySelectorAll(".review time")].map((time) => time.textContent ?? ""),
      };
    });
    expect(widget).toMatchObject({ title: "راستی‌آزمایی‌ها", lang: "fa", dir: "rtl", direction: "rtl" });
    expect(widget.dates.length).toBe(cards.length);
    // Solar Hijri calendar in Persian digits, e.g. "۱۸ بهمن ۱۴۰۱": no Latin digits, no Gregorian months.
    for (const date of widget.dates) {
      expect(date).toMatch(/^[۰-۹]+ [\u0600-\u06FF]+ [۰-۹]{4}$/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
