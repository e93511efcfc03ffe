/**
 * Archiving a source from its address: the Worker fetches real pages from
 * the loopback test site (test/archive-site/), which is allow-listed the way
 * a developer would allow-list a local server.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import * as v from "valibot";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { CardSchema } from "../../worker/domain/schema/card";
import { SourceIndex, verifyCard } from "../../worker/domain/verify";
import worker from "../../worker/index";
import { findSource } from "../../worker/store/sources";
import { admin, draftCard, personFor, publicGet, ref, tokenFor } from "./admin-client";

/** The R2 bucket wrangler.toml declares. */
const snapshots = () => env.SNAPSHOTS;

const site = inject("archiveSite");
const siteHost = new URL(site).host;

interface Answer {
  status: number;
  body: any;
  headers: Headers;
  bytes: ArrayBuffer;
}

let caller = 0;

/** Calls the Worker as the deployed one would run, with operator settings for this call. */
async function call(
  path: string,
  init: { body?: unknown; token?: string | null; vars?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { "cf-connecting-ip": `192.0.2.${caller++ % 250}` };
  const token = init.token === undefined ? env.ADMIN_TOKEN : init.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`https://cards.test${path}`, {
    method: init.body === undefined ? "GET" : "POST",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const vars = { ARCHIVE_ALLOW_HOSTS: siteHost, ARCHIVE_TIMEOUT_MS: "2000", PUBLIC_ARCHIVE: "false", ...init.vars };
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, { ...env, SNAPSHOTS: snapshots(), ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  const bytes = await response.arrayBuffer();
  const isJson = (response.headers.get("content-type") ?? "").includes("application/json");
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    body: isJson ? JSON.parse(new TextDecoder().decode(bytes)) : null,
  };
}

const capture = (url: string, extra: Record<string, unknown> = {}, vars?: Record<string, string>) =>
  call("/v1/admin/sources", { body: { url, ...extra }, ...(vars ? { vars } : {}) });

async function sha256(bytes: ArrayBuffer | string): Promise<string> {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  const digest = await crypto.subtle.digest("SHA-256", data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The page's bytes as the site serves them (fetched by the test, not the Worker). */
const pageBytes = async (path: string) => (await fetch(`${site}${path}`)).arrayBuffer();

async function storedCounts(): Promise<{ sources: number; snapshots: number }> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM sources").first<{ n: number }>();
  const listed = await snapshots().list();
  return { sources: row?.n ?? 0, snapshots: listed.objects.length };
}

describe("capturing an article", () => {
  let article: any;
  let text: string;

  beforeAll(async () => {
    // Two redirects on the way: the source keeps the address given and the one it ended at.
    const answer = await capture(`${site}/moved-twice`, { id: "herald-classrooms" });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    article = answer.body.source;
    text = (await call("/v1/admin/sources/herald-classrooms")).body.source.text;
  });

  it("keeps the headings and paragraphs in order, entities decoded", () => {
    expect(text.split("\n\n")).toEqual([
      "Schools minister promises 4,200 classrooms",
      "By Dana Reporter & Sam Writer",
      "The schools minister said on Tuesday that 4,200 new classrooms would open by September, a figure “without precedent” in the country’s history.",
      "Opposition MPs said the figure counted rooms that were only refurbished. Officials did not respond to requests for comment.",
      "What the budget says",
      "The budget sets aside £1.2bn for school buildings <over five years>, according to the Treasury.",
      "Head teachers welcomed the money but warned it would not cover repairs.",
    ]);
  });

  it.each([
    "STYLE TEXT",
    "SCRIPT TEXT",
    "INLINE SCRIPT TEXT",
    "Politics navigation",
    "Example Herald home",
    "ADVERTISEMENT",
    "HIDDEN ATTRIBUTE TEXT",
    "INLINE DISPLAY NONE TEXT",
    "ARIA HIDDEN TEXT",
    "NOSCRIPT TEXT",
    "TEMPLATE TEXT",
    "SIDEBAR MOST READ TEXT",
    "FOOTER COPYRIGHT TEXT",
    "datePublished",
  ])("drops %s", (dropped) => {
    expect(text).not.toContain(dropped);
  });

  it("reads the title, publisher, date and language from the page", () => {
    expect(article).toMatchObject({
      id: "herald-classrooms",
      url: `${site}/moved-twice`,
      title: "Schools minister promises 4,200 classrooms",
      publisher: "Example Herald",
      publishedAt: "2024-03-05T08:30:00+01:00",
      lang: "en-GB",
      dir: "ltr",
      length: text.length,
      archive: {
        method: "capture",
        finalUrl: `${site}/article.html`,
        status: 200,
        contentType: "text/html; charset=utf-8",
      },
    });
    expect(article.archivedAt).toBe(article.archive.fetchedAt);
  });

  it("keeps the exact bytes in R2 under their SHA-256, and hashes the text", async () => {
    const original = await pageBytes("/article.html");
    expect(article.archive.bytesSha256).toBe(await sha256(original));
    expect(article.archive.r2Key).toBe(`sha256/${article.archive.bytesSha256}`);
    const stored = await snapshots().get(article.archive.r2Key);
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(new Uint8Array(original));
    expect(stored!.customMetadata).toMatchObject({ finalUrl: `${site}/article.html`, status: "200" });
    expect(article.sha256).toBe(await sha256(text));
  });

  it("returns the existing source when the same bytes are captured again (200, not 201)", async () => {
    const before = await storedCounts();
    const again = await capture(`${site}/article.html`);
    expect(again.status).toBe(200);
    expect(again.body.source.id).toBe("herald-classrooms");
    expect(await storedCounts()).toEqual(before);
  });

  it("lets the editor override what the page says", async () => {
    const answer = await capture(`${site}/notice.txt`, {
      title: "Ministry notice",
      publisher: "Ministry of Education",
      publishedAt: "2024-03-01",
    });
    expect(answer.status).toBe(201);
    expect(answer.body.source).toMatchObject({
      title: "Ministry notice",
      publisher: "Ministry of Education",
      publishedAt: "2024-03-01",
    });
    expect(answer.body.source.id).toMatch(/^127-0-0-1-[0-9a-f]{12}$/);
    const full = await call(`/v1/admin/sources/${answer.body.source.id}`);
    expect(full.body.source.text).toBe(
      "Press release\n\nThe ministry will publish the full classroom list in April.\nQuestions go to the press office.",
    );
  });

  it("verifies quotes from the article and not from what was dropped", async () => {
    await personFor("Ana Editor", "editor");
    await personFor("Ben Reviewer", "reviewer");
    const source = await findSource(env.DB, "herald-classrooms");
    const card = (quote: string) =>
      v.parse(CardSchema, {
        ...draftCard("check", "herald-classrooms"),
        status: "draft",
        version: 1,
        updatedAt: "2026-01-01T00:00:00Z",
        reviewedBy: [ref("Ben Reviewer")],
        attributions: [{ source: "herald-classrooms", quote, stance: "supports" }],
      });
    const index = new SourceIndex([source!]);
    expect(verifyCard(card("4,200 new classrooms would open by September"), index).ok).toBe(true);
    expect(verifyCard(card('a figure "without precedent" in the country\'s history'), index).ok).toBe(true);
    for (const dropped of [
      "Buy the Example Phone now",
      "HIDDEN ATTRIBUTE TEXT",
      "SIDEBAR MOST READ TEXT",
      "Politics navigation",
    ]) {
      expect(verifyCard(card(dropped), index).ok, dropped).toBe(false);
    }
  });

  it("publishes a card quoting the capture; readers see the quote's context, the capture time and the hashes", async () => {
    const editor = await tokenFor("Ana Editor", "editor");
    const reviewer = await tokenFor("Ben Reviewer", "reviewer");
    const quote = "the figure counted rooms that were only refurbished";
    const draft = draftCard("classrooms-claim", "herald-classrooms", {
      attributions: [{ source: "herald-classrooms", quote, stance: "contradicts" }],
    });
    const created = await admin("/cards", { token: editor, body: draft });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const submitted = await admin("/cards/classrooms-claim/submit", { token: editor, method: "POST", ifMatch: 1 });
    const published = await admin("/cards/classrooms-claim/publish", {
      token: reviewer,
      method: "POST",
      ifMatch: submitted.body.card.version,
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);

    const card = await (await publicGet("/v1/cards/classrooms-claim")).json<any>();
    const [attribution] = card.attributions;
    expect(attribution.context).toBe(
      "The schools minister said on Tuesday that 4,200 new classrooms would open by September, a figure “without precedent” in the country’s history. " +
        "Opposition MPs said the figure counted rooms that were only refurbished. Officials did not respond to requests for comment.",
    );
    expect(attribution.source).toMatchObject({
      url: `${site}/moved-twice`,
      sha256: article.sha256,
      archive: { method: "capture", bytesSha256: article.archive.bytesSha256, fetchedAt: article.archive.fetchedAt },
    });
    expect(attribution.source.archive.r2Key).toBeUndefined();
    expect(JSON.stringify(card)).not.toContain("Head teachers welcomed");
  });
});

describe("other pages", () => {
  it("captures a Persian page with its language and direction", async () => {
    const answer = await capture(`${site}/fa.html`, { id: "fa-classrooms" });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.source).toMatchObject({
      title: "گزارش آموزش و پرورش",
      publisher: "خبرگزاری نمونه",
      publishedAt: "2024-03-06",
      lang: "fa",
      dir: "rtl",
    });
    const { text } = (await call("/v1/admin/sources/fa-classrooms")).body.source;
    expect(text).toBe(
      [
        "وزیر آموزش از ساخت کلاس‌های جدید خبر داد",
        "۱۶ اسفند ۱۴۰۲",
        "وزیر آموزش و پرورش گفت که تا پایان سال ۴۲۰۰ کلاس درس جدید افتتاح می‌شود.",
        "منتقدان می‌گویند بسیاری از این کلاس‌ها فقط بازسازی شده‌اند.",
      ].join("\n\n"),
    );
  });

  it("keeps a PDF's bytes and asks for its text to be pasted (422), then archives the paste with the capture", async () => {
    const before = await storedCounts();
    const answer = await capture(`${site}/report.pdf`, { id: "ministry-report" });
    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe("text_needed");
    const bytesSha256 = await sha256(await pageBytes("/report.pdf"));
    expect(answer.body.error.message).toContain(bytesSha256);
    expect(await storedCounts()).toEqual({ sources: before.sources, snapshots: before.snapshots + 1 });
    expect(await snapshots().head(`sha256/${bytesSha256}`)).not.toBeNull();

    const paste = await call("/v1/admin/sources", {
      body: {
        id: "ministry-report",
        title: "Classroom report",
        publisher: "Ministry of Education",
        url: `${site}/report.pdf`,
        archivedAt: "2026-03-01T00:00:00Z",
        text: "The ministry reported 4,200 new classrooms in 2024.",
        capture: bytesSha256,
      },
    });
    expect(paste.status, JSON.stringify(paste.body)).toBe(201);
    expect(paste.body.source.archive).toMatchObject({
      method: "paste",
      bytesSha256,
      contentType: "application/pdf",
      finalUrl: `${site}/report.pdf`,
    });
    const raw = await call("/v1/admin/sources/ministry-report/raw");
    expect(await sha256(raw.bytes)).toBe(bytesSha256);
  });

  it("refuses a paste naming a capture that does not exist", async () => {
    const answer = await call("/v1/admin/sources", {
      body: { id: "nope", title: "T", publisher: "P", archivedAt: "2026-03-01", text: "x", capture: "0".repeat(64) },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error.issues[0].path).toBe("capture");
  });
});

describe("refusals: a 4xx or 5xx in the error shape, nothing stored", () => {
  const refusals: [string, string, number, string, Record<string, string>?][] = [
    ["a non-http scheme", "ftp://files.example/report.pdf", 400, "invalid_body"],
    ["localhost", "http://localhost/article.html", 422, "address_refused"],
    ["loopback not allow-listed (other port)", "http://127.0.0.1:1/article.html", 422, "address_refused"],
    ["another loopback address", "http://127.0.0.2/", 422, "address_refused"],
    ["IPv6 loopback", "http://[::1]/", 422, "address_refused"],
    ["a private address", "http://10.0.0.1/", 422, "address_refused"],
    ["a private address in 172.16/12", "http://172.20.1.1/", 422, "address_refused"],
    ["a private address in decimal", "http://3232235521/", 422, "address_refused"],
    ["a loopback address in octal", "http://0177.0.0.1/", 422, "address_refused"],
    ["a loopback address in hex", "http://0x7f000001/", 422, "address_refused"],
    ["link-local (cloud metadata)", "http://169.254.169.254/latest/meta-data/", 422, "address_refused"],
    ["IPv4-mapped IPv6 private", "http://[::ffff:10.1.2.3]/", 422, "address_refused"],
    ["IPv4-mapped IPv6 loopback", "http://[::ffff:7f00:1]/", 422, "address_refused"],
    ["IPv6 unique-local", "http://[fd12:3456::1]/", 422, "address_refused"],
    ["IPv6 link-local", "http://[fe80::1]/", 422, "address_refused"],
    ["a redirect to another loopback address", `${site}/to-other-loopback`, 422, "address_refused"],
    ["a redirect to IPv6 loopback", `${site}/to-ipv6-loopback`, 422, "address_refused"],
    ["a redirect to a private address", `${site}/to-private`, 422, "address_refused"],
    ["a redirect to a private address in decimal", `${site}/to-decimal-private`, 422, "address_refused"],
    ["a redirect to an IPv4-mapped private address", `${site}/to-mapped-private`, 422, "address_refused"],
    ["a redirect to link-local", `${site}/to-link-local`, 422, "address_refused"],
    ["a redirect to localhost", `${site}/to-localhost`, 422, "address_refused"],
    ["a redirect to ftp:", `${site}/to-ftp`, 422, "address_refused"],
    ["endless redirects", `${site}/loop`, 502, "too_many_redirects"],
    ["a streamed page over 5 MB", `${site}/oversized`, 413, "capture_too_large"],
    ["an announced page over 5 MB", `${site}/oversized-announced`, 413, "capture_too_large"],
    ["a slow page", `${site}/slow`, 504, "upstream_timeout", { ARCHIVE_TIMEOUT_MS: "300" }],
    ["an upstream server error", `${site}/broken`, 502, "upstream_error"],
    ["an upstream 404", `${site}/gone`, 502, "upstream_error"],
    [
      "nothing listening",
      "http://127.0.0.1:1/",
      502,
      "upstream_unreachable",
      { ARCHIVE_ALLOW_HOSTS: `${siteHost}, 127.0.0.1:1` },
    ],
    ["an image", `${site}/pixel.png`, 415, "unsupported_content_type"],
  ];

  it.each(refusals)("%s → %i", async (_what, url, status, code, vars) => {
    const before = await storedCounts();
    const answer = await capture(url, {}, vars);
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(answer.body.error.code).toBe(code);
    expect(answer.body.error.message).toBeTruthy();
    expect(await storedCounts()).toEqual(before);
  });

  it("says which redirect led to the refused address", async () => {
    const answer = await capture(`${site}/to-private`);
    expect(answer.body.error.message).toBe(
      "10.0.0.1 is a private address; only public addresses can be archived (after 1 redirect)",
    );
  });

  it("says which upstream status it got", async () => {
    expect((await capture(`${site}/gone`)).body.error.message).toContain("404");
  });
});

describe("who sees the full copy", () => {
  beforeAll(async () => {
    await capture(`${site}/article.html`, { id: "herald-classrooms" });
  });

  it("newsroom tokens read the text and download the bytes", async () => {
    const reviewer = await tokenFor("Ben Reviewer", "reviewer");
    const full = await call("/v1/admin/sources/herald-classrooms", { token: reviewer });
    expect(full.status).toBe(200);
    expect(full.body.source.text).toContain("4,200 new classrooms");
    const raw = await call("/v1/admin/sources/herald-classrooms/raw", { token: reviewer });
    expect(raw.status).toBe(200);
    expect(await sha256(raw.bytes)).toBe(full.body.source.archive.bytesSha256);
  });

  it("serves the raw capture only as a download that cannot run on our origin", async () => {
    const raw = await call("/v1/admin/sources/herald-classrooms/raw");
    expect(raw.headers.get("content-disposition")).toBe('attachment; filename="herald-classrooms.html"');
    expect(raw.headers.get("content-security-policy")).toContain("sandbox");
    expect(raw.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("without a token there is no full copy", async () => {
    expect((await call("/v1/admin/sources/herald-classrooms", { token: null })).status).toBe(401);
    expect((await call("/v1/admin/sources/herald-classrooms/raw", { token: null })).status).toBe(401);
  });

  it("readers get 404 for full copies unless the operator makes them public", async () => {
    for (const path of ["/v1/sources/herald-classrooms", "/v1/sources/herald-classrooms/raw"]) {
      const hidden = await call(path, { token: null });
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.code).toBe("not_found");
    }
    const open = { token: null, vars: { PUBLIC_ARCHIVE: "true" } };
    const text = await call("/v1/sources/herald-classrooms", open);
    expect(text.status).toBe(200);
    expect(text.body.source.text).toContain("Head teachers welcomed");
    const raw = await call("/v1/sources/herald-classrooms/raw", open);
    expect(raw.status).toBe(200);
    expect(raw.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(raw.headers.get("content-security-policy")).toContain("sandbox");
  });

  it("answers 404 for the bytes of a pasted source", async () => {
    await call("/v1/admin/sources", {
      body: { id: "pasted-only", title: "T", publisher: "P", archivedAt: "2026-03-01", text: "Pasted words." },
    });
    const raw = await call("/v1/admin/sources/pasted-only/raw");
    expect(raw.status).toBe(404);
    expect((await call("/v1/admin/sources/pasted-only")).body.source.archive).toEqual({ method: "paste" });
  });
});
