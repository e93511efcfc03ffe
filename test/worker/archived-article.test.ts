/**
 * `GET /v1/admin/sources?url=`: an article's archived copy, the text its
 * cards' anchors are checked against. The desk fetches it to tell the
 * editor, while they type, whether the anchored sentence is there.
 */
import { describe, expect, it } from "vitest";
import { admin, tokenFor } from "./admin-client";
import { DEMO_ARTICLE } from "./seed";

const lookUp = (url: string, token?: string | null) =>
  admin(`/sources?url=${encodeURIComponent(url)}`, token === undefined ? {} : { token });

describe("finding an article's archived copy", () => {
  it("finds the demo article's copy however the address is spelled, with its full text", async () => {
    const editor = await tokenFor("Ilse Editor", "editor");
    const messy = "https://News.Example/2023/02/iran-amnesty/?utm_source=x#top";
    for (const url of [DEMO_ARTICLE, messy]) {
      const found = await lookUp(url, editor);
      expect(found.status, url).toBe(200);
      expect(found.body.source).toMatchObject({ id: "iran-amnesty-article", url: DEMO_ARTICLE });
      expect(found.body.source.text).toContain("20,000 people have been arrested");
      expect(found.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("answers 404 naming the address when nobody archived the article", async () => {
    const missing = await lookUp("https://news.example/never-archived");
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain("https://news.example/never-archived");
  });

  it("refuses an address that is not http(s), naming the parameter, and a caller without a token", async () => {
    const bad = await lookUp("javascript:alert(1)");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toContain("url");
    expect((await lookUp(DEMO_ARTICLE, null)).status).toBe(401);
  });
});
