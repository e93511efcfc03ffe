import { describe, expect, it } from "vitest";
import { fixtureUrl, nextFrames, openPage, readCards, useBrowser } from "./browser";

const browser = useBrowser();

describe("03_strict-csp: a page allowing no inline script or style", () => {
  it("renders the cards (and highlights) with no CSP violation and no style in the host document", async () => {
    const { page, errors } = await openPage(browser());
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(fixtureUrl("03_strict-csp"));
    expect((await readCards(page)).length).toBeGreaterThanOrEqual(6);
    // data-highlight: the add-on is a cross-origin module, its styles an adopted sheet.
    await page.waitForFunction(() => (CSS.highlights.get("claimcards")?.size ?? 0) > 0);
    await nextFrames(page);

    const host = await page.evaluate(() => ({
      violations: (window as unknown as { __violations: string[] }).__violations,
      styleElements: document.querySelectorAll("style").length,
      styleAttributes: document.querySelectorAll("[style]").length,
    }));
    expect(host).toEqual({ violations: [], styleElements: 0, styleAttributes: 0 });
    expect(errors).toEqual([]);

    // The listener is live: a blocked image is reported.
    await page.evaluate(() => (new Image().src = "https://elsewhere.example/pixel.png"));
    await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
    await page.close();
  });
});
