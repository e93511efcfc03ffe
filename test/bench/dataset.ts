/**
 * Synthetic, reproducible benchmark datasets: N published cards with their
 * views, article links and search rows, written straight into a scratch
 * local D1: the real migrations (wrangler d1 migrations apply), then
 * multi-row INSERTs exec()'d by a throwaway Miniflare Worker bound to the
 * same database file (see openBulkPipe), then a count read back through
 * wrangler's platform proxy and the claims index merged, as the Worker's
 * scheduled run keeps it.
 *
 * Everything comes from seeded PRNGs (never Math.random), so the same seed
 * and size give the same rows.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { getPlatformProxy } from "wrangler";
import { VERDICT_KEYS } from "../../common/verdicts";
import { run } from "../../tools/dev-server";
import { normalizeArticleUrl } from "../../worker/domain/article-url";
import { storeTerms } from "../../worker/domain/matching/stored-terms";
import type { CardView, PublicAttribution } from "../../worker/domain/public-card";
import type { Card } from "../../worker/domain/schema/card";
import { STANCES } from "../../worker/domain/schema/card";
import { searchableText, searchDocument } from "../../worker/domain/search-text";
import { mergeClaimsIndex } from "../../worker/store/index-merging";
import { claimsOf } from "../../worker/store/search-index";
import {
  type BenchLang,
  CLAIMANTS,
  LANG_WEIGHTS,
  LANGS,
  PEOPLE,
  PUBLISHERS,
  REVIEWERS,
  SLUG_WORDS,
  TAGS,
  WORDS,
} from "./words";

// ---------------------------------------------------------------- PRNG

/** mulberry32: tiny, fast, good enough for test data; never Math.random. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  hex(length: number): string {
    let out = "";
    while (out.length < length)
      out += Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, "0");
    return out.slice(0, length);
  }
  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

/** Draws list indexes with weight 1/(k+1)^s: the first words are the common ones. */
class Zipf {
  private readonly cumulative: number[] = [];
  constructor(
    readonly items: readonly string[],
    s = 0.9,
  ) {
    let total = 0;
    for (let k = 0; k < items.length; k++) this.cumulative.push((total += 1 / (k + 1) ** s));
    for (let k = 0; k < items.length; k++) this.cumulative[k]! /= total;
  }
  draw(rng: Rng): string {
    const x = rng.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

/** Syllables for each language's long tail of made-up words (the bulk of the text, like real prose). */
const SYLLABLES: Record<BenchLang, { onsets: string; vowels: string }> = {
  en: { onsets: "b c d f g h k l m n p r s t v w", vowels: "a e i o u ea ou" },
  de: { onsets: "b d f g h k l m n p r s t w z sch", vowels: "a e i o u ä ö ü ei au" },
  es: { onsets: "b c d f g l m n p r s t v ll ch", vowels: "a e i o u ia ue" },
  fa: { onsets: "ب پ ت ج چ د ر ز س ش ف ک گ ل م ن", vowels: "ا و ی" },
};

/**
 * A token stream per language: 12% news words (mildly skewed, so the first
 * words of each list are in a few to ~20% of the cards, like "government"
 * in a real archive), the rest from 4,000 made-up words with a Zipf skew
 * (the stop-word-like head every real text has).
 */
class Vocabulary {
  private readonly news: Zipf;
  private readonly tail: Zipf;
  constructor(lang: BenchLang) {
    this.news = new Zipf([...new Set(WORDS[lang].filter(Boolean))], 0.6);
    const rng = new Rng(0x70c4b ^ lang.charCodeAt(0) ^ (lang.charCodeAt(1) << 8));
    const onsets = SYLLABLES[lang].onsets.split(" ");
    const vowels = SYLLABLES[lang].vowels.split(" ");
    const made = new Set<string>();
    while (made.size < 4000) {
      let word = "";
      for (let n = rng.int(2, 3); n > 0; n--) word += rng.pick(onsets) + rng.pick(vowels);
      made.add(word + (lang === "fa" ? rng.pick(["", "ن", "ر", "ی"]) : rng.pick(["", "n", "r", "s", "t"])));
    }
    this.tail = new Zipf([...made], 1.0);
  }
  draw(rng: Rng): string {
    return rng.chance(0.12) ? this.news.draw(rng) : this.tail.draw(rng);
  }
  /** Every word it can produce, to check they need no normalisation. */
  all(): string[] {
    return [...this.news.items, ...this.tail.items];
  }
}

const VOCAB = Object.fromEntries(LANGS.map((lang) => [lang, new Vocabulary(lang)])) as Record<BenchLang, Vocabulary>;

/** The search index stores normalised text: generated words must already be normal so the fast path below is exact. */
for (const lang of LANGS) {
  for (const word of VOCAB[lang].all()) {
    if (searchableText(word) !== word || /\s/.test(word))
      throw new Error(`bench vocabulary word needs normalisation: ${JSON.stringify(word)}`);
  }
}

function words(rng: Rng, lang: BenchLang, min: number, max: number): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(VOCAB[lang].draw(rng));
  return out.join(" ");
}

function sentence(rng: Rng, lang: BenchLang, min: number, max: number): string {
  const text = words(rng, lang, min, max);
  return lang === "fa" ? `${text}.` : `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** Picks 1..weights.length with the given relative weights. */
function weighted(rng: Rng, weights: readonly number[]): number {
  let x = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) if ((x -= weights[i]!) < 0) return i + 1;
  return weights.length;
}

function pickLang(rng: Rng): BenchLang {
  let x = rng.next();
  for (const lang of LANGS) if ((x -= LANG_WEIGHTS[lang]) < 0) return lang;
  return "en";
}

function isoDate(rng: Rng, fromYear = 2019, toYear = 2025): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  return `${new Date(start + Math.floor(rng.next() * (end - start))).toISOString().slice(0, 19)}Z`;
}

// ---------------------------------------------------------------- model

export interface BenchSource {
  id: string;
  url: string;
  title: string;
  publisher: string;
  publishedAt: string;
  archivedAt: string;
  archiveUrl?: string;
  sha256: string;
  text: string;
}

export interface GeneratedCard {
  rowid: number;
  card: Card;
  view: CardView;
  /** Normalised article URL → position of the card's sentence in it (null: not archived). */
  links: Map<string, number | null>;
}

export interface DatasetPlan {
  size: number;
  seed: number;
  articles: string[];
  sources: BenchSource[];
}

/**
 * The fixed parts of a dataset: the article pool (one article per card;
 * with 2.2 links per card an article that has cards has about 2.5, and many
 * are shared) and the archived sources.
 */
export function planDataset(size: number, seed: number): DatasetPlan {
  const rng = new Rng(seed ^ 0x5eed);
  const articles: string[] = [];
  const articleCount = size;
  for (let i = 0; i < articleCount; i++) {
    const date = isoDate(rng);
    const slug = `${rng.pick(SLUG_WORDS)}-${rng.pick(SLUG_WORDS)}-${rng.pick(SLUG_WORDS)}-${i}`;
    const url = `https://news.example/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}`;
    if (i < 10 && normalizeArticleUrl(url) !== url) throw new Error(`article URL not normalised: ${url}`);
    articles.push(url);
  }
  const sources: BenchSource[] = [];
  const sourceCount = Math.max(20, Math.ceil(size / 5));
  for (let i = 0; i < sourceCount; i++) {
    const lang = pickLang(rng);
    const publishedAt = isoDate(rng);
    const id = `src-${i.toString(36)}-${rng.pick(SLUG_WORDS)}`;
    sources.push({
      id,
      url: `https://archive-source.example/${publishedAt.slice(0, 4)}/${id}`,
      title: sentence(rng, lang, 2, 5).slice(0, -1),
      publisher: rng.pick(PUBLISHERS),
      publishedAt: publishedAt.slice(0, 10),
      archivedAt: isoDate(rng, 2025, 2025),
      ...(rng.chance(0.6) ? { archiveUrl: `https://archive.example/snap/${rng.hex(12)}` } : {}),
      sha256: rng.hex(64),
      text: words(rng, lang, 40, 80),
    });
  }
  return { size, seed, articles, sources };
}

