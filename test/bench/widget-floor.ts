/**
 * The floor for any widget showing an article's cards: the same cards'
 * markup, as static HTML, inserted into a shadow root with the widget's
 * stylesheet — nothing fetched, nothing decided, no framework. The markup is
 * the widget's own components rendered to HTML on the server, as the widget
 * shows them at first paint (sources closed, no highlights yet), so the two
 * sides differ only in how the markup gets there.
 *
 * In the benchmark the page's `/widget.js` is answered with this script
 * instead (same page, same place, same Chromium, handed over at the same
 * moment); it sets the widget's two marks around the insertion, so both are
 * measured the same way: main-thread time from the start of the task that
 * runs the script (compiling it counts) until the frame that paints the cards.
 */
import { readFile } from "node:fs/promises";
import { build, transform } from "esbuild";
import type { PublicCard } from "../../worker/domain/public-card";

export interface FloorPage {
  /** The classic script served in place of widget.js. */
  script: string;
  /** Elements in the inserted markup, to check the widget rendered the same. */
  elements: number;
  cards: number;
}

/**
 * The widget's CardList rendered to HTML, bundled the way the widget is
 * (Preact's JSX runtime) so the markup is the same as the widget's.
 */
async function cardListRenderer(): Promise<(cards: PublicCard[], lang: string) => string> {
  const result = await build({
    stdin: {
      contents: `import { h } from "preact";
import { render } from "preact-render-to-string";
import { stringsFor } from "./common/strings";
import { CardList } from "./widget/components/CardList";
export default (cards, lang) => render(h(CardList, { cards, lang, strings: stringsFor(lang), target: "_blank" }));`,
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    jsx: "automatic",
    jsxImportSource: "preact",
    logLevel: "warning",
  });
  const code = Buffer.from(result.outputFiles[0]!.contents).toString("base64");
  return (await import(`data:text/javascript;base64,${code}`)).default;
}

/** The article a page is about, as the widget reads it: its canonical link. */
function canonicalOf(html: string): string {
  const link = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!link) throw new Error("the page has no canonical link");
  return link.replaceAll("&amp;", "&");
}

/** Builds the floor for `pageUrl` from the cards its server publishes (lang as the page's widget asks). */
export async function floorFor(pageUrl: string, lang: string): Promise<FloorPage> {
  const origin = new URL(pageUrl).origin;
  const article = canonicalOf(await (await fetch(pageUrl)).text());
  const answer = await fetch(`${origin}/v1/cards?url=${encodeURIComponent(article)}&lang=${lang}`);
  if (!answer.ok) throw new Error(`GET /v1/cards for the floor answered ${answer.status}`);
  const cards = ((await answer.json()) as { data: PublicCard[] }).data;
  // The stylesheet exactly as widget.js carries it (tools/build-widget.ts minifies it the same way).
  const css = (await transform(await readFile("widget/styles.css", "utf8"), { loader: "css", minify: true })).code;
  const html = (await cardListRenderer())(cards, lang);
  const markup = `<div class="cc-root" data-theme="auto" data-layout="full">${html}</div>`;
  // Runs as soon as it arrives, like widget.js: the benchmark hands both over after the page's
  // first paint (test/bench/widget.ts), so neither window holds the page's own first layout.
  const script = `(() => {
  performance.mark("claimcards:start");
  const host = document.createElement("claimcards-widget");
  document.currentScript.after(host);
  const root = host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(${JSON.stringify(css)});
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = ${JSON.stringify(markup)};
  performance.mark("claimcards:cards");
})();`;
  return { script, elements: (markup.match(/<[a-z]/g) ?? []).length, cards: cards.length };
}
