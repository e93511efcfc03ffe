import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { renderCardsHtml } from "#widget/server-render";
import { demoArticlePage } from "../../tools/site/demo-article";
import { WIDGET_CSS_ASSET } from "../../worker/assets";
import { toClaimReview } from "../../worker/domain/claim-review";
import type { PublicCard } from "../../worker/domain/public-card";
import { jsonForScript } from "../../worker/embed/html-escape";
import type { OEmbedRich } from "../../worker/embed/oembed";
import { iframeHtml } from "../../worker/embed/oembed";
import { embedPage } from "../../worker/embed/page";
import { findAll } from "./html";
import { DEMO_ARTICLE, seedFiles } from "./seed";

const ORIGIN = "https://cards.test";
const get = (path: string, init?: RequestInit) => exports.default.fetch(`${ORIGIN}${path}`, init);
const seedIds = seedFiles().cards.map((file) => file.file.replace(/^.*\/|\.json$/g, ""));
const q = encodeURIComponent;

/** The cards as the JSON API serves them, to compare the page against. */
async function apiCards(lang: string): Promise<PublicCard[]> {
  return ((await (await get(`/v1/cards?url=${q(DEMO_ARTICLE)}&lang=${lang}`)).json()) as { data: PublicCard[] }).data;
}

async function embed(url: string, lang?: string): Promise<{ response: Response; html: string }> {
  const response = await get(`/embed?url=${q(url)}${lang ? `&lang=${lang}` : ""}`);
  return { response, html: await response.text() };
}

const HOSTILE = "</script><script>alert(1)</script><!-- <script>";

