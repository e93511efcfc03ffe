import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { upsertCardStatements } from "../../tools/loader/store";
import { type Card, CardSchema } from "../../worker/domain/schema/card";
import { parseWith } from "../../worker/domain/schema/issues";
import { DEMO_ARTICLE } from "./seed";

const get = (path: string) => exports.default.fetch(`https://cards.test${path}`);

function unpublishedCard(id: string, status: "draft" | "review" | "retracted"): Card {
  const parsed = parseWith(CardSchema, {
    id,
    version: 1,
    status,
    lang: "en",
    claim: { text: `Zebracorn sighting ${status}`, claimant: { name: "Zebracorn Society", kind: "group" } },
    verdict: "false",
    summary: "Zebracorns do not exist.",
    attributions: [],
    articles: [{ url: DEMO_ARTICLE }],
    authors: [{ id: "ana", name: "Ana" }],
    reviewedBy: [],
    reviewer: { name: "Desk" },
    updatedAt: "2023-02-07",
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const hidden = [
  unpublishedCard("zebracorn-draft", "draft"),
  unpublishedCard("zebracorn-review", "review"),
  unpublishedCard("zebracorn-retracted", "retracted"),
];

beforeAll(async () => {
  await env.DB.batch(hidden.flatMap((card) => upsertCardStatements(env.DB, { card, view: null })));
});

describe("drafts, cards in review and retracted cards", () => {
  it("are stored (so the test means something)", async () => {
    const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM cards WHERE id LIKE 'zebracorn-%'").first<{
      n: number;
    }>();
    expect(row?.n).toBe(3);
  });

  it("never appear in any public response", async () => {
    const paths = [
      `/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}&limit=50`,
      `/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}&lang=fa`,
      "/v1/search?q=zebracorn",
      "/v1/search?q=sighting&limit=50",
      `/embed?url=${encodeURIComponent(DEMO_ARTICLE)}`,
      `/oembed?url=${encodeURIComponent(DEMO_ARTICLE)}&format=json`,
    ];
    for (const path of paths) {
      const text = await (await get(path)).text();
      expect(text, path).not.toMatch(/zebracorn/i);
    }
    for (const card of hidden) {
      // Retracted cards answer 410 Gone (with the note); drafts and cards in review do not exist publicly.
      const status = card.status === "retracted" ? 410 : 404;
      expect((await get(`/v1/cards/${card.id}`)).status).toBe(status);
      expect((await get(`/v1/cards/${card.id}?format=jsonld`)).status).toBe(status);
    }
  });
});
