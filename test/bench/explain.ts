/**
 * EXPLAIN QUERY PLAN for the Worker's hot queries, run against a benchmark
 * database through wrangler's platform proxy. The SQL is not copied here:
 * the real store functions are called with a D1 stand-in that, for each
 * statement they run, asks the real database for the plan of that exact SQL
 * with the same bindings.
 */
import { getPlatformProxy } from "wrangler";
import { toFtsQuery } from "../../worker/domain/search-text";
import { listPublishedCardsForArticle, lookUpPublicCard } from "../../worker/store/cards";
import { searchPublishedCards } from "../../worker/store/search";
import { findTokenByHash } from "../../worker/store/tokens";

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

export interface QueryPlan {
  name: string;
  sql: string;
  plan: PlanRow[];
  /** Plan steps that read a whole table (SCAN of a real table, not a rowid/index SEARCH). */
  scans: string[];
  /** Time of the real query through the proxy, median of 5 (ms, includes the proxy's round trip). */
  ms: number;
}

/**
 * Full passes over a table or index: "SCAN x". Not counted: an FTS5 MATCH
 * (SCAN … VIRTUAL TABLE INDEX n:M…, a lookup in the index) and reading a
 * subquery's own result (SCAN of a CO-ROUTINE or MATERIALIZE name).
 */
function scansIn(plan: PlanRow[]): string[] {
  const subqueries = new Set(
    plan.map((row) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(row.detail)?.[1]).filter(Boolean),
  );
  return plan
    .map((row) => row.detail)
    .filter((detail) => {
      const scanned = /^SCAN (\S+)/.exec(detail)?.[1];
      return scanned !== undefined && !subqueries.has(scanned) && !/VIRTUAL TABLE INDEX \d+:M/.test(detail);
    });
}

/** A D1Database stand-in: records the plan of every statement, returns no rows. */
function planningDb(sink: { sql: string; binds: unknown[] }[]): D1Database {
  const statement = (sql: string) => {
    let binds: unknown[] = [];
    const self = {
      bind(...values: unknown[]) {
        binds = values;
        return self;
      },
      async all() {
        sink.push({ sql, binds });
        return { results: [], success: true, meta: {} };
      },
      async first() {
        sink.push({ sql, binds });
        return null;
      },
      async raw() {
        sink.push({ sql, binds });
        return [];
      },
      async run() {
        sink.push({ sql, binds });
        return { results: [], success: true, meta: {} };
      },
    };
    return self;
  };
  return { prepare: statement } as unknown as D1Database;
}

function renderTree(plan: PlanRow[]): string[] {
  const depth = new Map<number, number>([[0, -1]]);
  return plan.map((row) => {
    const d = (depth.get(row.parent) ?? -1) + 1;
    depth.set(row.id, d);
    return `${"  ".repeat(d)}${row.detail}`;
  });
}

export function formatPlan(plan: QueryPlan): string[] {
  return [
    `${plan.name}  (${plan.ms.toFixed(1)} ms through the proxy)`,
    ...renderTree(plan.plan).map((line) => `    ${line}`),
  ];
}

export interface ExplainInput {
  articleUrl: string;
  cardId: string;
  searchWord: string;
}

/** Plans of the hot queries, plus the FTS match count of each search word. */
export async function explainHotQueries(
  stateDir: string,
  input: ExplainInput,
  searchWords: string[],
): Promise<{ plans: QueryPlan[]; matches: Map<string, number>; proxyFloorMs: number }> {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({ persist: { path: stateDir }, remoteBindings: false });
  const db = proxy.env.DB;
  try {
    const match = toFtsQuery(input.searchWord)!;
    const calls: [string, (db: D1Database) => Promise<unknown>][] = [
      ["listPublishedCardsForArticle (first page)", (d) => listPublishedCardsForArticle(d, input.articleUrl, 21)],
      [
        "listPublishedCardsForArticle (next page)",
        (d) => listPublishedCardsForArticle(d, input.articleUrl, 21, [100, "2024-01-01T00:00:00Z", "a"]),
      ],
      ["lookUpPublicCard", (d) => lookUpPublicCard(d, input.cardId)],
      [`searchPublishedCards (q=${input.searchWord})`, (d) => searchPublishedCards(d, { match, limit: 21 })],
      [
        `searchPublishedCards (q=${input.searchWord}, lang=fa)`,
        (d) => searchPublishedCards(d, { match: toFtsQuery(input.searchWord, { lang: "fa" })!, limit: 21 }),
      ],
      ["findTokenByHash", (d) => findTokenByHash(d, "0".repeat(64))],
    ];
    const plans: QueryPlan[] = [];
    for (const [name, call] of calls) {
      const sink: { sql: string; binds: unknown[] }[] = [];
      await call(planningDb(sink));
      for (const { sql, binds } of sink) {
        const { results } = await db
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .bind(...binds)
          .all<PlanRow>();
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          await call(db);
          times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        plans.push({
          name,
          sql: sql.replace(/\s+/g, " ").trim(),
          plan: results,
          scans: scansIn(results),
          ms: times[2]!,
        });
      }
    }
    const floor: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await db.prepare("SELECT 1").first();
      floor.push(performance.now() - started);
    }
    floor.sort((a, b) => a - b);
    const matches = new Map<string, number>();
    for (const word of searchWords) {
      const row = await db
        .prepare(`SELECT count(*) AS n FROM cards_fts WHERE cards_fts MATCH ?1`)
        .bind(toFtsQuery(word))
        .first<{ n: number }>();
      matches.set(word, row?.n ?? 0);
    }
    return { plans, matches, proxyFloorMs: floor[2]! };
  } finally {
    await proxy.dispose();
  }
}
