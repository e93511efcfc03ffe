/**
 * Matching an article by its address: the Worker captures the page from the
 * loopback test site (test/archive-site/, allow-listed as a developer would
 * allow a local server), keeps it as an archived source, and matches its
 * text; a match then becomes an attachment whose anchor is checked against
 * that archived copy.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, inject, it } from "vitest";
import worker from "../../worker/index";
import { admin, publicGet, tokenFor } from "./admin-client";

const site = inject("archiveSite");
let caller = 0;

/** `POST /v1/admin/match` as the deployed Worker would run it, with the test site allow-listed. */
async function match(body: unknown, token: string, vars: Record<string, string> = {}) {
  const request = new Request("https://cards.test/v1/admin/match", {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "cf-connecting-ip": `192.0.2.${caller++ % 250}`,
    },
    body: JSON.stringify(body),
  });
  const ctx = createExecutionContext();
  const response = await worker.fetch(
    request,
    { ...env, ARCHIVE_ALLOW_HOSTS: new URL(site).host, ARCHIVE_TIMEOUT_MS: "2000", ...vars },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { status: response.status, body: (await response.json()) as any };
}

let editor: string;
let reviewer: string;

beforeAll(async () => {
  editor = await tokenFor("Mia Matcher", "editor");
  reviewer = await tokenFor("Rui Reviewer", "reviewer");
});

describe("POST /v1/admin/match with { url }", () => {
  it("captures the page, archives it, and matches its text: the answer names the normalised address, the source and the text", async () => {
    const { status, body } = await match({ url: `${site}/follow-up.html?utm_source=newsletter#comments` }, editor);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.url).toBe(`${site}/follow-up.html`);
    expect(body.lang).toBe("en");
    expect(body.source).toMatchObject({
      id: expect.any(String),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      created: true,
    });
    // The text matched is the article, without the site's menu and footer.
    expect(body.text).toContain(
      "Rights groups now say some 20000 demonstrators have been detained since the unrest began.",
    );
    expect(body.text).not.toContain("Subscribe");
    expect(body.matches.map((m: any) => m.card.id).sort()).toEqual([
      "pardon-conditions-regret-written-commitment",
      "protest-arrests-20000",
    ]);
    for (const m of body.matches) expect(body.text.slice(m.start, m.end)).toBe(m.anchor.exact);

    // Kept as an archived source, with the address it was asked for (normalised).
    const stored = await admin(`/sources/${body.source.id}`, { token: editor });
    expect(stored.status).toBe(200);
    expect(stored.body.source).toMatchObject({
      url: `${site}/follow-up.html`,
      sha256: body.source.sha256,
      archive: { method: "capture" },
    });

    // The same bytes again: the same source, nothing new stored.
    const again = await match({ url: `${site}/follow-up.html` }, editor);
    expect(again.body.source).toEqual({ ...body.source, created: false });
  });

  it("a match becomes an attachment whose anchor is verified against the archived page; approved, readers of that address see the card", async () => {
    const { body } = await match({ url: `${site}/follow-up.html` }, editor);
    const arrests = body.matches.find((m: any) => m.card.id === "protest-arrests-20000");
    const proposed = await admin("/cards/protest-arrests-20000/attachments", {
      token: editor,
      body: { url: body.url, anchor: arrests.anchor },
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body.attachment.articleSource).toBe(body.source.id);

    // An anchor the page does not have is refused, because the page is archived.
    const wrong = await admin("/cards/pardon-conditions-regret-written-commitment/attachments", {
      token: editor,
      body: { url: body.url, anchor: { exact: "Lawyers said prisoners need not sign anything." } },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.issues[0].message).toBe(`is not in the archived article "${body.source.id}"`);

    const approved = await admin(`/attachments/${proposed.body.attachment.id}/approve`, {
      token: reviewer,
      method: "POST",
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const listed = (await (await publicGet(`/v1/cards?url=${encodeURIComponent(body.url)}`)).json()) as any;
    expect(listed.data.map((card: any) => card.id)).toEqual(["protest-arrests-20000"]);
    expect(listed.data[0].articles.find((a: any) => a.url === body.url).anchor).toEqual(arrests.anchor);
  });

  it("refuses what the archiving path refuses, and a body with both text and url", async () => {
    const privateAddress = await match({ url: "http://10.0.0.1/article.html" }, editor);
    expect(privateAddress.status).toBe(422);
    expect(privateAddress.body.error.code).toBe("address_refused");
    const notAllowed = await match({ url: `${site}/follow-up.html` }, editor, { ARCHIVE_ALLOW_HOSTS: "" });
    expect(notAllowed.status).toBe(422);
    const both = await match({ url: `${site}/follow-up.html`, text: "Some text." }, editor);
    expect(both.status).toBe(400);
    expect(both.body.error.issues[0].path).toBe("text");
    const badUrl = await match({ url: "not a url" }, editor);
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.issues[0].path).toBe("url");
  });

  it("answers a text match with no url, source or text", async () => {
    const { status, body } = await match(
      { text: "Rights groups now say some 20000 demonstrators have been detained since the unrest began." },
      editor,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ url: null, source: null, text: null });
    expect(body.matches.map((m: any) => m.card.id)).toEqual(["protest-arrests-20000"]);
  });
});
