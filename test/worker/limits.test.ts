/**
 * D1's limits (100 parameters a statement, 2,000,000 bytes a row) at the
 * edges of what the schema allows: the largest cards publish and list, and
 * anything larger is a clear 4xx with nothing stored, never a 500.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareDataset } from "../../tools/loader/prepare-dataset";
import { MAX_SOURCE_TEXT_BYTES } from "../../worker/domain/schema/source";
import { MAX_ROW_BYTES } from "../../worker/store/d1-limits";
import { admin, personFor, publicGet, ref, tokenFor } from "./admin-client";

let editor: string;
let reviewer: string;

beforeAll(async () => {
  editor = await tokenFor("Ana Editor", "editor");
  reviewer = await tokenFor("Ben Reviewer", "reviewer");
});

const FA_WORDS = [
  "گزارش",
  "سازمان",
  "زندانیان",
  "اعدام",
  "معترضان",
  "بازداشت",
  "دادگاه",
  "حکم",
  "آزادی",
  "خبرنگار",
  "هزار",
];

/** Persian prose of exactly `length` characters (two UTF-8 bytes each), different for each `seed`. */
function persian(length: number, seed = 0): string {
  const words: string[] = [];
  for (let i = 0, size = 0; size <= length; i++) {
    const word = FA_WORDS[(i * (seed + 3) + seed) % FA_WORDS.length]!;
    words.push(word);
    size += word.length + 1;
  }
  return `${words
    .join(" ")
    .slice(0, length - 1)
    .trimEnd()
    .padEnd(length - 1, "ه")}ه`;
}

/** An http(s) URL of exactly `length` characters, as copied from a browser (with a tracking parameter). */
function longUrl(length: number, tag: string): string {
  const base = `https://news.example/limits/${tag}/`;
  const query = "?utm_source=newsletter";
  return `${base}${"x".repeat(length - base.length - query.length)}${query}`;
}

const slug = (length: number, tag: string) => `${tag}-${"a".repeat(length - tag.length - 1)}`;

async function archive(id: string, text: string, extra: Record<string, unknown> = {}) {
  return admin("/sources", {
    body: { id, title: `Source ${id}`, publisher: "News Example", archivedAt: "2026-11-27T10:00:00Z", text, ...extra },
  });
}

/** Drafts, submits and publishes a card; the publication's answer. */
async function publishDraft(draft: { id: string } & Record<string, unknown>) {
  const created = await admin("/cards", { token: editor, body: draft });
  expect(created.status, JSON.stringify(created.body).slice(0, 500)).toBe(201);
  expect((await admin(`/cards/${draft.id}/submit`, { token: editor, method: "POST", ifMatch: 1 })).status).toBe(200);
  return admin(`/cards/${draft.id}/publish`, { token: reviewer, method: "POST", ifMatch: 2 });
}

/** The ids of the published cards listed beside an article. */
async function listedBeside(url: string): Promise<string[]> {
  const response = await publicGet(`/v1/cards?url=${encodeURIComponent(url)}&limit=50`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { id: string }[] }).data.map((card) => card.id);
}

async function storedRowBytes(id: string): Promise<number | null> {
  const row = await env.DB.prepare(
    `SELECT length(CAST(body AS BLOB)) + coalesce(length(CAST(view AS BLOB)), 0) AS bytes FROM cards WHERE id = ?1`,
  )
    .bind(id)
    .first<{ bytes: number }>();
  return row?.bytes ?? null;
}

function baseDraft(id: string, source: string, quote: string) {
  return {
    id,
    lang: "fa",
    claim: { text: "پل در اسفند بازگشایی می‌شود.", claimant: { name: "شهرداری", kind: "government" } },
    verdict: "needs-context",
    summary: "تاریخ بازگشایی قطعی نیست.",
    attributions: [{ source, quote, stance: "supports" }],
    articles: [{ url: `https://news.example/limits/${id}` }],
    authors: [ref("Ana Editor")],
    reviewer: { name: "claimcards demo desk" },
  };
}

