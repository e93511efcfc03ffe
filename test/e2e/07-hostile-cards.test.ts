import { describe, expect, it } from "vitest";
import { fixtureUrl, openPage, readCards, useBrowser, waitForSources } from "./browser";

const browser = useBrowser();

describe("07_hostile-cards: cards full of markup, handlers, bad URLs and bidi overrides", () => {
  it("renders them as inert text with only http(s) links", async () => {
    const { page, errors } = await openPage(browser());
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(fixtureUrl("07_hostile-cards"));
    await readCards(page);
    for (const toggle of await page.locator("claimcards-widget button.toggle").all()) await toggle.click();
    await waitForSources(page);

    const result = await page.locator("claimcards-widget").evaluate((el) => {
      const root = el.shadowRoot!;
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        active: root.querySelectorAll("img, script, iframe, object, embed, svg, [onerror], [onclick]").length,
        rels: [...root.querySelectorAll("a")].map((a) => a.rel),
        urls: [...root.querySelectorAll("[href], [src], [cite], [action], [formaction]")].flatMap((el) =>
          ["href", "src", "cite", "action", "formaction"].flatMap((name) => el.getAttribute(name) ?? []),
        ),
        claims: [...root.querySelectorAll(".claim")].map((h3) => ({
          text: h3.textContent,
          children: h3.children.length,
        })),
        // The override must stay inside its field: the dates and publisher after a hostile name still read left to right.
        reversed: [
          ...root.querySelectorAll(".claimant .date, .review time, .source .publisher, .source .date"),
        ].flatMap((el) => {
          const text = el.lastChild as Text; // " · " and the date are two text nodes
          const first = text.data.search(/[a-z0-9]{2}/i); // two letters of one word: never split by a line break
          const x = (i: number) => {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            return range.getBoundingClientRect().left;
          };
          return x(first) < x(first + 1) ? [] : [`${el.parentElement!.className}: ${text.data}`];
        }),
      };
    });
    expect(result.pwned).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(result.active).toBe(0);
    // Links and every other URL attribute (a quote's cite too): http(s) or absent.
    expect(result.urls.filter((url) => !/^https?:\/\//.test(url))).toEqual([]);
    expect(result.reversed).toEqual([]);
    // The fake API mixes a clean card in, so there are real links to check.
    expect(result.rels.length).toBeGreaterThan(0);
    for (const rel of result.rels) expect(rel).toBe("noopener noreferrer");
    const hostile = result.claims.filter((claim) => claim.text?.includes("\u202E"));
    expect(hostile.length).toBeGreaterThan(0);
    for (const claim of hostile) {
      expect(claim.text).toContain('<img src=x onerror="window.__pwned=1">');
      expect(claim.children).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
