import { describe, expect, it } from "vitest";
import { fixtureUrl, openPage, readCards, useBrowser } from "./browser";

const browser = useBrowser();

describe("05_hostile-css: a page whose own CSS would wreck an unprotected widget", () => {
  it("keeps the widget's own type, colour, direction and working buttons", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(fixtureUrl("05_hostile-css"));
    await readCards(page);

    // The host page is wrecked as intended…
    const article = await page
      .locator("article p")
      .first()
      .evaluate((p) => getComputedStyle(p));
    expect([article.fontSize, article.color]).toEqual(["40px", "rgb(255, 0, 0)"]);

    // …and the widget is not.
    const claim = await page
      .locator("claimcards-widget .claim")
      .first()
      .evaluate((h3) => {
        const style = getComputedStyle(h3);
        return {
          fontSize: style.fontSize,
          color: style.color,
          direction: style.direction,
          display: style.display,
          transform: style.textTransform,
        };
      });
    expect(claim.fontSize).not.toBe("40px");
    expect(claim.color).not.toBe("rgb(255, 0, 0)");
    expect(claim).toMatchObject({ direction: "ltr", display: "block", transform: "none" });

    const toggle = page.locator("claimcards-widget button.toggle").first();
    await toggle.click(); // Playwright checks it is visible, stable and receives the click
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const quote = page.locator("claimcards-widget article.card").first().locator("blockquote").first();
    await quote.waitFor({ state: "attached" }); // the sources come with the add-on
    expect(await quote.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