/** Card number `i` of the dataset (a function of seed and i only). */
export function generateCard(plan: DatasetPlan, i: number): GeneratedCard {
  const rng = new Rng((plan.seed * 1_000_003 + i * 7919) >>> 0);
  const lang = pickLang(rng);
  // Cards are numbered in publication order (2019–2025), as rowids follow inserts in a real database.
  const span = Date.UTC(2025, 11, 31) - Date.UTC(2019, 0, 1);
  const publishedAt = `${new Date(Date.UTC(2019, 0, 1) + Math.floor(((i + rng.next()) / plan.size) * span)).toISOString().slice(0, 19)}Z`;
  // Dated slugs ("2023-02-oil-prices-1k2"): unique, and close to insertion order, so the id index grows at its end.
  const id = `${publishedAt.slice(0, 7)}-${rng.pick(SLUG_WORDS)}-${rng.pick(SLUG_WORDS)}-${i.toString(36)}`;
  const updatedAt = rng.chance(0.3)
    ? `${new Date(Date.parse(publishedAt) + rng.int(1, 90) * 86_400_000).toISOString().slice(0, 19)}Z`
    : publishedAt;

  const links = new Map<string, number | null>();
  const articles: Card["articles"] = [];
  // 1–5 articles and 1–6 attributions, fewer more often (the seed cards have 1 and 3).
  const articleCount = weighted(rng, [40, 25, 15, 12, 8]);
  for (let k = 0; k < articleCount; k++) {
    const url = rng.pick(plan.articles);
    if (links.has(url)) continue;
    const anchored = rng.chance(0.8);
    links.set(url, anchored ? rng.int(0, 30_000) : null);
    articles.push(anchored ? { url, anchor: { exact: sentence(rng, lang, 5, 10) } } : { url });
  }

  const attributions: PublicAttribution[] = [];
  const attributionCount = weighted(rng, [30, 30, 20, 10, 6, 4]);
  for (let k = 0; k < attributionCount; k++) {
    const source = rng.pick(plan.sources);
    const quote = words(rng, lang, 4, 12);
    const { text: _text, ...meta } = source;
    attributions.push({
      quote,
      stance: rng.pick(STANCES),
      ...(rng.chance(0.3) ? { note: sentence(rng, lang, 4, 9) } : {}),
      source: meta,
      quoteVerified: true,
      quoteOffset: rng.int(0, 5000),
      quoteLength: quote.length,
    });
  }

  const translations: Card["translations"] = {};
  if (rng.chance(0.3)) {
    const other: BenchLang = lang === "fa" ? "en" : "fa";
    translations[other] = {
      claim: sentence(rng, other, 8, 16),
      claimant: rng.pick(CLAIMANTS[other]),
      summary: sentence(rng, other, 15, 30),
    };
  }

  const author = rng.pick(PEOPLE);
  const reviewer = rng.pick(PEOPLE.filter((p) => p !== author));
  const person = (name: string) => ({ id: name.toLowerCase().replace(/\s+/g, "-"), name });
  const authors = [person(author)];
  const reviewedBy = [person(reviewer)];
  const base = {
    id,
    version: rng.int(1, 3),
    lang,
    claim: {
      text: sentence(rng, lang, 8, 18),
      claimant: {
        name: rng.pick(CLAIMANTS[lang]),
        kind: rng.pick(["person", "organisation", "media", "government", "group"] as const),
      },
      date: publishedAt.slice(0, 10),
      appearances: rng.chance(0.5) ? [{ url: articles[0]!.url, date: publishedAt.slice(0, 10) }] : [],
    },
    verdict: rng.pick(VERDICT_KEYS),
    summary: sentence(rng, lang, 15, 35),
    articles,
    authors,
    reviewedBy,
    reviewer: rng.pick(REVIEWERS),
    publishedAt,
    updatedAt,
    corrections: rng.chance(0.15) ? [{ date: updatedAt, note: sentence(rng, lang, 6, 12) }] : [],
    translations,
    tags: rng.shuffle([...TAGS]).slice(0, rng.int(0, 3)),
  };
  const card: Card = {
    ...base,
    status: "published",
    attributions: attributions.map(({ quote, stance, note, source }) => ({
      source: source.id,
      quote,
      stance,
      ...(note ? { note } : {}),
    })),
  };
  const view: CardView = { ...base, attributions };
  return { rowid: i + 1, card, view, links };
}

