import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DEMO_ARTICLE } from "./seed";

const get = (path: string, init?: RequestInit) => exports.default.fetch(`https://cards.test${path}`, init);

describe("GET /v1/cards?url=", () => {
  it("returns the published seed cards for the demo article", async () => {
    const response = await get(`/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as { data: { id: string; verdict: { key: string } }[]; next: unknown };
    expect(body.data.length).toBeGreaterThanOrEqual(6);
    expect(body.data.map((card) => card.id)).toContain("amnesty-tens-of-thousands");
    expect(body.next).toBeNull();
  });

  it("finds the same cards whatever tracking junk or fragment the page URL carries", async () => {
    const messy = "HTTPS://News.Example:443/2023/02/iran-amnesty/?utm_source=newsletter&fbclid=abc#comments";
    const cleanResponse = await get(`/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}`);
    const dirtyResponse = await get(`/v1/cards?url=${encodeURIComponent(messy)}`);
    // Two identical 400s (or two empty lists) would also be "equal": both must be the demo's cards.
    expect([cleanResponse.status, dirtyResponse.status]).toEqual([200, 200]);
    const clean = (await cleanResponse.json()) as { url: string; data: { id: string }[] };
    const dirty = (await dirtyResponse.json()) as { url: string; data: { id: string }[] };
    expect(clean.data.length).toBeGreaterThanOrEqual(6);
    expect(dirty.url).toBe(DEMO_ARTICLE);
    expect(dirty).toEqual(clean);
  });

  it("returns an empty list for an article without cards", async () => {
    const body = (await (await get(`/v1/cards?url=${encodeURIComponent("https://news.example/other")}`)).json()) as {
      data: unknown[];
    };
    expect(body.data).toEqual([]);
  });

  it.each([
    ["no url", "/v1/cards", "url"],
    ["a javascript: url", `/v1/cards?url=${encodeURIComponent("javascript:alert(1)")}`, "url"],
    ["an over-long url", `/v1/cards?url=${encodeURIComponent(`https://news.example/${"a".repeat(3000)}`)}`, "url"],
    ["a bad limit", `/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}&limit=1000`, "limit"],
    ["a bad lang", `/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}&lang=<script>`, "lang"],
  ])("answers 400 naming the parameter for %s", async (_, path, param) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues.map((issue) => issue.path)).toContain(param);
  });
});

describe("GET /v1/cards/:id", () => {
  it("returns one published card", async () => {
    const response = await get("/v1/cards/protest-arrests-20000");
    expect(response.status).toBe(200);
    const card = (await response.json()) as { id: string; verdict: { key: string; label: string } };
    expect(card.id).toBe("protest-arrests-20000");
    expect(card.verdict).toEqual({ key: "unverified", label: "Unverified" });
  });

  it.each(["no-such-card", "Bad..Id", "x".repeat(300)])("answers a JSON 404 for %s", async (id) => {
    const response = await get(`/v1/cards/${id}`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe("not_found");
  });
});

describe("the rest", () => {
  it("answers /healthz when the database answers", async () => {
    const response = await get("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, db: "ok" });
  });

  it("answers unknown routes with the JSON error shape", async () => {
    const response = await get("/v2/whatever");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "No route for GET /v2/whatever" } });
  });
});

describe("card order", () => {
  it("lists an article's cards in the order their sentences appear in it", async () => {
    const body = (await (await get(`/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}`)).json()) as {
      data: { id: string; articles: { anchor?: { exact: string } }[] }[];
    };
    // The seed article's first paragraph is about the 20,000 arrests, then the 100 prisoners.
    expect(body.data.slice(0, 2).map((card) => card.id)).toEqual([
      "protest-arrests-20000",
      "death-penalty-100-prisoners",
    ]);
  });
});

describe("pagination of an article's cards", () => {
  it("pages through every card once, in order: no duplicates, no gaps", async () => {
    const all = (
      (await (await get(`/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}&limit=50`)).json()) as {
        data: { id: string }[];
      }
    ).data.map((c) => c.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await get(
        `/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}&limit=4${cursor ? `&cursor=${cursor}` : ""}`,
      );
      const page = (await response.json()) as { data: { id: string }[]; next: string | null };
      seen.push(...page.data.map((c) => c.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThanOrEqual(6);
  });
});

describe("limit and cursor on /v1/cards", () => {
  const list = (extra: string) => get(`/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}${extra}`);
  type Page = { data: { id: string }[]; next: string | null };
  /** A cursor as a client could forge one: base64url JSON of its own choosing. */
  const forge = (json: string) => btoa(json).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

  it("takes limit=1 (one card and a next cursor) and limit=50 (every card, no next)", async () => {
    const one = await list("&limit=1");
    expect(one.status).toBe(200);
    const onePage = (await one.json()) as Page;
    expect(onePage.data).toHaveLength(1);
    expect(onePage.next).toEqual(expect.any(String));
    const all = (await (await list("&limit=50")).json()) as Page;
    expect(all.data.length).toBeGreaterThanOrEqual(6);
    expect(all.next).toBeNull();
    expect(onePage.data[0]!.id).toBe(all.data[0]!.id);
  });

  it.each(["0", "51", "-1", "1.5", "abc", "1e1", ""])("answers 400 naming limit for limit=%s", async (limit) => {
    const response = await list(`&limit=${limit}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: { path: string; message: string }[] } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues.map((issue) => issue.path)).toContain("limit");
  });

  it.each([
    ["text that is not base64", "!!!not-base64!!!"],
    ["base64 of plain text", forge("not-a-cursor")],
    ["the wrong types", forge('["a","b","c"]')],
    ["too few fields", forge('[1,"a"]')],
    ["an object", forge('{"position":1}')],
    ["a number out of range", forge('[1e999,"a","b"]')],
    ["an over-long cursor", "A".repeat(201)],
  ])("answers 400 naming cursor for a forged cursor: %s", async (_, cursor) => {
    const response = await list(`&limit=2&cursor=${encodeURIComponent(cursor)}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues.map((issue) => issue.path)).toEqual(["cursor"]);
  });

  it("answers 400 for a cursor that /v1/search gave out: it is not this list's", async () => {
    const search = (await (await get("/v1/search?q=the&limit=1")).json()) as Page;
    expect(search.next).toEqual(expect.any(String));
    const response = await list(`&limit=2&cursor=${search.next}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { issues: { path: string }[] } }).error.issues).toEqual([
      { path: "cursor", message: "is not a cursor this API returned" },
    ]);
  });

  it.each([
    ["past the end", forge('[1e9,"zzz","zzz"]'), 0],
    ["with SQL in it", forge(`[1e9,"' OR 1=1 --","x"]`), 0],
  ])("answers a well-formed cursor %s with 200 and no cards, never everything", async (_, cursor, count) => {
    const response = await list(`&limit=50&cursor=${cursor}`);
    expect(response.status).toBe(200);
    expect((await response.json()) as Page).toMatchObject({ data: { length: count }, next: null });
  });
});