describe("cards with as many articles, attributions and tags as the schema allows", () => {
  it("publishes a card beside 50 articles (URLs as copied, with tracking parameters) and lists it beside each", async () => {
    const text = persian(3000, 1);
    expect((await archive("limits-fifty", text)).status).toBe(201);
    const articles = Array.from({ length: 50 }, (_, i) => ({
      url: `https://News.Example/limits/fifty/${i}?utm_source=share&utm_medium=x`,
    }));
    const published = await publishDraft({
      ...baseDraft("limits-fifty-articles", "limits-fifty", text.slice(0, 200)),
      articles,
    });
    expect(published.status, JSON.stringify(published.body).slice(0, 500)).toBe(200);
    for (let i = 0; i < 50; i++) {
      expect(await listedBeside(`https://news.example/limits/fifty/${i}`)).toEqual(["limits-fifty-articles"]);
    }
  });

  it("publishes the largest card the schema allows, in Persian, and it fits one D1 row", async () => {
    // Every bounded field at its longest: 50 attributions quoting 50 sources
    // (2,000-character quotes, 1,000-character notes), 50 articles with
    // 2,048-character URLs and anchors, 20 authors, 20 tags.
    const quotes = Array.from({ length: 50 }, (_, i) => persian(2000, i));
    for (let i = 0; i < 50; i++) {
      const archived = await archive(`limits-max-${i}`, quotes[i]!, {
        title: persian(500, i),
        publisher: persian(200, i),
        url: longUrl(2048, `source-${i}`),
        archiveUrl: longUrl(2048, `archive-${i}`),
      });
      expect(archived.status, JSON.stringify(archived.body)).toBe(201);
    }
    const draft = {
      id: slug(100, "limits-max"),
      lang: "fa",
      claim: {
        text: persian(1000, 1),
        claimant: { name: persian(200, 2), kind: "government", url: longUrl(2048, "claimant") },
        date: "2023-02-05",
      },
      verdict: "needs-context",
      summary: persian(4000, 3),
      attributions: quotes.map((quote, i) => ({
        source: `limits-max-${i}`,
        quote,
        stance: "supports",
        note: persian(1000, i + 4),
      })),
      articles: Array.from({ length: 50 }, (_, i) => ({
        url: longUrl(2048, `article-${i}`),
        anchor: { exact: persian(1000, i), prefix: persian(200, i + 1), suffix: persian(200, i + 2) },
      })),
      authors: await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          // Distinct people: the same letters in another order would be another name, but not another key.
          const name = `${i + 1} ${persian(96, i + 5)}`;
          return { id: await personFor(name, "editor"), name };
        }),
      ),
      reviewer: { name: persian(200, 6), url: longUrl(2048, "reviewer") },
      translations: { en: { claim: "c".repeat(1000), claimant: "n".repeat(200), summary: "s".repeat(4000) } },
      tags: Array.from({ length: 20 }, (_, i) => slug(100, `t${i}`)),
    };
    const published = await publishDraft(draft);
    expect(published.status, JSON.stringify(published.body).slice(0, 500)).toBe(200);

    const bytes = (await storedRowBytes(draft.id))!;
    expect(bytes).toBeLessThan(MAX_ROW_BYTES);
    const card = (await (await publicGet(`/v1/cards/${draft.id}`)).json()) as any;
    expect(card.attributions).toHaveLength(50);
    expect(card.attributions.every((a: { quoteVerified: boolean }) => a.quoteVerified)).toBe(true);
    expect(card.tags).toHaveLength(20);
    for (const article of [draft.articles[0]!, draft.articles[49]!]) {
      expect(await listedBeside(article.url)).toEqual([draft.id]);
    }
  });
});

