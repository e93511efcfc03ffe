import { createRequire } from "node:module";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium } from "./chromium";

/** One Chromium for the test file: call at the top of a file, use the getter in tests. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());
  return () => browser!;
}

/** A host page of test/e2e/pages/, served by the fixture server on its own origin. */
export function fixtureUrl(name: string, mode?: string): string {
  return `${inject("fixtureUrl")}/${name}/${mode ? `?mode=${mode}` : ""}`;
}

/** Collects uncaught errors of the page: the widget must never cause one. */
export function watchPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  return errors;
}

/**
 * Console errors, except Chromium's own report of a failed HTTP response
 * ("Failed to load resource: … 500"), which no script can prevent.
 */
export function watchConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(message.text());
  });
  return errors;
}

/** A fresh page in its own context, recording uncaught errors and console errors. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const page = await browser.newPage(options);
  return { page, errors: watchPageErrors(page), consoleErrors: watchConsoleErrors(page) };
}

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** One rule's outcome in axe-core's results: the nodes it flagged or passed (a target inside a shadow root is a selector path). */
export interface AxeFinding {
  id: string;
  impact: string | null;
  nodes: { target: (string | string[])[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page (injected first: open the page with bypassCSP
 * where its CSP would block that), every rule or only `rules`.
 */
export async function runAxe(
  page: Page,
  rules?: string[],
): Promise<{ violations: AxeFinding[]; passes: AxeFinding[] }> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (only) => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const results = await axe.run(document, only ? { runOnly: { type: "rule", values: only } } : {});
    const shape = (found: typeof results.violations): AxeFinding[] =>
      found.map(({ id, impact, nodes }) => ({
        id,
        impact: impact ?? null,
        nodes: nodes.map(({ target, failureSummary }) => ({ target: target as (string | string[])[], failureSummary })),
      }));
    return { violations: shape(results.violations), passes: shape(results.passes) };
  }, rules);
}

/** A finding in a line: the rule, its first node and why it failed. */
export const describeFinding = (finding: AxeFinding) =>
  `${finding.id}: ${JSON.stringify(finding.nodes[0]?.target)} ${finding.nodes[0]?.failureSummary ?? ""}`;

/** Waits until the widget in `host` shows at least one card. */
export async function waitForCards(page: Page, host = "claimcards-widget"): Promise<void> {
  await page.waitForFunction(
    (selector) => !!document.querySelector(selector)?.shadowRoot?.querySelector("article.card"),
    host,
    { timeout: 15_000 },
  );
}

/** Waits for two animation frames: layout, paint and performance entries are up to date. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/**
 * Waits until every opened card's sources are shown: they are built by the
 * widget's add-on, which loads once the cards are on screen, so a reader who
 * opens them at once sees them a moment later.
 */
export async function waitForSources(page: Page, host = "claimcards-widget"): Promise<void> {
  await page.waitForFunction(
    (selector) =>
      [...document.querySelector(selector)!.shadowRoot!.querySelectorAll("ul.attributions:not([hidden])")].every(
        (list) => list.querySelector("blockquote"),
      ),
    host,
    { timeout: 15_000 },
  );
  await nextFrames(page);
}

/** Opens every card's sources, as a reader pressing each "sources" button would. */
export async function openAllSources(page: Page, host = "claimcards-widget"): Promise<void> {
  await page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    for (const button of root.querySelectorAll<HTMLButtonElement>('button.toggle[aria-expanded="false"]'))
      button.click();
  }, host);
  await waitForSources(page, host);
}

/**
 * What a reader sees of each card, read out of the widget's shadow root.
 * Quotes are built only once a card's sources are open: pass
 * `openSources` to read them (it changes the layout, like a reader's click).
 */
export async function readCards(page: Page, host = "claimcards-widget", { openSources = false } = {}) {
  await waitForCards(page, host);
  if (openSources) await openAllSources(page, host);
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    return [...root.querySelectorAll("article.card")].map((card) => ({
      verdict: card.querySelector(".verdict-label")?.textContent ?? "",
      claim: card.querySelector(".claim")?.textContent ?? "",
      claimant: card.querySelector(".claimant")?.textContent ?? "",
      summary: card.querySelector(".summary")?.textContent ?? "",
      quotes: [...card.querySelectorAll("blockquote")].map((q) => q.textContent ?? ""),
      dir: card.getAttribute("dir"),
    }));
  }, host);
}
