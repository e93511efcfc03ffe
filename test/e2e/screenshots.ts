/**
 * `npm run screenshots`: the README's pictures of the demo, taken in the
 * same headless Chromium the browser tests use, against the real stack.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareLocal, startDevServer } from "../../tools/dev-server";
import { readCards } from "./browser";
import { launchChromium } from "./chromium";

const state = await mkdtemp(join(tmpdir(), "claimcards-shots-"));
await prepareLocal({ persistTo: state, quiet: true });
const server = await startDevServer({ port: 8799, persistTo: state, quiet: true });
const browser = await launchChromium();
try {
  for (const [path, file] of [
    ["/demo/iran-amnesty", "docs/screenshot-en.png"],
    ["/demo/iran-amnesty-fa", "docs/screenshot-fa.png"],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(server.url + path);
    await readCards(page);
    // Open the first card's sources so the picture shows the verified quotes.
    await page.evaluate(() => {
      document.querySelector("claimcards-widget")?.shadowRoot?.querySelector<HTMLButtonElement>("button.toggle")?.click();
    });
    await page.waitForTimeout(200);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
  await rm(state, { recursive: true, force: true });
}
