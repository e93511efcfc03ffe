import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateQuery } from "../../../worker/domain/matching/candidate-query";
import { termsOf } from "../../../worker/domain/matching/terms";
import { searchableText } from "../../../worker/domain/search-text";
import { findMatchCandidates } from "../../../worker/store/match-candidates";

// Four made-up words no seed claim has: a sentence of them is looked up by all four.
const WORDS = ["zorblat", "quintex", "velmora", "drassik"];
const FIRST_ROWID = 9_000_000;

/** Claims of made-up cards, in the claims index as publishing writes them (terms left to the matcher). */
const claims: [id: string, claim: string][] = [];
for (let i = 0; i < WORDS.length; i++) {
  claims.push([`one-${WORDS[i]}`, `Officials mentioned ${WORDS[i]} yesterday.`]);
  for (let j = i + 1; j < WORDS.length; j++)
    claims.push([`two-${WORDS[i]}-${WORDS[j]}`, `Officials mentioned ${WORDS[i]} and ${WORDS[j]} yesterday.`]);
}

beforeAll(async () => {
  await env.DB.batch(
    claims.map(([id, claim], k) =>
      env.DB.prepare(
        "INSERT INTO claims_fts (rowid, card_id, verdict, claims, terms, text) VALUES (?1, ?2, 'false', ?3, NULL, ?4)",
      ).bind(FIRST_ROWID + k, id, JSON.stringify([claim]), searchableText(claim)),
    ),
  );
});
afterAll(async () => {
  await env.DB.prepare("DELETE FROM claims_fts WHERE rowid >= ?1").bind(FIRST_ROWID).run();
});

describe("the candidates a sentence looks up", () => {
  it("are the cards whose claim shares any two of the sentence's most specific words, and only those", async () => {
    const query = candidateQuery(termsOf(`${WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(" ")}.`));
    const [found] = await findMatchCandidates(env.DB, [query]);
    expect(found!.map((card) => card.id).sort()).toEqual(
      claims
        .map(([id]) => id)
        .filter((id) => id.startsWith("two-"))
        .sort(),
    );
  });
});
