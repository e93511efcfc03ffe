import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { requestCacheTarget } from "../../worker/http/edge-cache";
import { app } from "../../worker/index";
import { DEMO_ARTICLE } from "./seed";
import { unreachableD1 } from "./unreachable-d1";

/**
 * The second tier, the Workers Cache API, on its own: requests go to the
 * Hono app directly, past the isolate-memory tier that the Worker's fetch
 * puts in front of it. A hit is proved by answering while D1 is down.
 */
async function appGet(
  path: string,
  { db = env.DB, headers = {} }: { db?: D1Database; headers?: Record<string, string> } = {},
) {
  const ctx = createExecutionContext();
  const response = await app.fetch(
    new Request(`https://cards.test${path}`, { headers: { "cf-connecting-ip": "198.51.100.200", ...headers } }),
    { ...env, DB: db },
    ctx,
  );
  const body = await response.text();
  await waitOnExecutionContext(ctx); // the cache write happens in waitUntil
  return { response, body };
}

const q = encodeURIComponent;

describe("the Cache API tier", () => {
  it("stores an article's card list and answers it again without the database", async () => {
    const first = await appGet(`/v1/cards?url=${q(DEMO_ARTICLE)}&lang=fa`);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("cc-cache")).toBe("miss");
    expect((JSON.parse(first.body) as { data: unknown[] }).data.length).toBeGreaterThanOrEqual(6);

    const db = unreachableD1();
    // The same article as a reader's browser may spell it: one cache entry.
    const messy = "https://News.Example/2023/02/iran-amnesty/?utm_source=x#top";
    const hit = await appGet(`/v1/cards?url=${q(messy)}&lang=fa`, { db });
    expect(hit.response.status).toBe(200);
    expect(hit.response.headers.get("cc-cache")).toBe("hit");
    expect(db.prepared).toBe(0);
    expect(hit.body).toBe(first.body);
    expect(hit.response.headers.get("etag")).toBe(first.response.headers.get("etag"));
    expect(hit.response.headers.get("cache-control")).toBe("public, max-age=30");
  });

  it("answers If-None-Match with a 304 from the cached copy, without the database", async () => {
    const first = await appGet("/v1/cards/death-penalty-100-prisoners?lang=en");
    expect(first.response.headers.get("cc-cache")).toBe("miss");
    const etag = first.response.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);

    const db = unreachableD1();
    const revalidated = await appGet("/v1/cards/death-penalty-100-prisoners?lang=en", {
      db,
      headers: { "if-none-match": etag },
    });
    expect(revalidated.response.status).toBe(304);
    expect(revalidated.response.headers.get("cc-cache")).toBe("hit");
    expect(revalidated.response.headers.get("etag")).toBe(etag);
    expect(revalidated.body).toBe("");
    expect(db.prepared).toBe(0);

    // A stale ETag gets the full cached answer, still without the database.
    const changed = await appGet("/v1/cards/death-penalty-100-prisoners?lang=en", {
      db,
      headers: { "if-none-match": '"0123"' },
    });
    expect(changed.response.status).toBe(200);
    expect(changed.body).toBe(first.body);
    expect(db.prepared).toBe(0);
  });

  it("keeps a card's JSON-LD apart from its JSON", async () => {
    await appGet("/v1/cards/protest-arrests-20000");
    const jsonld = await appGet("/v1/cards/protest-arrests-20000?format=jsonld");
    expect(jsonld.response.headers.get("cc-cache")).toBe("miss");
    expect(jsonld.response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const db = unreachableD1();
    const again = await appGet("/v1/cards/protest-arrests-20000?format=jsonld", { db });
    expect(again.response.headers.get("cc-cache")).toBe("hit");
    expect(again.response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(JSON.parse(again.body)).toMatchObject({ "@type": "ClaimReview" });
  });

  it("never stores an error", async () => {
    const missing = await appGet("/v1/cards/no-such-card-here");
    expect(missing.response.status).toBe(404);
    expect(missing.response.headers.get("cc-cache")).toBeNull();
    const target = requestCacheTarget("https://cards.test/v1/cards/no-such-card-here", undefined);
    expect(target).not.toBeNull(); // a cacheable address: only the status keeps it out
    expect(await caches.default.match(target!.key)).toBeUndefined();
  });

  it("stores a search answer briefly, the same search in any parameter order answering from it", async () => {
    const first = await appGet("/v1/search?q=amnesty&lang=en&limit=3");
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("cc-cache")).toBe("miss");
    expect(first.response.headers.get("cache-tag")).toBe("cc-search");
    const found = (JSON.parse(first.body) as { data: unknown[] }).data.length;
    expect(found).toBeGreaterThan(0);

    const again = await appGet("/v1/search?limit=3&lang=en&q=amnesty", { db: unreachableD1() });
    expect(again.response.status).toBe(200);
    expect(again.response.headers.get("cc-cache")).toBe("hit");
    expect((JSON.parse(again.body) as { data: unknown[] }).data.length).toBe(found);
    // Readers get the usual 30 s; the stored copy lives 15 s, as no write can name a search's key to delete it.
    expect(again.response.headers.get("cache-control")).toBe("public, max-age=30");
    const key = requestCacheTarget("https://cards.test/v1/search?q=amnesty&lang=en&limit=3", undefined)!.key;
    expect((await caches.default.match(key))?.headers.get("cache-control")).toBe("public, max-age=15");
  });
});
