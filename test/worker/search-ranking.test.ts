import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toFtsQuery } from "../../worker/domain/search-text";
import { SEARCH_CANDIDATES, type SearchHit, searchPublishedCards } from "../../worker/store/search";

/**
 * What search promises about ranking (README, "Search ranking"): all
 * matches ranked by bm25 while a query matches at most SEARCH_CANDIDATES
 * cards; beyond that, the newest SEARCH_CANDIDATES matches, ranked, and
 * pages that walk exactly those.
 */
const COUNT = SEARCH_CANDIDATES + 40;
/** The oldest few say "quokka" three times (they would rank first), and so does the newest. */
const STRONG_OLD = 5;

beforeAll(async () => {
  const claim = `CASE WHEN i <= ${STRONG_OLD} OR i = ${COUNT} THEN 'quokka quokka quokka sighting' ELSE 'one quokka sighting in the report' END
                 || CASE WHEN i % 100 = 1 THEN ' wombat' ELSE '' END`;
  await env.DB.batch([
    env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COUNT})
       INSERT INTO cards (id, version, status, lang, verdict, published_at, updated_at, body, view)
       SELECT printf('zz-rank-%04d', i), 1, 'published', 'en', 'false', '2024-01-01', '2024-01-01', '{}', json_object('id', printf('zz-rank-%04d', i)) FROM n`,
    ),
    env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COUNT})
       INSERT INTO cards_fts (rowid, card_id, lang, verdict, claim, claimant, summary, translations)
       SELECT c.rowid, c.id, ' en ', 'false', ${claim}, 'Someone', 'A summary.', '' FROM n JOIN cards c ON c.id = printf('zz-rank-%04d', i)`,
    ),
  ]);
});

afterAll(async () => {
  await env.DB.batch([
    env.DB.prepare(`DELETE FROM cards_fts WHERE rowid IN (SELECT rowid FROM cards WHERE id LIKE 'zz-rank-%')`),
    env.DB.prepare(`DELETE FROM cards WHERE id LIKE 'zz-rank-%'`),
  ]);
});

const ids = (hits: SearchHit[]) => hits.map((hit) => (hit.view as unknown as { id: string }).id);

async function everyPage(q: string, limit: number): Promise<SearchHit[]> {
  const match = toFtsQuery(q)!;
  const all: SearchHit[] = [];
  let after: readonly [number, number] | undefined;
  for (;;) {
    const page = await searchPublishedCards(env.DB, { match, limit, after });
    all.push(...page);
    if (page.length < limit) return all;
    const last = page.at(-1)!;
    after = [last.score, last.rowid];
  }
}

describe("search ranking promise", () => {
  it("ranks every match by bm25 while a query matches no more than the candidate bound", async () => {
    const hits = await everyPage("quokka wombat", 3);
    expect(hits).toHaveLength(Math.ceil(COUNT / 100));
    // The oldest card says quokka three times: it ranks first although it is the oldest.
    expect(ids(hits)[0]).toBe("zz-rank-0001");
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it("beyond the bound, ranks the newest matches: pages walk exactly them, best first, once each", async () => {
    const hits = await everyPage("quokka", 50);
    expect(hits).toHaveLength(SEARCH_CANDIDATES);
    expect(new Set(ids(hits)).size).toBe(SEARCH_CANDIDATES);
    expect(ids(hits)[0]).toBe(`zz-rank-${String(COUNT).padStart(4, "0")}`);
    // The oldest matches, however well they would score, are past the bound.
    for (let i = 1; i <= COUNT - SEARCH_CANDIDATES; i++)
      expect(ids(hits)).not.toContain(`zz-rank-${String(i).padStart(4, "0")}`);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });
});
