import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import { highlightStringsFor, stringsFor } from "../../common/strings";
import { ArticleAnchor } from "../../widget/components/ArticleAnchor";
import { Attribution } from "../../widget/components/Attribution";
import { Card } from "../../widget/components/Card";
import { Corrections } from "../../widget/components/Corrections";
import { ExternalLink } from "../../widget/components/ExternalLink";
import { VerdictBadge } from "../../widget/components/VerdictBadge";
import { seedCards } from "./fixtures";
import { mount } from "./render";

const en = stringsFor("en");
const { showInArticle, notInArticle } = highlightStringsFor("en");

describe("VerdictBadge", () => {
  it("says the verdict in words with an icon, not by colour alone", () => {
    const el = mount(<VerdictBadge verdict="false" label="False" caption="Verdict" />);
    expect(el.textContent).toBe("✗Verdict: False");
    expect(el.querySelector(".verdict-icon")?.getAttribute("aria-hidden")).toBe("true");
  });
});

describe("ExternalLink", () => {
  it.each(["javascript:alert(1)", "data:text/html,x", "vbscript:x", "/relative", undefined])(
    "renders %s as plain text",
    (href) => {
      const el = mount(
        <ExternalLink href={href} target="_blank">
          label
        </ExternalLink>,
      );
      expect(el.querySelector("a")).toBeNull();
      expect(el.textContent).toBe("label");
    },
  );

  it("links http(s) without leaking the opener or referrer, with the configured target", () => {
    const el = mount(
      <ExternalLink href="https://news.example/a" target="_self">
        label
      </ExternalLink>,
    );
    const a = el.querySelector("a")!;
    expect([a.getAttribute("href"), a.getAttribute("rel"), a.getAttribute("target")]).toEqual([
      "https://news.example/a",
      "noopener noreferrer",
      "_self",
    ]);
  });
});

describe("Attribution", () => {
  it("shows stance, quote, source and the verified mark with archive date and hash", async () => {
    const card = (await seedCards()).find((c) => c.id === "amnesty-tens-of-thousands")!;
    const attribution = {
      ...card.attributions[0]!,
      source: { ...card.attributions[0]!.source, archiveUrl: "https://archive.example/x" },
    };
    const el = mount(
      <ul>
        <Attribution attribution={attribution} lang="en" target="_blank" />
      </ul>,
    );
    expect(el.querySelector(".stance")?.textContent).toBe("Supports");
    expect(el.querySelector("blockquote")?.textContent).toBe(attribution.quote);
    expect(el.querySelector(".verified")?.textContent).toContain("Quote verified · archived November 27, 2026");
    expect(el.querySelector<HTMLAnchorElement>(".verified a")?.href).toBe("https://archive.example/x");
    expect(el.querySelector(".verified abbr")?.getAttribute("title")).toBe(`SHA-256 ${attribution.source.sha256}`);
  });

  it("shows no verified mark for a quote that was not verified", async () => {
    const [card] = await seedCards();
    const attribution = { ...card!.attributions[0]!, quoteVerified: false };
    const el = mount(
      <ul>
        <Attribution attribution={attribution} lang="en" target="_blank" />
      </ul>,
    );
    expect(el.querySelector(".verified")).toBeNull();
  });
});

describe("Corrections", () => {
  it("lists every correction with its date, and renders nothing without any", () => {
    const el = mount(
      <Corrections corrections={[{ date: "2023-02-08T09:00:00Z", note: "Fixed the date." }]} strings={en} lang="en" />,
    );
    expect(el.querySelector("h4")?.textContent).toBe("Corrections");
    expect(el.querySelector("li")?.textContent).toBe("February 8, 2023: Fixed the date.");
    expect(mount(<Corrections corrections={[]} strings={en} lang="en" />).innerHTML).toBe("");
  });
});

describe("Card", () => {
  it("offers 'Show in article' when its sentence is on the page, and calls show()", async () => {
    const [card] = await seedCards();
    let shown = 0;
    const el = mount(
      <Card
        card={card!}
        strings={en}
        lang="en"
        target="_blank"
        anchor={<ArticleAnchor show={() => shown++} lang="en" />}
      />,
    );
    const button = el.querySelector<HTMLButtonElement>("button.show")!;
    expect(button.textContent).toBe(showInArticle);
    act(() => button.click());
    expect(shown).toBe(1);
  });

  it("says when its sentence was not found on this page, and says nothing when not asked to look", async () => {
    const [card] = await seedCards();
    const missing = mount(
      <Card card={card!} strings={en} lang="en" target="_blank" anchor={<ArticleAnchor lang="en" />} />,
    );
    expect(missing.querySelector(".not-found")?.textContent).toBe(notInArticle);
    const notLooked = mount(<Card card={card!} strings={en} lang="en" target="_blank" />);
    expect(notLooked.querySelector(".not-found, button.show")).toBeNull();
  });

  it("renders sources expanded with a heading and no button when not interactive (the no-script embed)", async () => {
    const [card] = await seedCards();
    const el = mount(<Card card={card!} strings={en} lang="en" target="_blank" interactive={false} expanded />);
    expect(el.querySelector("button.toggle")).toBeNull();
    expect(el.querySelector("ul.attributions")?.hasAttribute("hidden")).toBe(false);
  });
});
