/**
 * `/embed` shows the same cards as `/v1/cards`, so it is cached and purged
 * the same way (issue #11, hole 4): a retraction takes the card off the
 * iframe at once, in every language.
 */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, draftCard, sourceBody, tokenFor } from "./admin-client";
import { findAll } from "./html";

const ID = "embed-cache-card";
const ARTICLE = `https://news.example/bridge/${ID}`;
const variants = ["&lang=en", "&lang=fa", ""];

const embed = async (query: string) => {
  const response = await exports.default.fetch(`https://cards.test/embed?url=${encodeURIComponent(ARTICLE)}${query}`, {
    headers: { "cf-connecting-ip": "198.51.100.31" },
  });
  const html = await response.text();
  // The Cache API write happens after the response (waitUntil); give it a moment.
  await new Promise((r) => setTimeout(r, 50));
  return { response, cards: (await findAll(html, "h3.claim")).map((h) => h.attrs.id) };
};

let reviewer: string;

beforeAll(async () => {
  const editor = await tokenFor("Ana Editor", "editor");
  reviewer = await tokenFor("Ben Reviewer", "reviewer");
  expect((await admin("/sources", { body: sourceBody("embed-cache-src") })).status).toBe(201);
  expect((await admin("/cards", { token: editor, body: draftCard(ID, "embed-cache-src") })).status).toBe(201);
  expect((await admin(`/cards/${ID}/submit`, { token: editor, method: "POST", ifMatch: 1 })).status).toBe(200);
  expect((await admin(`/cards/${ID}/publish`, { token: reviewer, method: "POST", ifMatch: 2 })).status).toBe(200);
});

describe("GET /embed caching", () => {
  it("is cached like the API, and a retraction removes the card from every language's page at once", async () => {
    for (const lang of variants) {
      const first = await embed(lang);
      expect(first.response.status).toBe(200);
      expect(first.cards).toEqual([`cc-${ID}`]);
      expect(first.response.headers.get("cache-control")).toBe("public, max-age=30");
      expect(first.response.headers.get("etag")).toMatch(/^"[0-9a-f]{32}"$/);
      const again = await embed(lang);
      expect(["memory", "hit"]).toContain(again.response.headers.get("cc-cache"));
      expect(again.cards).toEqual([`cc-${ID}`]);
    }

    const retraction = await admin(`/cards/${ID}/retract`, {
      token: reviewer,
      ifMatch: 3,
      body: { note: "The officials' statement was withdrawn." },
    });
    expect(retraction.status).toBe(200);

    for (const lang of variants) {
      const after = await embed(lang);
      expect(after.response.status).toBe(200);
      expect(after.cards, `lang${lang}`).toEqual([]);
    }
  });
});