/**
 * searchDocument() for generated cards, ~10× faster: their text is already
 * normalised (checked word by word above), so normalising is only joining.
 * Every 101st card is compared with the real searchDocument().
 */
function fastSearchDocument(card: Card): ReturnType<typeof searchDocument> {
  const translations = Object.values(card.translations).flatMap((t) => [t.claim, t.claimant, t.summary]);
  // Some claimant names are written with a zero-width non-joiner, which normalising drops.
  const zw = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "");
  return {
    claim: card.claim.text,
    claimant: zw(card.claim.claimant.name),
    summary: card.summary,
    translations: zw(translations.filter(Boolean).join(" ")),
  };
}

function assertSameDocument(card: Card, doc: ReturnType<typeof searchDocument>): void {
  const real = searchDocument(card);
  for (const key of Object.keys(real) as (keyof typeof real)[]) {
    if (real[key] !== doc[key]) throw new Error(`bench search row differs from searchDocument() for ${card.id}.${key}`);
  }
}

// ---------------------------------------------------------------- SQL

/** A SQL string literal. No raw newlines: D1's exec() treats each line as a statement. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''").replace(/\r/g, "'||char(13)||'").replace(/\n/g, "'||char(10)||'")}'`;
}

function sqlValue(value: string | number | null): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  return sqlString(value);
}

const tuple = (values: (string | number | null)[]) => `(${values.map(sqlValue).join(",")})`;

/**
 * Collects rows per table and flushes them as multi-row INSERTs, each under
 * D1's 100 KB statement limit, one line per statement.
 */
