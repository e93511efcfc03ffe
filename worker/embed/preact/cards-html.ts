/**
 * The cards as static HTML, from the widget's own components: one markup and
 * one stylesheet for both paths. `interactive: false` shows every source
 * expanded with no buttons, since nothing runs in the embed page. Preact
 * escapes all text and attribute values.
 *
 * This folder is the only part of the Worker that imports Preact. Preact's
 * types carry `/// <reference lib="dom" />`, which would put the DOM lib into
 * the whole Worker's type check and silently retype workerd globals
 * (`caches.default`, HTMLRewriter's `Element`, …) as their browser versions.
 * So the Worker imports this module as `#embed/cards-html` (package.json
 * `imports`, resolved by TypeScript, wrangler's esbuild and Vite alike): the
 * `types` condition gives TypeScript the Preact-free contract in
 * ../cards-html.d.ts, bundlers take `default` and load this file, and
 * `npm run typecheck` checks this folder on its own (./tsconfig.json),
 * against that contract.
 */
import { h } from "preact";
import { render } from "preact-render-to-string";
import type * as Contract from "#embed/cards-html";
import { CardList } from "../../../widget/components/CardList";
import type { PublicCard } from "../../domain/public-card";
import { noCardsLine } from "../no-cards";

export function renderCardsHtml(cards: PublicCard[], lang: string): string {
  if (!cards.length) return render(h("p", { class: "status", lang }, noCardsLine(lang)));
  return render(h(CardList, { cards, lang, target: "_blank", interactive: false }));
}

// Keeps the contract the Worker compiles against honest.
renderCardsHtml satisfies typeof Contract.renderCardsHtml;
