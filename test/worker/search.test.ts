import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, draftCard, sourceBody, tokenFor } from "./admin-client";

const get = (path: string) => exports.default.fetch(`https://cards.test${path}`);
type Page = { data: { id: string; verdict: { key: string }; lang: string }[]; next: string | null };
const search = async (query: string) => (await (await get(`/v1/search?${query}`)).json()) as Page;

const ENGLISH_ONLY = "amnesty-bridge-english-only";

beforeAll(async () => {
  const editor = await tokenFor("Ana Editor", "editor");
  const reviewer = await tokenFor("Ben Reviewer", "reviewer");
  expect((await admin("/sources", { token: editor, body: sourceBody("bridge-search") })).status).toBe(201);
  const card = draftCard(ENGLISH_ONLY, "bridge-search", {
    claim: {
      text: "The amnesty reopens the bridge in March.",
      claimant: { name: "City officials", kind: "government" },
    },
  });
  expect((await admin("/cards", { token: editor, body: card })).status).toBe(201);
  expect((await admin(`/cards/${ENGLISH_ONLY}/submit`, { token: editor, method: "POST", ifMatch: 1 })).status).toBe(
    200,
  );
  const published = await admin(`/cards/${ENGLISH_ONLY}/publish`, { token: reviewer, method: "POST", ifMatch: 2 });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
});

describe("GET /v1/search", () => {
  it("finds cards by words of the claim, best match first", async () => {
    const page = await search("q=death+penalty");
    expect(page.data[0]?.id).toBe("death-penalty-100-prisoners");
    expect(page.data.map((card) => card.id)).toContain("amnesty-excludes-dual-nationals-corruption-on-earth");
  });

  it("finds cards by claimant and by word prefix", async () => {
    expect((await search("q=Rahimi")).data.map((c) => c.id)).toEqual(["pardon-conditions-regret-written-commitment"]);
    expect((await search("q=prison")).data.length).toBeGreaterThan(0);
  });

  it("finds Persian text, whichever form of yeh and kaf the reader types", async () => {
    const persian = await search(`q=${encodeURIComponent("عفو")}&lang=fa`);
    expect(persian.data.length).toBeGreaterThan(0);
    // Every hit, not just the best one, is served in Persian.
    expect(persian.data.map((card) => card.lang)).toEqual(persian.data.map(() => "fa"));
    const arabicLetters = await search(`q=${encodeURIComponent("زنداني")}`); // Arabic yeh
    const persianLetters = await search(`q=${encodeURIComponent("زندانی")}`); // Persian yeh
    expect(arabicLetters.data.map((c) => c.id)).toEqual(persianLetters.data.map((c) => c.id));
    expect(persianLetters.data.length).toBeGreaterThan(0);
  });

  it("with lang=fa, leaves out cards that have no Persian, and serves every hit in Persian", async () => {
    // Every seed card has a Persian translation; this one, published here, is English only.
    const english = await search("q=amnesty");
    expect(english.data.map((c) => c.id)).toContain(ENGLISH_ONLY);
    const persian = await search("q=amnesty&lang=fa&limit=50");
    expect(persian.data.length).toBeGreaterThan(0);
    expect(persian.data.map((c) => c.id)).not.toContain(ENGLISH_ONLY);
    expect(persian.data.map((card) => card.lang)).toEqual(persian.data.map(() => "fa"));
  });

  it("filters by verdict", async () => {
    const page = await search("q=amnesty&verdict=unverified");
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((card) => card.verdict.key === "unverified")).toBe(true);
  });

  it("pages through every result once: no duplicates, no gaps", async () => {
    const all = (await search("q=the&limit=50")).data.map((c) => c.id);
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await search(`q=the&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((c) => c.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it("answers adversarial queries (many one-letter words, one word repeated) like any other", async () => {
    for (const q of ["a b c d e f g h i j k l", "the ".repeat(40), "pri gov ele rep mil pol sta off dea pen"]) {
      const response = await get(`/v1/search?q=${encodeURIComponent(q)}`);
      expect(response.status, q).toBe(200);
      expect(Array.isArray(((await response.json()) as Page).data)).toBe(true);
    }
    // A repeated word finds what the word alone finds.
    expect((await search(`q=${encodeURIComponent("death death death penalty")}`)).data.map((c) => c.id)).toEqual(
      (await search("q=death+penalty")).data.map((c) => c.id),
    );
  });

  it("treats FTS syntax in the query as plain words", async () => {
    for (const q of ['"', "AND OR NOT", "NEAR(a b)", "*", "death*penalty", "a:b", "'); DROP TABLE cards; --"]) {
      const response = await get(`/v1/search?q=${encodeURIComponent(q)}`);
      expect(response.status, q).toBe(200);
    }
    expect((await get("/v1/cards/death-penalty-100-prisoners")).status).toBe(200);
  });

  it.each([
    ["no q", "", "q"],
    ["an empty q", "q=", "q"],
    ["an over-long q", `q=${"a".repeat(201)}`, "q"],
    ["an unknown verdict", "q=x&verdict=pants-on-fire", "verdict"],
    ["a forged cursor", "q=x&cursor=bm90LWEtY3Vyc29y", "cursor"],
    ["a limit over 50", "q=x&limit=51", "limit"],
  ])("answers 400 naming the parameter for %s", async (_, query, param) => {
    const response = await get(`/v1/search?${query}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path)).toContain(param);
  });
});
