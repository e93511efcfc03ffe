import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import { stringsFor } from "../../common/strings";
import { Attribution } from "../../widget/components/Attribution";
import { CardList } from "../../widget/components/CardList";
import { hostileCard, seedCards } from "./fixtures";
import { mount } from "./render";

describe("CardList", () => {
  it("shows each card's verdict in words, claim, claimant and summary", async () => {
    const cards = await seedCards("en");
    const el = mount(<CardList cards={cards} lang="en" strings={stringsFor("en")} sourceView={Attribution} />);
    const articles = el.querySelectorAll("article.card");
    expect(articles).toHaveLength(cards.length);
    const misleading = [...articles].find((a) => a.textContent?.includes("tens of thousands"))!;
    expect(misleading.querySelector(".verdict")?.textContent).toContain("Misleading");
    expect(misleading.querySelector(".claimant")?.textContent).toContain("Iranian state media");
    expect(misleading.querySelector(".summary")?.textContent).toMatch(/state media/);
  });

  it("hides the sources until the reader expands them, and says so with aria-expanded", async () => {
    const [card] = await seedCards("en");
    const el = mount(<CardList cards={[card!]} lang="en" strings={stringsFor("en")} sourceView={Attribution} />);
    const button = el.querySelector<HTMLButtonElement>("button.toggle")!;
    const list = el.querySelector<HTMLElement>(`#${button.getAttribute("aria-controls")}`)!;
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(list.hidden).toBe(true);
    act(() => button.click());
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(list.hidden).toBe(false);
    expect(list.querySelectorAll("blockquote.quote")).toHaveLength(card!.attributions.length);
  });

  it("shows the quote, its source, the verified mark with the archive date, reviewers and corrections", async () => {
    const card = (await seedCards("en")).find((c) => c.id === "amnesty-tens-of-thousands")!;
    const el = mount(<CardList cards={[card]} lang="en" strings={stringsFor("en")} sourceView={Attribution} />);
    // Sources are built when the reader opens them.
    expect(el.querySelector("blockquote")).toBeNull();
    act(() => el.querySelector<HTMLButtonElement>("button.toggle")!.click());
    expect(el.querySelector("blockquote")?.textContent).toBe(card.attributions[0]!.quote);
    expect(el.querySelector(".source")?.textContent).toContain(card.attributions[0]!.source.publisher);
    expect(el.querySelector(".verified")?.textContent).toMatch(/Quote verified · archived November 27, 2026/);
    expect(el.querySelector(".review")?.textContent).toContain(
      `Reviewed by ${card.reviewedBy.map((person) => person.name).join(", ")}`,
    );
    expect(el.querySelector(".corrections")?.textContent).toContain("February 5");
  });

  it("renders Persian right to left with Persian labels and dates", async () => {
    const cards = await seedCards("fa");
    const el = mount(<CardList cards={cards} lang="fa" strings={stringsFor("fa")} sourceView={Attribution} />);
    const region = el.querySelector("section.claimcards")!;
    expect(region.getAttribute("dir")).toBe("rtl");
    expect(region.querySelector("h2")?.textContent).toBe("راستی‌آزمایی‌ها");
    const translated = [...el.querySelectorAll("article.card")].find((a) => a.getAttribute("lang") === "fa");
    expect(translated?.getAttribute("dir")).toBe("rtl");
    expect(el.textContent).toContain("گمراه‌کننده");
  });

  it("renders hostile card text as text and drops non-http links", async () => {
    const [base] = await seedCards("en");
    const el = mount(
      <CardList cards={[hostileCard(base!)]} lang="en" strings={stringsFor("en")} sourceView={Attribution} />,
    );
    expect(el.querySelector("img, script")).toBeNull();
    expect(el.querySelector(".claim")?.textContent).toContain("<script>");
    for (const a of el.querySelectorAll("a")) expect(a.getAttribute("href")).toMatch(/^https?:/);
    for (const a of el.querySelectorAll("a")) expect(a.getAttribute("rel")).toBe("noopener noreferrer");
  });
});
