import { createHash } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { fixtureUrl, openPage, useBrowser, waitForCards } from "./browser";

const browser = useBrowser();
const HOST = "[data-claimcards]";

interface Manifest {
  widget: string;
  integrity: string;
  addon: string;
  addonIntegrity: string;
  strings: Record<string, { file: string; integrity: string }>;
}

let api: string;
let manifest: Manifest;

async function bytes(path: string): Promise<{ response: Response; body: Buffer }> {
  const response = await fetch(`${api}${path}`);
  expect(response.status, path).toBe(200);
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

const sri = (body: Buffer) => `sha384-${createHash("sha384").update(body).digest("base64")}`;

beforeAll(async () => {
  api = inject("baseUrl");
  manifest = (await (await fetch(`${api}/widget-manifest.json`)).json()) as Manifest;
});

describe("/widget-manifest.json", () => {
  it("names pinned copies of the current build with their true SRI hashes", async () => {
    expect(manifest).toEqual({
      widget: expect.stringMatching(/^widget\.[0-9a-f]{10}\.js$/),
      integrity: expect.stringMatching(/^sha384-[A-Za-z0-9+/]{64}$/),
      addon: expect.stringMatching(/^widget-addon\.[0-9a-f]{10}\.js$/),
      addonIntegrity: expect.stringMatching(/^sha384-[A-Za-z0-9+/]{64}$/),
      strings: {
        fa: {
          file: expect.stringMatching(/^widget-strings-fa\.[0-9a-f]{10}\.js$/),
          integrity: expect.stringMatching(/^sha384-[A-Za-z0-9+/]{64}$/),
        },
      },
    });
    const pinned = (await bytes(`/${manifest.widget}`)).body;
    const latest = (await bytes("/widget.js")).body;
    const addon = (await bytes(`/${manifest.addon}`)).body;
    expect(sri(pinned)).toBe(manifest.integrity);
    expect(sri(addon)).toBe(manifest.addonIntegrity);
    expect(sri((await bytes(`/${manifest.strings.fa!.file}`)).body)).toBe(manifest.strings.fa!.integrity);
    expect(pinned.equals(latest)).toBe(true); // /widget.js is the same build, under its short-lived name
    expect(pinned.toString("utf8")).toContain(manifest.addon); // the pinned core names its own add-on
    expect(pinned.toString("utf8")).toContain(manifest.strings.fa!.file); // and its own language packs
  });
});

describe("public/_headers, as served", () => {
  it.each([
    ["/widget.js", "public, max-age=300, stale-while-revalidate=86400"],
    ["/widget-manifest.json", "public, max-age=300"],
    ["the pinned widget", "public, max-age=31536000, immutable"],
    ["the pinned add-on", "public, max-age=31536000, immutable"],
    ["the pinned Persian strings", "public, max-age=31536000, immutable"],
  ])("%s: Cache-Control %s, loadable from any site", async (name, cacheControl) => {
    const path =
      name === "the pinned widget"
        ? `/${manifest.widget}`
        : name === "the pinned add-on"
          ? `/${manifest.addon}`
          : name === "the pinned Persian strings"
            ? `/${manifest.strings.fa!.file}`
            : name;
    const { response } = await bytes(path);
    // Exactly this value: a second matching rule would be appended to it.
    expect(response.headers.get("cache-control")).toBe(cacheControl);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
  });
});

describe("13_pinned-widget: the README's pinned script tag", () => {
  it("loads the pinned widget under SRI, which loads its own pinned add-on and never the unpinned files", async () => {
    const { page, errors, consoleErrors } = await openPage(browser());
    const scripts: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === api && url.pathname.endsWith(".js")) scripts.push(url.pathname);
    });
    await page.goto(fixtureUrl("13_pinned-widget"));
    await waitForCards(page, HOST);
    await page.waitForFunction(() => (CSS.highlights.get("claimcards")?.size ?? 0) > 0, undefined, { timeout: 15_000 });
    const script = await page.evaluate(() => {
      const tag = document.querySelector<HTMLScriptElement>("script[integrity]")!;
      return { src: tag.src, integrity: tag.integrity, crossOrigin: tag.crossOrigin };
    });
    expect(script).toEqual({
      src: `${api}/${manifest.widget}`,
      integrity: manifest.integrity,
      crossOrigin: "anonymous",
    });
    expect(scripts.sort()).toEqual([`/${manifest.addon}`, `/${manifest.widget}`].sort());
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("is refused by the browser when the pinned bytes are not the ones the hash names", async () => {
    const { page, errors } = await openPage(browser());
    // A CDN or attacker serving different bytes under the pinned name.
    await page.route(`${api}/${manifest.widget}`, async (route) => {
      const original = await route.fetch();
      await route.fulfill({ response: original, body: `${await original.text()}\n;window.__tampered = true;` });
    });
    const refused = page.waitForEvent(
      "console",
      (message) => message.type() === "error" && /integrity/i.test(message.text()),
    );
    await page.goto(fixtureUrl("13_pinned-widget"));
    await refused;
    const state = await page.evaluate(
      (host) => ({
        ran: "__tampered" in window || "ClaimCards" in window,
        shadow: document.querySelector(host)!.shadowRoot !== null,
      }),
      HOST,
    );
    expect(state).toEqual({ ran: false, shadow: false });
    expect(errors).toEqual([]);
    await page.close();
  });
});
