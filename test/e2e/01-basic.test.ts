import { describe, expect, inject, it } from "vitest";
import { fixtureUrl, nextFrames, openPage, readCards, useBrowser, watchPageErrors } from "./browser";

const browser = useBrowser();

describe("01_basic: a news page with the script tag in its aside", () => {
  it("renders the cards cross-origin without errors, marks performance and shifts no layout", async () => {
    const { page, errors } = await openPage(browser());
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.__cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(fixtureUrl("01_basic"));
    const cards = await readCards(page);
    expect(cards.length).toBeGreaterThanOrEqual(6);
    expect(cards.find((card) => card.claim.includes("tens of thousands"))?.verdict).toBe("Misleading");

    const marks = await page.evaluate(() => performance.getEntriesByType("mark").map((mark) => mark.name));
    expect(marks).toEqual(expect.arrayContaining(["claimcards:start", "claimcards:cards"]));

    await nextFrames(page);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    // The observer does see shifts: pushing the article down is one.
    await page.evaluate(() =>
      document
        .querySelector("article")!
        .prepend(Object.assign(document.createElement("p"), { textContent: "Breaking" })),
    );
    await page.waitForFunction(() => (window as unknown as { __cls: number }).__cls > 0);

    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the Worker's own demo pages", () => {
  it("shows the seed cards beside the article, read out of the shadow root", async () => {
    const page = await browser().newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${inject("baseUrl")}/demo/iran-amnesty`);
    const cards = await readCards(page, "claimcards-widget", { openSources: true });
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

  it("shows the cards attached to the follow-up story beside it, each sentence highlighted", async () => {
    const page = await browser().newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${inject("baseUrl")}/demo/iran-amnesty-follow-up`);
    const cards = await readCards(page);
    expect(cards.map((card) => card.claim).sort()).toEqual([
      "Around 20,000 people have been arrested in connection with the protests so far.",
      "In order to be pardoned, the accused must express regret for their activities and give a written commitment not to repeat those activities.",
    ]);
    await page.waitForFunction(() => (CSS.highlights.get("claimcards")?.size ?? 0) === 2);
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get("claimcards") ?? [])].map((range) => (range as Range).toString()).sort(),
    );
    expect(marked).toEqual([
      "Lawyers said that to receive a pardon, prisoners must show remorse and promise in writing not to repeat their activities.",
      "Rights groups now say some 20000 demonstrators have been detained since the unrest began.",
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the Persian widget right to left with translated cards", async () => {
    const page = await browser().newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${inject("baseUrl")}/demo/iran-amnesty-fa`);
    const cards = await readCards(page);
    expect(cards.some((card) => card.dir === "rtl" && /[\u0600-\u06FF]/.test(card.claim))).toBe(true);
    expect(cards.map((card) => card.verdict)).toContain("گمراه‌کننده");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("serves the landing page with the embed snippet", async () => {
    const page = await browser().newPage();
    await page.goto(`${inject("baseUrl")}/`);
    expect(await page.locator("pre code").textContent()).toContain(
      '<script async src="https://cards.example.org/widget.js"',
    );
    await page.close();
  });
});

describe("the server files that only read share", () => {
  it("takes no writes: it has no admin token, so one file's data cannot change another's counts", async () => {
    const response = await fetch(`${inject("baseUrl")}/v1/admin/tokens`, {
      method: "POST",
      headers: { authorization: `Bearer ${"x".repeat(40)}`, "content-type": "application/json" },
      body: JSON.stringify({ person: "someone" }),
    });
    expect(response.status).toBe(401);
  });
});
