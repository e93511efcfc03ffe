import { escapeHtml } from "../../worker/embed/html-escape";
import { page } from "./html";

/** The archived article, split into what a news page shows. */
export interface ArticleParts {
  headline: string;
  paragraphs: string[];
  byline: string;
}

/**
 * The demo host page is generated from the archived snapshot itself, so the
 * sentences the cards anchor to are exactly the ones readers see.
 */
export function splitArticle(text: string): ArticleParts {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const headline = blocks.shift() ?? "";
  const last = blocks.at(-1) ?? "";
  const byline = /^Written by/i.test(last) ? (blocks.pop() ?? "") : "";
  return { headline, paragraphs: blocks, byline };
}

export interface DemoPageOptions {
  article: ArticleParts;
  canonicalUrl: string;
  publishedAt?: string;
  /** Language of the widget (the article itself is English). */
  widgetLang: string;
  /** Link to the same page with the widget in the other language. */
  otherLang: { href: string; label: string };
}

/** A news page on news.example with the claimcards widget beside the story. */
export function demoArticlePage({
  article,
  canonicalUrl,
  publishedAt,
  widgetLang,
  otherLang,
}: DemoPageOptions): string {
  const paragraphs = article.paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join("\n");
  return page({
    title: `${article.headline} — News Example`,
    head: [
      `<link rel="canonical" href="${escapeHtml(canonicalUrl)}">`,
      `<meta property="og:url" content="${escapeHtml(canonicalUrl)}">`,
      `<link rel="alternate" type="application/json+oembed" href="/oembed?url=${encodeURIComponent(canonicalUrl)}&amp;format=json" title="claimcards">`,
      `<link rel="stylesheet" href="/demo/news.css">`,
    ].join("\n"),
    body: `<header class="masthead"><a href="/">News Example</a> <span class="note">a demo news site for claimcards</span></header>
<div class="layout">
  <main>
    <article class="story">
      <h1>${escapeHtml(article.headline)}</h1>
      ${publishedAt ? `<p class="dateline"><time datetime="${escapeHtml(publishedAt)}">${escapeHtml(publishedAt)}</time></p>` : ""}
${paragraphs}
      <p class="byline">${escapeHtml(article.byline)}</p>
    </article>
  </main>
  <aside class="factchecks" aria-label="Fact checks">
    <p class="switch"><a href="${escapeHtml(otherLang.href)}">${escapeHtml(otherLang.label)}</a></p>
    <script async src="/widget.js" data-lang="${escapeHtml(widgetLang)}" data-highlight="true"></script>
  </aside>
</div>`,
  });
}
