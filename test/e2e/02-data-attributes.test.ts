import { describe, expect, it } from "vitest";
import { fixtureUrl, openPage, useBrowser, waitForCards } from "./browser";

const browser = useBrowser();
const DEMO = "https://news.example/2023/02/iran-amnesty";

describe("02_data-attributes: several mount points, one script", () => {
  it("renders each mount point with its own options and one request per article and language", async () => {
    const { page, errors } = await openPage(browser());
    const requests: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/v1/cards") requests.push(`${url.searchParams.get("url")} ${url.searchParams.get("lang")}`);
    });
    await page.goto(fixtureUrl("02_data-attributes"));
    await waitForCards(page, "#en");
    await waitForCards(page, "#fa");
    // Rendered later by the page itself, for an article already shown (below the cards, so scrolled to).
    await page.evaluate((article) => {
      const api = (window as unknown as { ClaimCards: { render(el: Element, o: object): void } }).ClaimCards;
      api.render(document.querySelector("#later")!, { article, lang: "en" });
    }, DEMO);
    await page.locator("#later").scrollIntoViewIfNeeded();
    await waitForCards(page, "#later");

    const look = await page.evaluate(() => {
      const root = (id: string) => document.querySelector(id)!.shadowRoot!;
      const section = (id: string) => root(id).querySelector(".claimcards");
      return {
        faDir: section("#fa")?.getAttribute("dir"),
        enDir: section("#en")?.getAttribute("dir"),
        noneText: root("#none").textContent,
        noneHeight: document.querySelector("#none")!.getBoundingClientRect().height,
        faBackground: getComputedStyle(root("#fa").querySelector(".cc-root")!).backgroundColor,
        enBackground: getComputedStyle(root("#en").querySelector(".cc-root")!).backgroundColor,
        enTargets: [...root("#en").querySelectorAll("a")].map((a) => a.target),
        laterTargets: [...root("#later").querySelectorAll("a")].map((a) => a.target),
      };
    });
    expect(look.enDir).toBe("ltr");
    expect(look.faDir).toBe("rtl");
    expect(look.noneText).toBe("");
    expect(look.noneHeight).toBe(0);
    expect(look.faBackground).toBe("rgb(23, 24, 26)"); // data-theme="dark"
    expect(look.enBackground).toBe("rgb(255, 255, 255)");
    expect(look.enTargets.length).toBeGreaterThan(0);
    // A mount point sets presentation only: its data-link-target="_self" is not ours to follow (see 11_hostile-comment).
    expect(new Set(look.enTargets)).toEqual(new Set(["_blank"]));
    expect(new Set(look.laterTargets)).toEqual(new Set(["_blank"]));

    // en, fa and the article without cards; #later shared #en's request; #far not fetched yet.
    expect(requests.sort()).toEqual([`${DEMO} en`, `${DEMO} fa`, "https://news.example/2023/02/nothing-to-check en"]);

    await page.locator("#far").scrollIntoViewIfNeeded();
    await waitForCards(page, "#far");
    expect(requests).toHaveLength(4);
    expect(requests).toContain(`${DEMO} en-GB`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
