import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

/** A reader's request for one card, from its own address (so the rate limit never interferes). */
let reader = 0;
const getCard = (path: string, accept?: string) =>
  exports.default.fetch(`https://cards.test${path}`, {
    headers: { "cf-connecting-ip": `198.51.100.${reader++ % 250}`, ...(accept ? { accept } : {}) },
  });

const isClaimReview = (body: any) => body["@type"] === "ClaimReview";

describe("JSON or JSON-LD for /v1/cards/:id, decided once for the answer and its cache key", () => {
  it("serves JSON-LD for Accept: APPLICATION/LD+JSON (any case), and the next plain GET still gets JSON", async () => {
    const path = "/v1/cards/death-penalty-100-prisoners?lang=fa";
    const linked = await getCard(path, "APPLICATION/LD+JSON");
    expect(linked.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(isClaimReview(await linked.json())).toBe(true);
    const plain = await getCard(path);
    expect(plain.headers.get("content-type")).toMatch(/^application\/json/);
    expect(isClaimReview(await plain.json())).toBe(false);
  });

  it("serves JSON for Accept: application/json, application/ld+json, and the next JSON-LD request still gets JSON-LD", async () => {
    const path = "/v1/cards/death-penalty-100-prisoners?lang=en";
    const both = await getCard(path, "application/json, application/ld+json");
    expect(both.headers.get("content-type")).toMatch(/^application\/json/);
    expect(isClaimReview(await both.json())).toBe(false);
    const linked = await getCard(path, "application/ld+json");
    expect(linked.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(isClaimReview(await linked.json())).toBe(true);
  });

  it("follows q-values and wildcards", async () => {
    const path = "/v1/cards/amnesty-tens-of-thousands";
    const preferLd = await getCard(path, "application/json;q=0.5, application/ld+json");
    expect(preferLd.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    await preferLd.arrayBuffer();
    for (const accept of ["*/*", "application/*", "text/html"]) {
      const response = await getCard(path, accept);
      expect(response.headers.get("content-type"), accept).toMatch(/^application\/json/);
      await response.arrayBuffer();
    }
  });

  it("says Vary: Accept on every /v1/cards/:id answer, from the app and from each cache tier", async () => {
    const path = "/v1/cards/amnesty-tens-of-thousands?lang=fa";
    for (const accept of [undefined, "application/ld+json", undefined, "application/ld+json"]) {
      const response = await getCard(path, accept);
      expect(response.status).toBe(200);
      expect(response.headers.get("vary") ?? "", `${accept} ${response.headers.get("cc-cache")}`).toMatch(
        /\baccept\b/i,
      );
      await response.arrayBuffer();
      // Let the Cache API write (waitUntil) land, so the later requests come from the caches.
      await new Promise((r) => setTimeout(r, 20));
    }
  });
});
