import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { stringsFor } from "../../common/strings";
import { FETCH_TIMEOUT_MS } from "../../widget/api";
import { LOADING_LINE_AFTER_MS } from "../../widget/components/Widget";
import { fixtureUrl, openPage, useBrowser } from "./browser";

const browser = useBrowser();
const { loading } = stringsFor("en");

/** What the widget and the host article show. */
function shown(page: Page) {
  return page.evaluate((loading) => {
    const root = document.querySelector("claimcards-widget")!.shadowRoot!;
    return {
      loading: root.textContent?.includes(loading) ?? false,
      elements: [...root.querySelectorAll(".cc-root *")].map((el) => el.tagName),
      text: root.textContent ?? "",
      article: [...document.querySelectorAll("article > *")].map((el) => el.textContent),
    };
  }, loading);
}

async function check(mode: string, { hangs = false } = {}) {
  const { page, errors, consoleErrors } = await openPage(browser());
  const isFake = (r: { url(): string }) => r.url().includes("/fake/");
  const called = hangs ? page.waitForRequest(isFake) : page.waitForResponse(isFake);
  await page.goto(fixtureUrl("06_api-failures", mode));
  await called;
  // A slow answer gets the loading line (after LOADING_LINE_AFTER_MS of reserved, empty space).
  if (hangs)
    await page.waitForFunction(
      (loading) => document.querySelector("claimcards-widget")!.shadowRoot!.textContent?.includes(loading),
      loading,
      { timeout: LOADING_LINE_AFTER_MS + 2000 },
    );
  await page.waitForFunction(
    (loading) => !document.querySelector("claimcards-widget")!.shadowRoot!.textContent?.includes(loading),
    loading,
    { timeout: FETCH_TIMEOUT_MS + 3000 },
  );
  const state = await shown(page);
  // Nothing, or one short quiet line.
  expect(["", "P"]).toContain(state.elements.join(" "));
  expect(state.text.length).toBeLessThan(80);
  expect(state.article).toEqual([
    "An article whose fact-check service is having a bad day",
    "The first paragraph of the story.",
    "The second paragraph of the story.",
  ]);
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await page.close();
  return state;
}

describe("06_api-failures: the API is down, wrong, slow or empty", () => {
  for (const mode of ["500", "404", "garbage"]) {
    it(`answers ${mode}: one quiet line, nothing thrown`, async () => {
      expect((await check(mode)).text).toBe(stringsFor("en").unavailable);
    });
  }

  it("has no cards: shows nothing at all", async () => {
    expect((await check("empty")).elements).toEqual([]);
  });

  it(
    "never answers: a loading line, then a quiet line after the timeout",
    async () => {
      expect((await check("hang", { hangs: true })).text).toBe(stringsFor("en").unavailable);
    },
    FETCH_TIMEOUT_MS + 10_000,
  );
});
