import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { MATCH_THRESHOLD } from "../../../worker/domain/matching/score";
import { evaluateMatcher, formatEvaluation } from "./evaluate";
import { LABELLED_SENTENCES } from "./labelled-sentences";
import { loadSyntheticCards, SYNTHETIC_CARD_IDS } from "./synthetic-cards";

beforeAll(async () => {
  await loadSyntheticCards(env.DB);
});

describe("the labelled evaluation set", () => {
  it("is large, bilingual, covers every kind and names only published cards", async () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(200);
    const persian = LABELLED_SENTENCES.filter((s) => s.lang === "fa").length / LABELLED_SENTENCES.length;
    expect(persian).toBeGreaterThan(0.35);
    const kinds = new Set(LABELLED_SENTENCES.map((s) => s.kind));
    expect(kinds.size).toBe(7);
    const { results } = await env.DB.prepare("SELECT id FROM cards WHERE status = 'published'").all<{ id: string }>();
    const published = new Set(results.map((r) => r.id));
    for (const id of SYNTHETIC_CARD_IDS) expect(published).toContain(id);
    for (const s of LABELLED_SENTENCES) if (s.card) expect(published, s.text).toContain(s.card);
    // Negations and near-misses never repeat a claim.
    for (const s of LABELLED_SENTENCES)
      if (!["exact", "paraphrase", "number-words"].includes(s.kind)) expect(s.card, s.text).toBeNull();
  });
});

describe("the claim matcher on the labelled set", () => {
  it(`reaches precision ≥ 0.9 at recall ≥ 0.7 (threshold ${MATCH_THRESHOLD})`, async () => {
    const evaluation = await evaluateMatcher(env.DB);
    console.log(formatEvaluation(evaluation).join("\n"));
    expect(evaluation.total).toBe(LABELLED_SENTENCES.length);
    expect(evaluation.precision).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.7);
  });
});
