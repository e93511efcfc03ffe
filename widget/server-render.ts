/**
 * The cards as static HTML, from the widget's own components: one markup and
 * one stylesheet for the widget and the Worker's `/embed` page.
 * `interactive: false` shows every source expanded with no buttons, since
 * nothing runs in the embed page. Preact escapes all text and attribute values.
 *
 * This is the one module of widget/ the Worker imports (see the README's
 * Architecture section). It does so as `#widget/server-render` (package.json
 * `imports`): bundlers load this file, while TypeScript, checking the Worker,
 * sees only the Preact-free contract in worker/embed/server-render.d.ts.
 * Preact's types carry `/// <reference lib="dom" />`, which would otherwise
 * put the DOM lib into the Worker's type check and silently retype workerd
 * globals (`caches.default`, HTMLRewriter's `Element`, …) as their browser
 * versions. The widget's own type check checks this file against the contract.
 */
import { h } from "preact";
import { render } from "preact-render-to-string";
import type * as Contract from "#widget/server-render";
import { stringsFor } from "../common/strings";
import type { PublicCard } from "../worker/domain/public-card";
import { Attribution } from "./components/Attribution";
import { CardList } from "./components/CardList";

export function renderCardsHtml(cards: PublicCard[], lang: string): string {
  if (!cards.length) return render(h("p", { class: "status", lang }, stringsFor(lang).noCards));
  return render(
    h(CardList, {
      cards,
      lang,
      strings: stringsFor(lang),
      target: "_blank",
      interactive: false,
      sourceView: Attribution,
    }),
  );
}

// Keeps the contract the Worker compiles against honest.
renderCardsHtml satisfies typeof Contract.renderCardsHtml;
