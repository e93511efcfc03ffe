import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium (or CHROMIUM_PATH). Throws with the fix when it is missing. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

/** Headless Chromium with nothing reaching for the internet. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Collects uncaught errors of the page: the widget must never cause one. */
export function watchPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  return errors;
}

/** What a reader sees of each card, read out of the widget's shadow root. */
export async function readCards(page: Page, host = "claimcards-widget") {
  await page.waitForFunction(
    (selector) => !!document.querySelector(selector)?.shadowRoot?.querySelector("article.card"),
    host,
    { timeout: 15_000 },
  );
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