class InsertBuffer {
  private rows = new Map<string, string[]>();
  private bytes = new Map<string, number>();
  private statements: string[] = [];
  private statementBytes = 0;
  constructor(private readonly maxStatement = 90_000) {}

  add(head: string, values: (string | number | null)[]): void {
    const row = tuple(values);
    // D1 (workerd's SQLite) refuses statements over 100,000 bytes of UTF-8.
    const rowBytes = Buffer.byteLength(row) + 1;
    const size = (this.bytes.get(head) ?? 0) + rowBytes;
    // Flush every table, parents first, so a child row never lands before its card.
    if (size + head.length > this.maxStatement) for (const table of this.rows.keys()) this.flushTable(table);
    const list = this.rows.get(head) ?? [];
    list.push(row);
    this.rows.set(head, list);
    this.bytes.set(head, (this.bytes.get(head) ?? 0) + rowBytes);
  }

  private flushTable(head: string): void {
    const list = this.rows.get(head);
    if (!list?.length) return;
    const statement = `${head} VALUES ${list.join(",")};`;
    this.statements.push(statement);
    this.statementBytes += Buffer.byteLength(statement);
    this.rows.set(head, []);
    this.bytes.set(head, 0);
  }

  /** Bytes of SQL waiting in complete statements. */
  get pending(): number {
    return this.statementBytes;
  }

