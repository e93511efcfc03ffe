import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE } from "./seed";

const ROUTES = ["/v1/cards", "/v1/cards/protest-arrests-20000", "/v1/search", "/embed", "/oembed", "/v1/openapi.json", "/healthz"];
const PARAMS = ["url", "lang", "limit", "cursor", "q", "verdict", "format", "maxwidth", "maxheight", "id"];

/** Inputs that have broken APIs before: wrong types, huge values, odd Unicode, traversal, SQL and FTS syntax. */
const nasty = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "",
    "0",
    "-1",
    "1e309",
    "NaN",
    "9".repeat(400),
    "null",
    "[]",
    "{}",
    "true",
    "javascript:alert(1)",
    "data:text/html,<script>",
    "../../etc/passwd",
    "%2e%2e%2f%2e%2e%2f",
    "' OR 1=1 --",
    "'); DROP TABLE cards; --",
    '"*" NEAR(a b) OR',
    "\u202Eevil\u0000",
    "\uD800",
    "ي ك ی ک \u200C",
    "a".repeat(5000),
    DEMO_ARTICLE,
    `${DEMO_ARTICLE}#x`,
  ),
);

const request = fc.record({
  route: fc.constantFrom(...ROUTES),
  params: fc.array(fc.tuple(fc.constantFrom(...PARAMS), nasty), { maxLength: 5 }),
  suffix: fc.constantFrom("", "/", "/..", "/%00", "/x/y", "?", "//", "/%E0%A4%A", "/%ZZ"),
  method: fc.constantFrom("GET", "GET", "GET", "HEAD", "POST", "DELETE"),
  accept: fc.constantFrom(undefined, "application/ld+json", "*/*", "text/html"),
});

let client = 0;

/** Percent-encodes text; a lone surrogate cannot be, so it goes out as invalid UTF-8 bytes instead. */
function encodeOrBreak(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80%FF";
  }
}

async function publishedSnapshot(): Promise<unknown> {
  const response = await exports.default.fetch(`https://cards.test/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}&limit=50`, {
    headers: { "cf-connecting-ip": "198.51.100.1" },
  });
  return response.json();
}

describe("fuzzing the public routes", () => {
  it("never answers 5xx, always answers errors in the one shape, and changes no published data", async () => {
    const before = await publishedSnapshot();
    await fc.assert(
      fc.asyncProperty(request, async ({ route, params, suffix, method, accept }) => {
        const query = params.map(([k, value]) => `${encodeURIComponent(k)}=${encodeOrBreak(value)}`).join("&");
        const url = `https://cards.test${route}${suffix}${query ? `?${query}` : ""}`;
        const headers: Record<string, string> = { "cf-connecting-ip": `198.51.100.${(client++ % 200) + 2}` };
        if (accept) headers.accept = accept;
        const response = await exports.default.fetch(url, { method, headers });
        expect(response.status, url).toBeLessThan(500);
        if (response.status >= 400 && method !== "HEAD") {
          const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
          expect(typeof body.error?.code, url).toBe("string");
          expect(typeof body.error?.message, url).toBe("string");
          expect(JSON.stringify(body), url).not.toMatch(/at .+\.(ts|js):\d+/); // no stack traces
        } else {
          await response.arrayBuffer();
        }
      }),
      { numRuns: 400 },
    );
    expect(await publishedSnapshot()).toEqual(before);
  }, 60_000);
});
