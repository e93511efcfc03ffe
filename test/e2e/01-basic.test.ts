import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, readCards, watchPageErrors } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe("the demo article (01: basic embed)", () => {
  it("shows the seed cards beside the article, read out of the shadow root", async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${inject("baseUrl")}/demo/iran-amnesty`);
    const cards = await readCards(page);
    expect(cards.length).toBeGreaterThanOrEqual(6);
    const amnesty = cards.find((card) => card.claim.includes("tens of thousands"));
    expect(amnesty?.verdict).toBe("Misleading");
    expect(amnesty?.claimant).toContain("Iranian state media");
    expect(amnesty?.quotes[0]).toContain('amnesty for "tens of thousands" of prisoners');
    // The host page's own text is untouched by the widget.
    expect(await page.locator("article.story h1").textContent()).toMatch(/^Iranian Activists Greet Prisoner Amnesty/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the Persian widget right to left with translated cards", async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${inject("baseUrl")}/demo/iran-amnesty-fa`);
    const cards = await readCards(page);
    expect(cards.some((card) => card.dir === "rtl" && /[\u0600-\u06FF]/.test(card.claim))).toBe(true);
    expect(cards.map((card) => card.verdict)).toContain("گمراه‌کننده");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("serves the landing page with the embed snippet", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("baseUrl")}/`);
    expect(await page.locator("pre code").textContent()).toContain('<script async src="https://cards.example.org/widget.js"');
    await page.close();
  });
});
