import { describe, expect, it } from "vitest";
import { fixtureUrl, openPage, readCards, useBrowser } from "./browser";

const browser = useBrowser();

describe("11_hostile-comment: page content cannot point the widget elsewhere", () => {
  it("ignores data-api and data-link-target on a mount point in a reader comment", async () => {
    const { page, errors } = await openPage(browser());
    const apiRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.endsWith("/v1/cards")) apiRequests.push(request.url());
    });
    await page.goto(fixtureUrl("11_hostile-comment"));
    const cards = await readCards(page, "#hostile");
    // Our published cards, from our API: none of the fake server's invented ones.
    expect(cards.map((card) => card.claim)).toContain(
      "Around 20,000 people have been arrested in connection with the protests so far.",
    );
    expect(apiRequests.length).toBeGreaterThan(0);
    expect(apiRequests.filter((url) => url.includes("/fake/"))).toEqual([]);
    const targets = await page.evaluate(() =>
      [...document.querySelector("#hostile")!.shadowRoot!.querySelectorAll("a")].map((a) => a.target),
    );
    expect(new Set(targets)).toEqual(new Set(["_blank"]));
    expect(errors).toEqual([]);
    await page.close();
  });
});
