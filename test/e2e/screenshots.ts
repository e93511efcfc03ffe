/**
 * `npm run screenshots`: the README's pictures of the demo, taken in the
 * same headless Chromium the browser tests use, against the real stack.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { prepareLocal, startDevServer } from "../../tools/dev-server";
import { readCards } from "./browser";
import { launchChromium } from "./chromium";

/** A published card of data/cards/ the desk screenshots show. */
const DESK_CARD = "amnesty-tens-of-thousands";
/** The demo's follow-up story (data/sources/), which repeats two seed claims. */
const FOLLOW_UP = "iran-amnesty-follow-up";
const state = await mkdtemp(join(tmpdir(), "claimcards-shots-"));
await prepareLocal({ persistTo: state, quiet: true });
const adminToken = `shots-admin-${randomBytes(24).toString("hex")}`;
const server = await startDevServer({ port: 8799, persistTo: state, quiet: true, adminToken });
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
      document
        .querySelector("claimcards-widget")
        ?.shadowRoot?.querySelector<HTMLButtonElement>("button.toggle")
        ?.click();
    });
    await page.waitForTimeout(200);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
  // The newsroom desk: a reviewer's view of a published card, in English and in Persian.
  const made = await fetch(`${server.url}/v1/admin/tokens`, {
    method: "POST",
    headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({ person: "daniel-okafor" }),
  });
  const { token } = (await made.json()) as { token: string };
  const signIn = async (page: Page) => {
    await page.goto(`${server.url}/desk/`);
    await page.fill("#token", token);
    await page.click("form.sign-in button[type=submit]");
    await page.waitForSelector("header.bar nav");
  };
  for (const [lang, file] of [
    ["en", "docs/desk-en.png"],
    ["fa", "docs/desk-fa.png"],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    await signIn(page);
    if (lang === "fa") await page.click("button.lang-switch");
    await page.goto(`${server.url}/desk/#/card/${DESK_CARD}`);
    await page.waitForSelector("figure.preview");
    await page.waitForTimeout(200);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
  // Check an article: the demo's follow-up story, pasted, its repeated claims marked beside their cards.
  const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
  await signIn(page);
  await page.goto(`${server.url}/desk/#/check`);
  await page.locator(".check .tabs button").nth(1).click();
  await page.fill("#f-check-text", await readFile(`data/sources/${FOLLOW_UP}.txt`, "utf8"));
  await page.fill("#f-check-attachUrl", `https://news.example/2023/02/${FOLLOW_UP}`);
  await page.click(".check form button[type=submit]");
  await page.waitForSelector(".check-result mark");
  await page.waitForTimeout(200);
  await page.screenshot({ path: "docs/desk-check-en.png" });
  console.log("wrote docs/desk-check-en.png");
  await page.close();
} finally {
  await browser.close();
  await server.stop();
  await rm(state, { recursive: true, force: true });
}
