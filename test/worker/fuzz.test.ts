import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE } from "./seed";

const ROUTES = [
  "/v1/cards",
  "/v1/cards/protest-arrests-20000",
  "/v1/search",
  "/embed",
  "/oembed",
  "/v1/openapi.json",
  "/healthz",
];
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

const NOT_IMPLEMENTED = { error: { code: "not_implemented", message: "Only format=json is supported" } };

/** A read of `/oembed` with exactly one `format`, and not json: the documented 501. */
function isUnsupportedOEmbedFormat(url: string, method: string): boolean {
  const parsed = new URL(url);
  const formats = parsed.searchParams.getAll("format");
  return (
    parsed.pathname.replace(/\/+$/, "") === "/oembed" &&
    (method === "GET" || method === "HEAD") &&
    formats.length === 1 &&
    formats[0] !== "json"
  );
}

async function publishedSnapshot(): Promise<unknown> {
  const response = await exports.default.fetch(
    `https://cards.test/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}&limit=50`,
    {
      headers: { "cf-connecting-ip": "198.51.100.1" },
    },
  );
  return response.json();
}

describe("fuzzing the public routes", () => {
  it("never answers 5xx (except oEmbed's documented 501), always answers errors in the one shape, and changes no published data", async () => {
    const before = await publishedSnapshot();
    let notImplemented = 0;
    await fc.assert(
      fc.asyncProperty(request, async ({ route, params, suffix, method, accept }) => {
        const query = params.map(([k, value]) => `${encodeURIComponent(k)}=${encodeOrBreak(value)}`).join("&");
        const url = `https://cards.test${route}${suffix}${query ? `?${query}` : ""}`;
        const headers: Record<string, string> = { "cf-connecting-ip": `198.51.100.${(client++ % 200) + 2}` };
        if (accept) headers.accept = accept;
        const response = await exports.default.fetch(url, { method, headers });
        if (response.status === 501) {
          // The one deliberate 5xx: oEmbed answers a format it cannot produce with 501 Not Implemented.
          expect(isUnsupportedOEmbedFormat(url, method), url).toBe(true);
          if (method === "GET") expect(await response.json(), url).toEqual(NOT_IMPLEMENTED);
          else await response.arrayBuffer();
          notImplemented++;
          return;
        }
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
      {
        numRuns: 400,
        // Always includes the documented 501, so the branch that allows it is exercised.
        examples: [
          [
            {
              route: "/oembed",
              params: [
                ["url", DEMO_ARTICLE],
                ["format", "xml"],
              ],
              suffix: "",
              method: "GET",
              accept: undefined,
            },
          ],
        ],
      },
    );
    expect(notImplemented).toBeGreaterThan(0);
    expect(await publishedSnapshot()).toEqual(before);
  }, 60_000);
});
