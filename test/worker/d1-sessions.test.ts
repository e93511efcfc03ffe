import { describe, expect, it } from "vitest";
import { admin, draftCard, publicGet, ref, sourceBody, tokenFor } from "./admin-client";
import { DEMO_ARTICLE } from "./seed";

/** What a D1 bookmark looks like: four hyphenated hex groups. */
const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

describe("D1 sessions: the newsroom reads its own writes", () => {
  it("every newsroom answer carries the bookmark of the state it saw, and a write moves it on", async () => {
    const editor = await tokenFor("Bea Bookmark", "editor");
    const before = await admin("/cards?status=draft", { token: editor });
    expect(before.status).toBe(200);
    const first = before.headers.get("x-d1-bookmark");
    expect(first).toMatch(BOOKMARK);

    const source = await admin("/sources", { token: editor, body: sourceBody("bookmark-source"), bookmark: first! });
    expect(source.status).toBe(201);
    const afterWrite = source.headers.get("x-d1-bookmark");
    expect(afterWrite).toMatch(BOOKMARK);
    // Bookmarks order as text: a later state compares greater.
    expect(afterWrite! > first!).toBe(true);
  });

  it("a read sent with the writer's bookmark sees the write", async () => {
    const editor = await tokenFor("Cai Bookmark", "editor");
    const source = await admin("/sources", { token: editor, body: sourceBody("bookmark-read-source") });
    expect(source.status).toBe(201);
    const draft = draftCard("bookmark-read-card", "bookmark-read-source", { authors: [ref("Cai Bookmark")] });
    const created = await admin("/cards", {
      token: editor,
      body: draft,
      bookmark: source.headers.get("x-d1-bookmark")!,
    });
    expect(created.status).toBe(201);
    const read = await admin("/cards/bookmark-read-card", {
      token: editor,
      bookmark: created.headers.get("x-d1-bookmark")!,
    });
    expect(read.status).toBe(200);
    expect(read.body.card.summary).toBe(draft.summary);
    expect(read.headers.get("x-d1-bookmark")! >= created.headers.get("x-d1-bookmark")!).toBe(true);
  });

  it("a malformed bookmark is a 400 naming the header, never a 500", async () => {
    for (const bookmark of ["not-a-bookmark", "first-primary", "00000000-0000000e-00000000", "x".repeat(300)]) {
      const response = await admin("/cards?status=draft", { bookmark });
      expect(response.status, bookmark).toBe(400);
      expect(response.body.error.code).toBe("invalid_bookmark");
      expect(response.body.error.issues[0].path).toBe("x-d1-bookmark");
    }
  });
});

describe("D1 sessions: readers", () => {
  it("public answers carry no bookmark", async () => {
    const response = await publicGet(`/v1/cards?url=${encodeURIComponent(DEMO_ARTICLE)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-d1-bookmark")).toBeNull();
  });
});