describe("GET /embed", () => {
  it.each([
    ["en", "ltr"],
    ["fa", "rtl"],
  ])("renders every seed card's claim, verdict label and quotes (lang=%s)", async (lang, dir) => {
    const { response, html } = await embed(DEMO_ARTICLE, lang);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(await findAll(html, "html")).toEqual([expect.objectContaining({ attrs: { lang, dir } })]);

    const cards = await apiCards(lang);
    const headings = await findAll(html, "h3.claim");
    expect(headings.map((h) => h.attrs.id).sort()).toEqual(seedIds.map((id) => `cc-${id}`).sort());
    expect(headings.map((h) => h.text)).toEqual(cards.map((card) => card.claim.text));
    expect((await findAll(html, ".verdict-label")).map((e) => e.text)).toEqual(cards.map((card) => card.verdict.label));
    expect((await findAll(html, "blockquote.quote")).map((e) => e.text)).toEqual(
      cards.flatMap((card) => card.attributions.map((a) => a.quote)),
    );
  });

  it("says so in Persian, right to left, when asked for fa", async () => {
    const { html } = await embed(DEMO_ARTICLE, "fa");
    expect((await findAll(html, "title"))[0]?.text).toBe("راستی‌آزمایی‌ها");
    expect((await findAll(html, ".verdict-label")).map((e) => e.text)).toContain("گمراه‌کننده");
  });

  it("carries the widget stylesheet in the head and shows sources expanded, with no buttons", async () => {
    const { html } = await embed(DEMO_ARTICLE);
    // The stylesheet `npm run build` wrote beside widget.js; guards against an empty one.
    const widgetCss = await (await env.ASSETS.fetch(`${ORIGIN}/${WIDGET_CSS_ASSET}`)).text();
    expect(widgetCss).toContain(".cc-root");
    const styles = await findAll(html, "head > style", true);
    expect(styles).toHaveLength(1);
    expect(styles[0]!.text).toContain(widgetCss);
    expect(await findAll(html, "button")).toEqual([]);
    expect(await findAll(html, "[hidden]")).toEqual([]);
    expect((await findAll(html, "ul.attributions")).length).toBe(seedIds.length);
  });

  it("opens every link in a new tab without opener or referrer", async () => {
    const links = await findAll((await embed(DEMO_ARTICLE)).html, "a");
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.attrs).toMatchObject({
        target: "_blank",
        rel: "noopener noreferrer",
        href: expect.stringMatching(/^https?:\/\//),
      });
    }
  });

  it("has one ClaimReview JSON-LD block per card, and no other script", async () => {
    const { html } = await embed(DEMO_ARTICLE);
    const cards = await apiCards("en");
    const scripts = await findAll(html, "script", true);
    expect(scripts.map((s) => s.attrs.type)).toEqual(cards.map(() => "application/ld+json"));
    const reviews = scripts.map((s) => JSON.parse(s.text) as Record<string, any>);
    expect(reviews).toEqual(
      cards.map((card) =>
        expect.objectContaining({
          "@context": "https://schema.org",
          "@type": "ClaimReview",
          claimReviewed: card.claim.text,
          url: `${ORIGIN}/v1/cards/${card.id}?lang=en`,
          reviewRating: expect.objectContaining({ alternateName: card.verdict.label }),
        }),
      ),
    );
  });

  it("can be framed by any site and runs nothing", async () => {
    const { response } = await embed(DEMO_ARTICLE);
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors *; base-uri 'none'; form-action 'none'",
    );
    expect(response.headers.get("x-frame-options")).toBeNull();
  });

  it("serves the same page whatever tracking junk the article URL carries", async () => {
    const messy = "HTTPS://News.Example:443/2023/02/iran-amnesty/?utm_source=x&fbclid=y#top";
    const dirty = await embed(messy);
    const clean = await embed(DEMO_ARTICLE);
    // Two identical 400s or two "no fact checks" pages would also be "the same page".
    expect([dirty.response.status, clean.response.status]).toEqual([200, 200]);
    expect((await findAll(dirty.html, "h3.claim")).length).toBe(seedIds.length);
    expect(dirty.html).toBe(clean.html);
  });

  it.each([
    ["en", "No fact checks for this article.", "ltr"],
    ["fa", "برای این مطلب راستی‌آزمایی‌ای منتشر نشده است.", "rtl"],
  ])("shows one quiet line for an article without cards (%s)", async (lang, line, dir) => {
    const { response, html } = await embed("https://news.example/other", lang);
    expect(response.status).toBe(200);
    expect(await findAll(html, "html")).toEqual([expect.objectContaining({ attrs: { lang, dir } })]);
    expect((await findAll(html, "body")).map((b) => b.text.trim())).toEqual([line]);
    expect(await findAll(html, "script")).toEqual([]);
  });

  it.each([
    ["no url", "/embed", "url"],
    ["a javascript: url", `/embed?url=${q("javascript:alert(1)")}`, "url"],
    ["an over-long url", `/embed?url=${q(`https://news.example/${"a".repeat(3000)}`)}`, "url"],
    ["a bad lang", `/embed?url=${q(DEMO_ARTICLE)}&lang=${q('"><script>')}`, "lang"],
  ])("answers 400 in the JSON error shape for %s", async (_, path, param) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues.map((issue) => issue.path)).toContain(param);
  });
});

describe("text that tries to leave the JSON-LD block", () => {
  it("is written with \\u003c, and parses back to the same text", () => {
    const json = jsonForScript({ claim: HOSTILE });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ claim: HOSTILE });
  });

  it("stays inside its block in a whole page", async () => {
    const [real] = await apiCards("en");
    const card: PublicCard = { ...real!, claim: { ...real!.claim, text: HOSTILE }, summary: HOSTILE };
    const html = embedPage({
      lang: "en",
      dir: "ltr",
      title: HOSTILE,
      css: "",
      body: renderCardsHtml([card], "en"),
      jsonLd: [toClaimReview(card, `${ORIGIN}/v1/cards/${card.id}`)],
    });
    const scripts = await findAll(html, "script", true);
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!.text)).toMatchObject({ claimReviewed: HOSTILE, reviewBody: HOSTILE });
    expect((await findAll(html, "h3.claim"))[0]?.text).toBe(HOSTILE);
    expect((await findAll(html, "title"))[0]?.text).toBe(HOSTILE);
  });
});

type OEmbed = OEmbedRich;

async function oembed(query: string): Promise<{ response: Response; body: OEmbed; iframe: Record<string, string> }> {
  const response = await get(`/oembed?${query}`);
  const body = (await response.json()) as OEmbed;
  const iframes = await findAll(body.html ?? "", "iframe");
  return { response, body, iframe: iframes[0]?.attrs ?? {} };
}