  /** Every row so far as statements, in the order the tables were first used (parents first). */
  take(all: boolean): string[] {
    if (all) for (const head of this.rows.keys()) this.flushTable(head);
    const out = this.statements;
    this.statements = [];
    this.statementBytes = 0;
    return out;
  }
}

const INSERT_SOURCE =
  "INSERT INTO sources (id, url, title, publisher, published_at, archived_at, archive_url, sha256, text)";
const INSERT_CARD =
  "INSERT INTO cards (rowid, id, version, status, lang, verdict, published_at, updated_at, body, view)";
const INSERT_LINK = "INSERT INTO card_articles (url, card_id, position)";
const INSERT_FTS = "INSERT INTO cards_fts (rowid, card_id, lang, verdict, claim, claimant, summary, translations)";
const INSERT_CLAIMS = "INSERT INTO claims_fts (rowid, card_id, verdict, claims, terms, text)";

// ---------------------------------------------------------------- loading

export interface DatasetInfo {
  size: number;
  seed: number;
  /** Card ids, in rowid order. */
  ids: string[];
  /** Article URLs that have at least one card, with how many. */
  articleCards: Map<string, number>;
  viewBytes: { min: number; median: number; max: number; mean: number };
  sqlBytes: number;
  migrateMs: number;
  insertMs: number;
}

/** Applies the real migrations to a fresh local D1 under `dir` (wrangler's --persist-to). */
export async function migrate(dir: string): Promise<number> {
  const started = performance.now();
  await run("node_modules/.bin/wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", dir], {
    quiet: true,
  });
  return performance.now() - started;
}

/** The D1 database id wrangler.toml gives binding DB: Miniflare names the local SQLite file after it. */
async function databaseId(): Promise<string> {
  const toml = await readFile("wrangler.toml", "utf8");
  const id = /\[\[d1_databases\]\][^[]*?database_id\s*=\s*"([^"]+)"/.exec(toml)?.[1];
  if (!id) throw new Error("no [[d1_databases]] database_id in wrangler.toml");
  return id;
}

/**
 * A bulk SQL pipe into the local D1 that `wrangler dev --persist-to DIR`
 * uses: Miniflare (the same version wrangler runs) with the same database id
 * and persistence folder, and a two-line Worker that exec()s each request
 * body. wrangler's getPlatformProxy would do the same but serialises every
 * string through its RPC layer at ~10 MB/s for JSON-heavy SQL; a raw request
 * body moves ~60 MB/s.
 */
async function openBulkPipe(dir: string): Promise<{ exec(sql: string): Promise<void>; dispose(): Promise<void> }> {
  const mf = new Miniflare({
    modules: true,
    script: `export default {
      async fetch(request, env) {
        try { await env.DB.exec(await request.text()); return new Response("ok"); }
        catch (error) { return new Response(String(error && error.message).slice(-2000), { status: 500 }); }
      },
    };`,
    compatibilityDate: "2026-04-01",
    d1Databases: { DB: await databaseId() },
    d1Persist: join(dir, "v3", "d1"),
  });
  const url = await mf.ready;
  return {
    async exec(sql) {
      const response = await fetch(url, { method: "POST", body: sql });
      const text = await response.text();
      if (!response.ok) throw new Error(`bulk insert failed: ${text}`);
    },
    dispose: () => mf.dispose(),
  };
}

/**
 * Generates `size` cards and writes them, their links and search rows into
 * the D1 under `dir` (already migrated). Statements go in exec() calls of
 * about 2 MB, each one transaction; the next call is prepared while the
 * previous one runs. The count is then read back through wrangler's own
 * platform proxy, proving `wrangler dev` will see the same database.
 */