describe("cards larger than one D1 row", () => {
  // Appearances are not counted by the schema: only the row size stops them.
  const appearances = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ url: longUrl(2000, `appearance-${i}`), title: persian(500, i) }));

  it("a draft too large to store answers 413 naming the size, and nothing is stored", async () => {
    const text = persian(500, 7);
    expect((await archive("limits-huge", text)).status).toBe(201);
    const draft = baseDraft("limits-huge-draft", "limits-huge", text);
    const response = await admin("/cards", {
      token: editor,
      body: { ...draft, claim: { ...draft.claim, appearances: appearances(700) } },
    });
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({
      code: "payload_too_large",
      message: expect.stringMatching(/limits-huge-draft.*\d+ bytes.*at most 2000000 bytes/),
    });
    expect((await admin("/cards/limits-huge-draft")).status).toBe(404);
  });

  it("a publication whose public view would overflow the row answers 413 and leaves the card in review", async () => {
    const text = persian(500, 8);
    expect((await archive("limits-view", text)).status).toBe(201);
    const draft = baseDraft("limits-view-card", "limits-view", text);
    // About 1.1 MB as written: it fits, but not twice (the public view repeats it).
    const response = await publishDraft({ ...draft, claim: { ...draft.claim, appearances: appearances(360) } });
    expect(response.status).toBe(413);
    expect(response.body.error.message).toContain("public view");
    const stored = await admin("/cards/limits-view-card");
    expect(stored.body.card).toMatchObject({ status: "review", version: 2 });
    expect((await publicGet("/v1/cards/limits-view-card")).status).toBe(404);
  });
});

describe("archived source text is limited in UTF-8 bytes, as D1 counts", () => {
  const stored = async (id: string) =>
    (await env.DB.prepare(`SELECT count(*) AS n FROM sources WHERE id = ?1`).bind(id).first<{ n: number }>())!.n +
    (await env.DB.prepare(`SELECT count(*) AS n FROM audit_log WHERE subject = ?1`)
      .bind(`source:${id}`)
      .first<{ n: number }>())!.n;

  it("refuses 1.1 million Persian characters with 400 naming the field and the limit in bytes; nothing is stored", async () => {
    const book = persian(1_100_000);
    const response = await archive("limits-persian-book", book);
    expect(response.status).toBe(400);
    expect(response.body.error.issues).toEqual([
      { path: "text", message: expect.stringContaining(`at most ${MAX_SOURCE_TEXT_BYTES} bytes as UTF-8`) },
    ]);
    expect(response.body.error.issues[0].message).toContain(
      `this text is ${new TextEncoder().encode(book).byteLength} bytes`,
    );
    expect(await stored("limits-persian-book")).toBe(0);
  });

  it("archives Persian text of exactly the limit, and refuses one character more", async () => {
    // Letters only (two bytes each), no spaces: exactly the limit in bytes.
    const exact = "ب".repeat(MAX_SOURCE_TEXT_BYTES / 2);
    expect((await archive("limits-persian-over", `${exact}ب`)).status).toBe(400);
    expect(await stored("limits-persian-over")).toBe(0);
    const response = await archive("limits-persian-exact", exact);
    expect(response.status).toBe(201);
    expect(response.body.source.length).toBe(MAX_SOURCE_TEXT_BYTES / 2);
  });
});

describe("data/ checks the same limits before anything is loaded", () => {
  it("names a snapshot over the byte limit and a card too large for one row, by file", async () => {
    const meta = { id: "too-long", title: "Long", publisher: "News Example", archivedAt: "2026-11-27T10:00:00Z" };
    const card = {
      ...baseDraft("too-large", "too-long", "x"),
      claim: {
        ...baseDraft("too-large", "too-long", "x").claim,
        appearances: Array.from({ length: 700 }, (_, i) => ({ url: longUrl(2000, `a-${i}`), title: persian(500, i) })),
      },
      attributions: [],
      version: 1,
      status: "draft",
      reviewedBy: [],
      updatedAt: "2026-11-27",
    };
    const result = await prepareDataset({
      sources: [
        {
          meta: { file: "sources/too-long.json", text: JSON.stringify(meta) },
          text: { file: "sources/too-long.txt", text: "ب".repeat(750_001) },
        },
      ],
      cards: [{ file: "cards/too-large.json", text: JSON.stringify(card) }],
      people: { file: "people.json", text: JSON.stringify([{ ...ref("Ana Editor"), role: "editor" }]) },
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: "sources/too-long.txt",
          path: "(text)",
          message: expect.stringContaining(`at most ${MAX_SOURCE_TEXT_BYTES} bytes as UTF-8`),
        },
        {
          file: "cards/too-large.json",
          path: "(card)",
          message: expect.stringMatching(/\d+ bytes stored; a row holds at most 2000000 bytes/),
        },
      ],
    });
  });
});
