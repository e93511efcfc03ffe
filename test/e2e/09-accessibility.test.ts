import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { describeFinding, openPage, runAxe, useBrowser, waitForCards, waitForSources } from "./browser";

const browser = useBrowser();

/** The demo article with its cards on screen. */
async function openDemo(colorScheme: "light" | "dark" = "light"): Promise<Page> {
  // The demo pages' CSP would block the injected axe script; the widget's own CSP test is 03.
  const { page, errors } = await openPage(browser(), { bypassCSP: true });
  await page.emulateMedia({ colorScheme });
  await page.goto(`${inject("baseUrl")}/demo/iran-amnesty`);
  await waitForCards(page);
  expect(errors).toEqual([]);
  return page;
}

/**
 * axe's violations as rule id and the first offending node, and how many
 * nodes it checked inside shadow roots (their targets are selector paths).
 */
async function axeFindings(page: Page) {
  const { violations, passes } = await runAxe(page);
  return {
    violations: violations.map(describeFinding),
    inShadow: passes.flatMap((rule) => rule.nodes).filter((node) => Array.isArray(node.target[0])).length,
  };
}

describe("09_accessibility: the demo page with the widget", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`has no axe violations in ${scheme} mode`, async () => {
      const page = await openDemo(scheme);
      await page.locator("claimcards-widget button.toggle").first().click(); // the first card's sources open
      await waitForSources(page);
      const { violations, inShadow } = await axeFindings(page);
      expect(violations).toEqual([]);
      expect(inShadow).toBeGreaterThan(20); // it did look inside the widget
      await page.close();
    });
  }

  it("reaches the first toggle by keyboard, toggles it with Enter and shows where focus is", async () => {
    const page = await openDemo();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement?.shadowRoot?.activeElement;
        return el?.matches("button.toggle")
          ? el === document.querySelector("claimcards-widget")!.shadowRoot!.querySelector("button.toggle")
          : null;
      });
    let first: boolean | null = null;
    for (let i = 0; i < 40 && first === null; i++) {
      await page.keyboard.press("Tab");
      first = await focused();
    }
    expect(first).toBe(true); // the first toggle is the first one Tab reaches

    const toggle = page.locator("claimcards-widget button.toggle").first();
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await toggle.evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe("none");
    await page.close();
  });
});