export async function insertDataset(dir: string, size: number, seed: number): Promise<Omit<DatasetInfo, "migrateMs">> {
  const plan = planDataset(size, seed);
  const pipe = await openBulkPipe(dir);
  const ids: string[] = [];
  const articleCards = new Map<string, number>();
  const viewSizes: number[] = [];
  const linkRows: [url: string, cardId: string, position: number | null][] = [];
  let sqlBytes = 0;
  const started = performance.now();
  let insertMs = 0;
  try {
    const buffer = new InsertBuffer();
    let inFlight: Promise<unknown> = Promise.resolve();
    const send = async (all: boolean) => {
      const statements = buffer.take(all);
      if (!statements.length) return;
      const sql = statements.join("\n");
      sqlBytes += Buffer.byteLength(sql);
      await inFlight;
      inFlight = pipe.exec(sql);
    };
    for (const s of plan.sources) {
      buffer.add(INSERT_SOURCE, [
        s.id,
        s.url,
        s.title,
        s.publisher,
        s.publishedAt,
        s.archivedAt,
        s.archiveUrl ?? null,
        s.sha256,
        s.text,
      ]);
    }
    await send(true);
    for (let i = 0; i < size; i++) {
      const { rowid, card, view, links } = generateCard(plan, i);
      ids.push(card.id);
      const viewJson = JSON.stringify(view);
      viewSizes.push(Buffer.byteLength(viewJson));
      buffer.add(INSERT_CARD, [
        rowid,
        card.id,
        card.version,
        card.status,
        card.lang,
        card.verdict,
        card.publishedAt ?? null,
        card.updatedAt,
        JSON.stringify(card),
        viewJson,
      ]);
      for (const [url, position] of links) {
        linkRows.push([url, card.id, position]);
        articleCards.set(url, (articleCards.get(url) ?? 0) + 1);
      }
      // As worker/store/search-index.ts writes them: rowid = the card's, languages space-delimited; the claims for matching.
      const doc = fastSearchDocument(card);
      if (i % 101 === 0) assertSameDocument(card, doc);
      const langs = ` ${[card.lang, ...Object.keys(card.translations)].join(" ")} `;
      buffer.add(INSERT_FTS, [
        rowid,
        card.id,
        langs,
        card.verdict,
        doc.claim,
        doc.claimant,
        doc.summary,
        doc.translations,
      ]);
      const claims = claimsOf(card);
      buffer.add(INSERT_CLAIMS, [
        rowid,
        card.id,
        card.verdict,
        JSON.stringify(claims),
        storeTerms(claims),
        searchableText(claims.join("\n")),
      ]);
      if (buffer.pending > 2_000_000) await send(true);
    }
    await send(true);
    // Links after every card (card_articles references cards(id)), in key order: appending to
    // the (url, card_id) primary key is several times faster than inserting at random places.
    linkRows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    for (const row of linkRows) {
      buffer.add(INSERT_LINK, row);
      if (buffer.pending > 2_000_000) await send(true);
    }
    await send(true);
    await inFlight;
    insertMs = performance.now() - started;
  } finally {
    await pipe.dispose();
  }
  const proxy = await getPlatformProxy<{ DB: D1Database }>({ persist: { path: `${dir}/v3` }, remoteBindings: false });
  try {
    const count = await proxy.env.DB.prepare("SELECT count(*) AS n FROM cards").first<{ n: number }>();
    if (count?.n !== size) throw new Error(`expected ${size} cards in the scratch D1, found ${count?.n}`);
    // As the Worker's scheduled run leaves a live claims index (store/index-merging.ts), to the end.
    if (!(await mergeClaimsIndex(proxy.env.DB, Number.POSITIVE_INFINITY)))
      throw new Error("the claims index was not merged");
  } finally {
    await proxy.dispose();
  }
  viewSizes.sort((a, b) => a - b);
  return {
    size,
    seed,
    ids,
    articleCards,
    viewBytes: {
      min: viewSizes[0]!,
      median: viewSizes[viewSizes.length >> 1]!,
      max: viewSizes.at(-1)!,
      mean: viewSizes.reduce((a, b) => a + b, 0) / viewSizes.length,
    },
    sqlBytes,
    insertMs,
  };
}
