import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { AUDIT_HISTORY_SQL } from "../../worker/store/audit";
import { ARTICLE_CARDS_SQL, PUBLISHED_CARD_SQL } from "../../worker/store/cards";
import { SEARCH_SQL } from "../../worker/store/search";
import { TOKEN_BY_HASH_SQL } from "../../worker/store/tokens";

/** SQLite's plan for a query, one line per step ("SEARCH cards USING INDEX …"). */
async function plan(sql: string, ...binds: unknown[]): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...binds)
    .all<{ detail: string }>();
  return results.map((row) => row.detail);
}

/**
 * A stored table read whole, row by row (by name or by the aliases the
 * queries use): what must never happen on a hot path as data grows. The
 * FTS5 table reports SCAN … VIRTUAL TABLE INDEX, which is its own index
 * lookup, and a subquery's few result rows (a co-routine) may be scanned.
 */
const fullScan = /^SCAN (cards|c|card_articles|a|sources|api_tokens|audit_log)\b/;

describe("hot queries use indexes, not scans (they stay fast at 100k cards)", () => {
  it.each([
    [
      "cards for an article (the widget's query)",
      ARTICLE_CARDS_SQL,
      ["https://news.example/a", 21, 9e15, null, null, null],
    ],
    ["cards for an article, next page", ARTICLE_CARDS_SQL, ["https://news.example/a", 21, 9e15, 10, "2023", "x"]],
    ["one card (published, or retracted for its note)", PUBLISHED_CARD_SQL, ["x"]],
    ["full-text search", SEARCH_SQL, ['{claim claimant summary translations}: ("amnesty"*)', null, null, 21]],
    [
      "full-text search, filtered, next page",
      SEARCH_SQL,
      ['{claim claimant summary translations}: ("amnesty"*) AND {lang}: "fa"', -1.5, 7, 21],
    ],
    ["a token on every write", TOKEN_BY_HASH_SQL, ["0".repeat(64)]],
    ["a card's history", AUDIT_HISTORY_SQL, ["x"]],
  ])("%s", async (_, sql, binds) => {
    const steps = await plan(sql as string, ...(binds as unknown[]));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step, steps.join("\n")).not.toMatch(fullScan);
  });

  it("the article query looks cards up by primary key from the article index", async () => {
    const steps = (await plan(ARTICLE_CARDS_SQL, "https://news.example/a", 21, 9e15, null, null, null)).join("\n");
    expect(steps).toMatch(/SEARCH a USING PRIMARY KEY \(url=\?\)/);
    expect(steps).toMatch(/SEARCH c USING INDEX sqlite_autoindex_cards_1 \(id=\?\)/);
  });
});
