import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { act } from "preact/test-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOADING_LINE_AFTER_MS, Widget } from "../../widget/components/Widget";
import type { WidgetOptions } from "../../widget/config";
import { seedCards } from "./fixtures";
import { mount } from "./render";

// A real HTTP server on loopback answering the way the API can (and can fail).
let server: Server;
let origin: string;
const requests: string[] = [];

beforeAll(async () => {
  const cards = await seedCards("en");
  server = createServer((req, res) => {
    // happy-dom sends CORS preflights too; only GETs are the widget's requests.
    if (req.method === "GET") requests.push(req.url ?? "");
    const mode = req.url?.split("/")[1];
    res.setHeader("access-control-allow-origin", "*");
    if (mode === "ok") return res.end(JSON.stringify({ data: cards, next: null }));
    if (mode === "slow")
      return setTimeout(() => res.end(JSON.stringify({ data: cards, next: null })), LOADING_LINE_AFTER_MS * 2);
    if (mode === "empty") return res.end(JSON.stringify({ data: [], next: null }));
    if (mode === "partly-broken") return res.end(JSON.stringify({ data: [cards[0], { id: 1 }, null], next: null }));
    if (mode === "garbage") return res.end("<html>not json");
    res.statusCode = 500;
    res.end('{"error":{"code":"internal"}}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function options(
  mode: string,
  article = "https://news.example/2023/02/iran-amnesty",
  layout: WidgetOptions["layout"] = "full",
): WidgetOptions {
  return {
    article,
    lang: "en",
    api: `${origin}/${mode}/`,
    theme: "auto",
    highlight: false,
    linkTarget: "_blank",
    layout,
  };
}

/** Waits until a widget still loading would show its loading line. */
const pastLoadingLineDelay = () => act(() => new Promise((r) => setTimeout(r, LOADING_LINE_AFTER_MS + 200)));

async function settle(el: HTMLElement, until: () => boolean) {
  for (let i = 0; i < 100 && !until(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  return el;
}

describe("Widget", () => {
  /** Every status line the widget shows while `el` is watched, in order. */
  function watchStatusLines(el: HTMLElement): string[] {
    const seen: string[] = [];
    new MutationObserver(() => {
      const line = el.querySelector('[role="status"]')?.textContent;
      if (line && seen.at(-1) !== line) seen.push(line);
    }).observe(el, { childList: true, subtree: true, characterData: true });
    return seen;
  }

  it("paints a quick answer's cards first, with no loading line before them, and reports the first render", async () => {
    let rendered = 0;
    const el = mount(<Widget options={options("ok")} onRendered={() => rendered++} />);
    const lines = watchStatusLines(el);
    expect(el.innerHTML).toBe(""); // the reserved space, empty
    await settle(el, () => !!el.querySelector("article.card"));
    expect(lines).toEqual([]);
    expect(el.querySelectorAll("article.card").length).toBe(6);
    expect(rendered).toBe(1);
    expect(requests.at(-1)).toBe(
      `/ok/v1/cards?url=${encodeURIComponent("https://news.example/2023/02/iran-amnesty")}&lang=en`,
    );
  });

  it("shows a loading line when the answer is slow, then the cards", async () => {
    const el = mount(<Widget options={options("slow", "https://news.example/slow")} />);
    const lines = watchStatusLines(el);
    await pastLoadingLineDelay();
    expect(el.querySelector('[role="status"]')?.textContent).toBe("Loading fact checks…");
    await settle(el, () => !!el.querySelector("article.card"));
    expect(lines).toEqual(["Loading fact checks…"]);
    expect(el.querySelector('[role="status"]')).toBeNull();
    expect(el.querySelectorAll("article.card").length).toBe(6);
  });

  it.each(["fail", "garbage"])("shows one quiet line when the API answers %s", async (mode) => {
    const el = mount(<Widget options={options(mode, `https://news.example/${mode}`)} />);
    await settle(el, () => !!el.textContent && !el.textContent.includes("Loading"));
    expect(el.textContent).toBe("Fact checks are unavailable right now.");
  });

  it("shows nothing at all for an article without cards", async () => {
    const el = mount(<Widget options={options("empty")} />);
    const lines = watchStatusLines(el);
    await pastLoadingLineDelay();
    expect(lines).toEqual([]);
    expect(el.innerHTML).toBe("");
  });

  it("drops malformed cards and renders the rest", async () => {
    const el = mount(<Widget options={options("partly-broken")} />);
    await settle(el, () => !!el.querySelector("article.card"));
    expect(el.querySelectorAll("article.card").length).toBe(1);
  });

  it("shares one request between mount points showing the same article", async () => {
    const before = requests.length;
    const a = mount(<Widget options={options("ok", "https://news.example/shared")} />);
    const b = mount(<Widget options={options("ok", "https://news.example/shared")} />);
    await settle(b, () => !!a.querySelector("article.card") && !!b.querySelector("article.card"));
    expect(requests.length - before).toBe(1);
  });

  it("compact: one row with the count and every verdict in words, the cards after the reader's click", async () => {
    let expanded = 0;
    const el = mount(
      <Widget options={options("ok", "https://news.example/compact", "compact")} onExpand={() => expanded++} />,
    );
    expect(el.innerHTML).toBe(""); // the fixed-height row's space, empty until the answer or LOADING_LINE_AFTER_MS
    await settle(el, () => !!el.querySelector("button.compact-row"));
    const row = el.querySelector<HTMLButtonElement>("button.compact-row")!;
    expect(row.getAttribute("aria-expanded")).toBe("false");
    expect(row.textContent).toMatch(/^Show the fact checks: 6 fact checks: \S/);
    const verdicts = [...row.querySelectorAll(".compact-verdict")].map((v) => v.textContent?.replace(" · ", ""));
    expect(verdicts).toHaveLength(6);
    expect(
      verdicts.every((label) => /^(False|Misleading|Needs context|Mostly accurate|Accurate|Unverified)$/.test(label!)),
    ).toBe(true);
    expect(el.querySelectorAll("article.card").length).toBe(0);
    await act(() => row.click());
    expect(el.querySelectorAll("article.card").length).toBe(6);
    expect(expanded).toBe(1);
  });

  it("shows a card's sources once the add-on arrives, also when the reader opened them before it did", async () => {
    let releaseAddon!: () => void;
    const arrived = new Promise<void>((resolve) => (releaseAddon = resolve));
    const el = mount(
      <Widget
        options={options("ok", "https://news.example/addon")}
        loadAddon={() => arrived.then(() => import("../../widget/addon-entry"))}
      />,
    );
    await settle(el, () => !!el.querySelector("article.card"));
    const toggle = el.querySelector<HTMLButtonElement>("button.toggle")!;
    await act(() => toggle.click());
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(el.querySelector("blockquote")).toBeNull(); // not here yet
    releaseAddon();
    await settle(el, () => !!el.querySelector("blockquote"));
    const card = el.querySelector("article.card")!;
    expect(card.querySelectorAll("blockquote").length).toBe(card.querySelectorAll("li.attribution").length);
    expect(card.querySelector(".stance")?.textContent).toMatch(/^(Supports|Contradicts|Context)$/);
  });

  it("compact: keeps its row (a quiet line) when the article has no cards", async () => {
    const el = mount(<Widget options={options("empty", "https://news.example/compact-empty", "compact")} />);
    await settle(el, () => !!el.textContent);
    expect(el.textContent).toBe("No fact checks for this article.");
  });
});
