import { describe, expect, it } from "vitest";
import { fixtureUrl, nextFrames, openPage, useBrowser } from "./browser";

const browser = useBrowser();

/** Layout shift not caused by the reader's input, since the page started. */
const SHIFT_OBSERVER = () => {
  (window as unknown as { shift: number }).shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
      if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
    }
  }).observe({ type: "layout-shift", buffered: true });
};

describe("12_compact-layout: a fixed row in the article flow", () => {
  it.each([
    ["empty", 0, "No fact checks for this article."],
    ["one", 1, "1 fact check:"],
    ["six", 6, "6 fact checks:"],
  ])("with %s cards: no layout shift, the verdicts in one row, the cards on click", async (mode, count, text) => {
    const { page, errors } = await openPage(browser());
    await page.addInitScript(SHIFT_OBSERVER);
    await page.goto(fixtureUrl("12_compact-layout", mode));
    const belowAtStart = await page.locator("#below").evaluate((el) => el.getBoundingClientRect().top);
    await page.waitForFunction(
      () => {
        const root = document.querySelector("#cards")?.shadowRoot;
        return !!root && !root.textContent?.includes("Loading") && !!root.querySelector(".compact-row, .status");
      },
      undefined,
      { timeout: 15_000 },
    );
    await nextFrames(page);
    const row = await page.evaluate(
      () => document.querySelector("#cards")!.shadowRoot!.querySelector(".cc-root")!.textContent,
    );
    expect(row).toContain(text);
    expect(await page.locator("#below").evaluate((el) => el.getBoundingClientRect().top)).toBe(belowAtStart);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);

    if (count) {
      await page.locator("#cards").locator("button.compact-row").click();
      await nextFrames(page);
      expect(
        await page.evaluate(
          () => document.querySelector("#cards")!.shadowRoot!.querySelectorAll("article.card").length,
        ),
      ).toBe(count);
      // The article moved because the reader asked: that is not layout shift.
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("takes the row's height from --cc-compact-height on the widget's element", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(fixtureUrl("12_compact-layout", "six"));
    const rowHeight = () =>
      page.evaluate(
        () => document.querySelector("#cards")!.shadowRoot!.querySelector(".cc-root")!.getBoundingClientRect().height,
      );
    await page.waitForFunction(() => !!document.querySelector("#cards")?.shadowRoot?.querySelector(".compact-row"));
    expect(await rowHeight()).toBe(44);
    await page.evaluate(() =>
      document.querySelector<HTMLElement>("#cards")!.style.setProperty("--cc-compact-height", "60px"),
    );
    await nextFrames(page);
    expect(await rowHeight()).toBe(60);
    expect(errors).toEqual([]);
    await page.close();
  });
});