describe("GET /oembed", () => {
  it("answers an oEmbed 1.0 rich response with an iframe of /embed", async () => {
    const { response, body, iframe } = await oembed(`url=${q(DEMO_ARTICLE)}&format=json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(body).toEqual({
      version: "1.0",
      type: "rich",
      provider_name: "claimcards",
      provider_url: ORIGIN,
      title: "Fact checks",
      html: expect.stringMatching(/^<iframe [^<>]*><\/iframe>$/),
      width: 400,
      height: 600,
    });
    expect(iframe).toEqual({
      src: `${ORIGIN}/embed?url=${q(DEMO_ARTICLE)}`,
      title: "Fact checks",
      width: "400",
      height: "600",
      loading: "lazy",
      referrerpolicy: "no-referrer",
      sandbox: "allow-popups allow-popups-to-escape-sandbox",
    });
  });

  it("passes lang on, normalises the article URL, and the iframe's page exists", async () => {
    const messy = "https://NEWS.example/2023/02/iran-amnesty/?utm_medium=social";
    const { body, iframe } = await oembed(`url=${q(messy)}&lang=fa`);
    expect(body.title).toBe("راستی‌آزمایی‌ها");
    expect(iframe.src).toBe(`${ORIGIN}/embed?url=${q(DEMO_ARTICLE)}&lang=fa`);
    const page = await exports.default.fetch(iframe.src!);
    expect(page.status).toBe(200);
    expect((await findAll(await page.text(), "h3.claim")).length).toBe(seedIds.length);
  });

  it.each([
    ["maxwidth=300", 300, 600],
    ["maxheight=200", 400, 200],
    ["maxwidth=250&maxheight=250", 250, 250],
    ["maxwidth=1000&maxheight=5000", 400, 600],
  ])("fits %s", async (limits, width, height) => {
    const { body, iframe } = await oembed(`url=${q(DEMO_ARTICLE)}&${limits}`);
    expect([body.width, body.height]).toEqual([width, height]);
    expect([iframe.width, iframe.height]).toEqual([String(width), String(height)]);
  });

  it.each(["xml", "XML", "html"])("answers 501 for format=%s", async (format) => {
    const response = await get(`/oembed?url=${q(DEMO_ARTICLE)}&format=${format}`);
    expect(response.status).toBe(501);
    expect(await response.json()).toEqual({
      error: { code: "not_implemented", message: "Only format=json is supported" },
    });
  });

  it.each([
    ["no url", "format=json", "url"],
    ["a javascript: url", `url=${q("javascript:alert(1)")}`, "url"],
    ["maxwidth=abc", `url=${q(DEMO_ARTICLE)}&maxwidth=abc`, "maxwidth"],
    ["maxheight=0", `url=${q(DEMO_ARTICLE)}&maxheight=0`, "maxheight"],
    ["maxwidth=-5", `url=${q(DEMO_ARTICLE)}&maxwidth=-5`, "maxwidth"],
  ])("answers 400 in the JSON error shape for %s", async (_, query, param) => {
    const response = await get(`/oembed?${query}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues.map((issue) => issue.path)).toContain(param);
  });

  it("escapes the iframe's attributes", async () => {
    const html = iframeHtml(`https://cards.test/embed?url=x"><script>alert(1)</script>&a=1`, `T"i<t>le`, 10, 20);
    expect(await findAll(html, "script")).toEqual([]);
    const [iframe] = await findAll(html, "iframe");
    expect(iframe?.attrs).toMatchObject({
      src: `https://cards.test/embed?url=x"><script>alert(1)</script>&a=1`,
      title: `T"i<t>le`,
    });
  });

  it("is what the demo page's oEmbed discovery link points at", async () => {
    const page = demoArticlePage({
      article: { headline: "Headline", paragraphs: ["Text."], byline: "" },
      canonicalUrl: DEMO_ARTICLE,
      widgetLang: "en",
      otherLang: { href: "/demo/iran-amnesty-fa", label: "فارسی" },
    });
    const links = await findAll(page, 'link[rel="alternate"][type="application/json+oembed"]');
    expect(links).toHaveLength(1);
    const response = await get(links[0]!.attrs.href!);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      type: "rich",
      html: expect.stringContaining(`/embed?url=${q(DEMO_ARTICLE)}`),
    });
  });
});
