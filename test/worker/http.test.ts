import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE } from "./seed";

const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  exports.default.fetch(`https://cards.test${path}`, { method, headers });
const articlePath = (extra = "") => `/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}${extra}`;

describe("caching", () => {
  it("sends Cache-Control and a strong ETag, and 304 with no body for If-None-Match", async () => {
    const first = await get(articlePath("&lang=fa"));
    // Browsers keep it 30 s; no cache is told it may serve it stale (none that a purge cannot reach may keep it longer).
    expect(first.headers.get("cache-control")).toBe("public, max-age=30");
    expect([...first.headers].filter(([name, value]) => /cache-control/.test(name) && /stale/.test(value))).toEqual([]);
    expect(first.headers.get("cloudflare-cdn-cache-control")).toBeNull();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await get(articlePath("&lang=fa"), { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    // A cross-origin reader's browser still sees it may use the answer.
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    const other = await get(articlePath("&lang=fa"), { "if-none-match": '"0000"' });
    expect(other.status).toBe(200);
  });

  it("serves a repeated public GET from this isolate's memory, keyed on the normalised article URL", async () => {
    const messy = `/v1/cards?url=${encodeURIComponent(`${DEMO_ARTICLE}/?utm_source=x#top`)}&lang=en`;
    const first = await get(articlePath("&lang=en"));
    await first.arrayBuffer();
    // The cache write happens after the response (waitUntil); give it a moment.
    await new Promise((r) => setTimeout(r, 50));
    const second = await get(messy);
    expect(second.headers.get("cc-cache")).toBe("memory");
    expect(await second.json()).toEqual(await (await get(articlePath("&lang=en"))).json());
  });

  it("gives every answer from memory its own request id, the stored headers otherwise unchanged", async () => {
    const path = articlePath("&lang=fa");
    await (await get(path)).arrayBuffer();
    await new Promise((r) => setTimeout(r, 50));
    const [a, b] = [await get(path), await get(path)];
    expect([a.headers.get("cc-cache"), b.headers.get("cc-cache")]).toEqual(["memory", "memory"]);
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
    const rest = (r: Response) => [...r.headers].filter(([name]) => name !== "x-request-id");
    expect(rest(a)).toEqual(rest(b));
    expect(rest(a).map(([name]) => name)).toEqual(expect.arrayContaining(["etag", "cache-control", "content-type"]));
  });

  it("never caches errors", async () => {
    const bad = await get("/v1/cards/no-such-card");
    expect(bad.status).toBe(404);
    expect(bad.headers.get("cache-control")).toBeNull();
    expect(bad.headers.get("etag")).toBeNull();
  });
});

describe("headers", () => {
  it("answers a CORS preflight for public GETs from any origin, without credentials", async () => {
    const response = await get(
      articlePath(),
      { origin: "https://news.example", "access-control-request-method": "GET" },
      "OPTIONS",
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("puts security headers on every response, keeping public JSON usable cross-origin", async () => {
    for (const path of [
      articlePath(),
      "/v1/cards/protest-arrests-20000",
      "/v1/search?q=amnesty",
      "/nope",
      "/healthz",
    ]) {
      const response = await get(path);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("cross-origin-resource-policy"), path).toBe("cross-origin");
      expect(response.headers.get("x-request-id"), path).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("leaves the headers that speak only to documents off JSON, memory-cache hits included, and keeps them on pages", async () => {
    const documentOnly = [
      "x-frame-options",
      "cross-origin-opener-policy",
      "origin-agent-cluster",
      "x-dns-prefetch-control",
      "x-download-options",
      "x-permitted-cross-domain-policies",
      "x-xss-protection",
    ];
    await get(articlePath("&lang=en"));
    const memoryHit = await get(articlePath("&lang=en"));
    expect(memoryHit.headers.get("cc-cache")).toBe("memory");
    for (const [path, response] of [
      ["a memory-cache hit", memoryHit],
      ["/v1/search?q=amnesty", await get("/v1/search?q=amnesty")],
      ["/nope", await get("/nope")],
      ["/v1/admin/cards", await get("/v1/admin/cards")],
    ] as const) {
      // Opened as a document, JSON still may not run, load or be framed.
      expect(response.headers.get("content-security-policy"), path).toBe("default-src 'none'; frame-ancestors 'none'");
      for (const name of documentOnly) expect(response.headers.get(name), `${path}: ${name}`).toBeNull();
    }
    const page = await get(`/embed?url=${encodeURIComponent(DEMO_ARTICLE)}`);
    expect(page.headers.get("origin-agent-cluster")).toBe("?1");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("limits and methods", () => {
  it("answers 405 with Allow for a wrong method on a known path", async () => {
    for (const path of ["/v1/cards", "/v1/cards/protest-arrests-20000", "/v1/search"]) {
      const response = await get(path, {}, "DELETE");
      expect(response.status, path).toBe(405);
      expect(response.headers.get("allow"), path).toContain("GET");
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
    }
  });

  it("answers HEAD like GET without a body", async () => {
    const response = await get(articlePath(), {}, "HEAD");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });

  it("refuses an absurdly long request URL with 400", async () => {
    const response = await get(`/v1/search?q=a&pad=${"x".repeat(5000)}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("url_too_long");
  });

  it("counts a by-URL lookup once against the rate limit: 200 in a fresh window all pass", {
    timeout: 30_000,
  }, async () => {
    // The limit is 300 a minute (wrangler.toml). Counted twice, only 150 of these 200 would pass.
    const client = { "cf-connecting-ip": "192.0.2.90" };
    let passed = 0;
    for (let i = 0; i < 200; i++) {
      // A different article each time, so no cache tier answers before the limiter.
      const response = await get(`/v1/cards?url=${encodeURIComponent(`https://news.example/rate-${i}`)}`, client);
      if (response.status === 200) passed++;
      await response.arrayBuffer();
    }
    expect(passed).toBe(200);
  });

  it("rate-limits one client with 429 and Retry-After, without affecting another", { timeout: 90_000 }, async () => {
    const client = { "cf-connecting-ip": "192.0.2.77" };
    let limited: Response | undefined;
    // The limiter counts in fixed windows: a window may roll over mid-test, so allow two windows' worth.
    for (let i = 0; i < 700 && !limited; i++) {
      // A different card each time (none exists): no cache tier answers it, so every request meets the limiter.
      const response = await get(`/v1/cards/no-such-card-${i}`, client);
      if (response.status === 429) limited = response;
      else await response.arrayBuffer();
    }
    expect(limited?.status).toBe(429);
    expect(limited?.headers.get("retry-after")).toBe("60");
    expect(((await limited!.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    const other = await get("/v1/search?q=amnesty", { "cf-connecting-ip": "192.0.2.78" });
    expect(other.status).toBe(200);
  });
});
