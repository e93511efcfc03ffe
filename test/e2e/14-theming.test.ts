import { describe, expect, it } from "vitest";
import { type AxeFinding, fixtureUrl, openAllSources, openPage, runAxe, useBrowser, waitForCards } from "./browser";

const browser = useBrowser();

describe("14_theming: data-target, data-theme=light and the --cc-* properties", () => {
  it("renders into the data-target slots only, and nowhere after the script tag", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(fixtureUrl("14_theming"));
    for (const id of ["#light", "#auto", "#custom"]) await waitForCards(page, id);
    const placed = await page.evaluate(() => ({
      widgets: document.querySelectorAll("claimcards-widget").length,
      afterScript: document.querySelector("script[data-target]")!.nextElementSibling?.tagName ?? null,
      reserveHasShadow: document.querySelector("#reserve")!.shadowRoot !== null,
    }));
    expect(placed).toEqual({ widgets: 0, afterScript: null, reserveHasShadow: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps data-theme=light light for a reader who prefers dark, while auto follows the reader", async () => {
    const { page, errors } = await openPage(browser(), { colorScheme: "dark" });
    await page.goto(fixtureUrl("14_theming"));
    await waitForCards(page, "#light");
    await waitForCards(page, "#auto");
    const look = await page.evaluate(() => {
      const rootOf = (id: string) => document.querySelector(id)!.shadowRoot!.querySelector<HTMLElement>(".cc-root")!;
      const colours = (id: string) => ({
        bg: getComputedStyle(rootOf(id)).backgroundColor,
        fg: getComputedStyle(rootOf(id)).color,
      });
      return {
        prefersDark: matchMedia("(prefers-color-scheme: dark)").matches,
        light: colours("#light"),
        auto: colours("#auto"),
      };
    });
    expect(look).toEqual({
      prefersDark: true,
      light: { bg: "rgb(255, 255, 255)", fg: "rgb(26, 26, 26)" },
      auto: { bg: "rgb(23, 24, 26)", fg: "rgb(236, 236, 236)" },
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("applies every --cc-* property set on the widget's element inside its shadow root", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(fixtureUrl("14_theming"));
    const reserved = await page.evaluate(() => document.querySelector("#reserve")!.getBoundingClientRect().height);
    await waitForCards(page, "#custom");
    await openAllSources(page, "#custom");
    const look = await page.evaluate(() => {
      const root = document.querySelector("#custom")!.shadowRoot!;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      return {
        bg: style(".cc-root").backgroundColor,
        fg: style(".cc-root").color,
        font: style(".cc-root").fontFamily,
        border: style("article.card").borderTopColor,
        muted: style(".claimant").color,
        accent: style("button").color,
        quote: style("blockquote.quote").backgroundColor,
      };
    });
    expect(look).toEqual({
      bg: "rgb(1, 2, 3)",
      fg: "rgb(250, 240, 230)",
      font: "monospace",
      border: "rgb(0, 128, 0)",
      muted: "rgb(120, 130, 140)",
      accent: "rgb(200, 0, 100)",
      quote: "rgb(40, 50, 60)",
    });
    expect(reserved).toBe(321); // --cc-reserve, before any card arrives
    expect(errors).toEqual([]);
    await page.close();
  });

  /** The background a reader sees on the lede sentence, marked by the add-on. */
  async function ledeHighlight(page: import("playwright-core").Page): Promise<string> {
    await waitForCards(page, "#custom");
    await page.waitForFunction(() => (CSS.highlights.get("claimcards")?.size ?? 0) > 0, undefined, { timeout: 15_000 });
    return page.evaluate(
      () => getComputedStyle(document.querySelector("#lede")!, "::highlight(claimcards)").backgroundColor,
    );
  }

  it("colours the article highlights with --cc-highlight set on the widget's element", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(fixtureUrl("14_theming"));
    // #custom sets it on its element; #light and #auto set nothing, and leave it.
    expect(await ledeHighlight(page)).toBe("rgb(10, 200, 30)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets a --cc-highlight the article's text inherits win over the widget element's", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(fixtureUrl("14_theming"));
    expect(await ledeHighlight(page)).toBe("rgb(10, 200, 30)");
    await page.evaluate(() => document.documentElement.style.setProperty("--cc-highlight", "rgb(200, 100, 0)"));
    expect(await ledeHighlight(page)).toBe("rgb(200, 100, 0)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("uses the default highlight colour where nothing sets --cc-highlight, and never a non-colour value", async () => {
    const { page, errors } = await openPage(browser());
    // A mount point may be page content: a value that would add rules to the host page is ignored.
    await page.addInitScript(() =>
      document.addEventListener("DOMContentLoaded", () =>
        document
          .querySelector<HTMLElement>("#custom")!
          .style.setProperty("--cc-highlight", "{} body { display: none }"),
      ),
    );
    await page.goto(fixtureUrl("14_theming"));
    expect(await ledeHighlight(page)).toBe("rgb(255, 241, 168)"); // the default, #fff1a8
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe("block");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("stays readable on a dark page in a browser without light-dark() (before Chrome 123, Safari 17.5, Firefox 120)", async () => {
    // bypassCSP: axe is injected into the page.
    const { page, errors } = await openPage(browser(), { colorScheme: "dark", bypassCSP: true });
    await page.goto(fixtureUrl("14_theming"));
    await waitForCards(page, "#auto");
    const usesLightDark = await page.evaluate(() => {
      document.body.style.background = "#111"; // a publisher's dark theme
      // Such a browser reads light-dark() as an unknown function: renaming it in the widget's own
      // stylesheet makes this Chromium read it the same way, in values and in @supports alike.
      const sheet = document.querySelector("#auto")!.shadowRoot!.adoptedStyleSheets[0]!;
      const css = [...sheet.cssRules].map((rule) => rule.cssText).join("\n");
      sheet.replaceSync(css.replaceAll("light-dark(", "unknown-light-dark("));
      return css.includes("light-dark(");
    });
    expect(usesLightDark, "the widget's stylesheet uses light-dark()").toBe(true);
    // WCAG AA contrast (4.5:1 for body text), as axe checks it, for the text inside this widget.
    const { violations, passes } = await runAxe(page, ["color-contrast"]);
    const inWidget = (found: AxeFinding[]) =>
      found
        .flatMap((rule) => rule.nodes)
        .filter((node) => Array.isArray(node.target[0]) && node.target[0][0] === "#auto");
    expect(inWidget(violations).map((node) => JSON.stringify(node.target))).toEqual([]);
    const checked = inWidget(passes)
      .map((node) => JSON.stringify(node.target))
      .join(" ");
    for (const text of [".claim", ".summary", ".verdict-label"]) expect(checked).toContain(text);
    expect(errors).toEqual([]);
    await page.close();
  });
});
