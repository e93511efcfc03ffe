import { describe, expect, it } from "vitest";
import { highlightStringsFor } from "../../common/strings";
import { seedCards } from "../widget/fixtures";
import { fixtureUrl, openPage, useBrowser, waitForCards } from "./browser";

const browser = useBrowser();
const { notInArticle } = highlightStringsFor("en");
/** Whose sentence the page leaves out, and one far enough down to need a scroll. */
const MISSING = "amnesty-excludes-dual-nationals-corruption-on-earth";
const FAR = "pardon-conditions-regret-written-commitment";
const DEMO_ARTICLE = "https://news.example/2023/02/iran-amnesty";

/** The page's own mount point, so the widget adds no element to the host page at all. */
const HOST = "[data-claimcards]";
const card = (id: string) => `${HOST} article[aria-labelledby="cc-${id}"]`;

describe("08_highlights: data-highlight marks each card's sentence in the article", () => {
  it("marks the sentences on the page (first of repeats), notes the missing one, scrolls, and never touches the DOM", async () => {
    // The sentences of this article (some cards are also attached to the follow-up story).
    const exacts = (await seedCards("en")).flatMap((c) =>
      c.articles.flatMap((a) => (a.anchor && a.url === DEMO_ARTICLE ? [a.anchor.exact] : [])),
    );
    const { page, errors } = await openPage(browser(), { viewport: { width: 1100, height: 600 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __before: string; __mutations: number };
      w.__mutations = 0;
      document.addEventListener("DOMContentLoaded", () => {
        w.__before = document.body.innerHTML;
        new MutationObserver((records) => (w.__mutations += records.length)).observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
    });
    await page.goto(fixtureUrl("08_highlights"));
    await waitForCards(page, HOST);
    await page.locator(`${card(MISSING)} .not-found`).waitFor();
    expect(await page.locator(`${card(MISSING)} .not-found`).textContent()).toBe(notInArticle);

    const marks = await page.evaluate((exacts) => {
      const ranges = [...(CSS.highlights.get("claimcards") ?? [])] as Range[];
      const start = (text: string) => ranges.find((range) => range.toString().startsWith(text));
      const lede = document.querySelector("article p");
      return {
        size: ranges.length,
        onPage: exacts.filter((exact) => document.body.textContent!.includes(exact)).length,
        // Both sentences of the lede come back later in the article: the lede's are marked.
        arrests: start("Human rights groups estimate")?.startContainer.parentElement === lede,
        arrestsOffset: start("Human rights groups estimate")?.startOffset,
        deathPenalty: start("The Norway-based")?.startContainer.parentElement === lede,
      };
    }, exacts);
    expect(marks.onPage).toBe(exacts.length - 1);
    expect(marks).toMatchObject({ size: marks.onPage, arrests: true, arrestsOffset: 0, deathPenalty: true });

    const show = page.locator(`${card(FAR)} button.show`);
    await show.scrollIntoViewIfNeeded();
    const scrollY = await page.evaluate(() => window.scrollY);
    await show.click();
    await page.waitForFunction((scrollY) => {
      const sentence = [...document.querySelectorAll("article p")].find((p) =>
        p.textContent!.startsWith("State media quoted"),
      )!;
      const rect = sentence.getBoundingClientRect();
      return window.scrollY !== scrollY && rect.top >= 0 && rect.bottom <= window.innerHeight;
    }, scrollY);
    expect(await page.evaluate(() => CSS.highlights.get("claimcards-active")?.size)).toBe(1);

    const dom = await page.evaluate(() => {
      const w = window as unknown as { __before: string; __mutations: number };
      return { same: document.body.innerHTML === w.__before, mutations: w.__mutations };
    });
    expect(dom).toEqual({ same: true, mutations: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("still renders the cards, unmarked, without the CSS Custom Highlight API", async () => {
    const { page, errors } = await openPage(browser());
    await page.addInitScript(() => delete (window as { Highlight?: unknown }).Highlight);
    await page.goto(fixtureUrl("08_highlights"));
    await waitForCards(page, HOST);
    await page.locator(`${card(MISSING)} .not-found`).waitFor();
    expect(await page.evaluate(() => [typeof Highlight, CSS.highlights.size])).toEqual(["undefined", 0]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
