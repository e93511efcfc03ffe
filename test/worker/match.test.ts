import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { admin, tokenFor } from "./admin-client";

// A made-up follow-up story that repeats two seed claims in other words, and
// says other things the seed cards do not check.
const FOLLOW_UP = [
  "Tehran, February 10.",
  "Rights groups now say some 20000 demonstrators have been detained since the unrest began.",
  "The weather in the capital was cold and grey on Friday.",
  "Lawyers said that to receive a pardon, prisoners must show remorse and promise in writing not to repeat their activities.",
  "It is not true that 2,000 people were arrested, an official said.",
].join(" ");

describe("POST /v1/admin/match", () => {
  it("finds the sentences that repeat published claims, each with the card, an anchor, a score and the words", async () => {
    const editor = await tokenFor("Match Editor", "editor");
    const { status, body } = await admin("/match", { token: editor, body: { text: FOLLOW_UP, lang: "en" } });
    expect(status).toBe(200);
    const byCard = new Map<string, any>(body.matches.map((m: any) => [m.card.id, m]));
    expect([...byCard.keys()].sort()).toEqual(["pardon-conditions-regret-written-commitment", "protest-arrests-20000"]);
    const arrests = byCard.get("protest-arrests-20000");
    expect(arrests.sentence).toBe(
      "Rights groups now say some 20000 demonstrators have been detained since the unrest began.",
    );
    expect(FOLLOW_UP.slice(arrests.start, arrests.end)).toBe(arrests.sentence);
    expect(arrests.anchor.exact).toBe(arrests.sentence);
    expect(arrests.anchor.prefix).toBe(FOLLOW_UP.slice(Math.max(0, arrests.start - 32), arrests.start));
    expect(arrests.matched).toContain("20000");
    expect(arrests.card).toMatchObject({ verdict: "unverified", claim: expect.stringContaining("20,000") });
    expect(arrests.score).toBeGreaterThan(0.5);
  });

  it("matches a Persian article against the cards' Persian translations", async () => {
    const text = "به گفتهٔ گروه‌های حقوق بشری، تاکنون ۲۰٬۰۰۰ نفر در جریان اعتراضات دستگیر شده‌اند. هوا سرد بود.";
    const { status, body } = await admin("/match", { body: { text, lang: "fa" } });
    expect(status).toBe(200);
    expect(body.matches.map((m: any) => m.card.id)).toEqual(["protest-arrests-20000"]);
  });

  it("refuses an article beyond the stated limit with 413 and an empty text with 400, naming the field", async () => {
    const long = await admin("/match", { body: { text: "word ".repeat(25_000) } });
    expect(long.status).toBe(413);
    expect(long.body.error.message).toMatch(/^text: longer than 100000 characters/);
    const empty = await admin("/match", { body: { text: "  " } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues[0].path).toBe("text");
  });

  it("answers the same from claims whose stored terms are missing or of an older matcher (worked out afresh)", async () => {
    const before = await admin("/match", { body: { text: FOLLOW_UP, lang: "en" } });
    const stored = await env.DB.prepare(`SELECT rowid, terms FROM claims_fts`).all<{ rowid: number; terms: string }>();
    expect(stored.results.length).toBeGreaterThan(0);
    try {
      // As migration 0008 leaves existing cards, and as a row written before TERMS_VERSION was raised.
      await env.DB.prepare(`UPDATE claims_fts SET terms = NULL WHERE rowid % 2 = 0`).run();
      await env.DB.prepare(`UPDATE claims_fts SET terms = '{"v":0,"claims":[]}' WHERE rowid % 2 = 1`).run();
      const after = await admin("/match", { body: { text: FOLLOW_UP, lang: "en" } });
      expect(after.body.matches).toEqual(before.body.matches);
      expect(after.body.matches.length).toBe(2);
    } finally {
      await env.DB.batch(
        stored.results.map((row) =>
          env.DB.prepare(`UPDATE claims_fts SET terms = ?2 WHERE rowid = ?1`).bind(row.rowid, row.terms),
        ),
      );
    }
  });

  it("is for the newsroom only", async () => {
    expect((await admin("/match", { token: null, body: { text: "x" } })).status).toBe(401);
  });
});
