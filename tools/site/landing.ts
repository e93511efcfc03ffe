import { escapeHtml } from "../../worker/embed/html-escape";
import { page } from "./html";

const SNIPPET = `<script async src="https://cards.example.org/widget.js"
        data-article="https://news.example/2023/02/iran-amnesty"
        data-lang="en" data-highlight="true"></script>`;

/** `/`: what claimcards is, the embed snippet, and where to go next. */
export function landingPage(demoArticleUrl: string): string {
  const cardsUrl = `/v1/cards?url=${encodeURIComponent(demoArticleUrl)}`;
  return page({
    title: "claimcards — verified claim cards beside the news",
    head: `<link rel="stylesheet" href="/demo/news.css">`,
    body: `<main class="landing">
  <h1>claimcards</h1>
  <p>Verified claim cards with attributions, beside the article they check. Each card ties a verdict to the
  exact sentence it checks and shows its sources with quotes checked word for word against archived copies,
  who reviewed it, and every correction.</p>
  <h2>See it</h2>
  <ul>
    <li><a href="/demo/iran-amnesty">The demo article with the widget beside it</a> (<a href="/demo/iran-amnesty-fa">in Persian</a>)</li>
    <li><a href="/demo/iran-amnesty-follow-up">A follow-up story</a> (<a href="/demo/iran-amnesty-follow-up-fa">in Persian</a>) that repeats
      two of its claims in other words: the cards were found by claim matching and attached through review</li>
  </ul>
  <h2>Embed it</h2>
  <p>One script tag, anywhere in the article page:</p>
  <pre><code>${escapeHtml(SNIPPET)}</code></pre>
  <h2>Call the API</h2>
  <ul>
    <li><a href="${escapeHtml(cardsUrl)}"><code>GET /v1/cards?url=…</code></a>: the published cards for an article</li>
    <li><a href="/v1/cards/amnesty-tens-of-thousands"><code>GET /v1/cards/:id</code></a>: one card
      (<a href="/v1/cards/amnesty-tens-of-thousands?format=jsonld">as ClaimReview JSON-LD</a>)</li>
    <li><a href="/healthz"><code>GET /healthz</code></a></li>
  </ul>
</main>`,
  });
}
