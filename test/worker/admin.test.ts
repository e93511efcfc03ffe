import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, draftCard, NEW_SOURCE_TEXT, personFor, publicGet, ref, sourceBody, tokenFor } from "./admin-client";

let editor: string;
let reviewer: string;
/** Rita reviews, and also writes: she holds two tokens, one person. */
let rita: string;
let ritaAgain: string;

beforeAll(async () => {
  editor = await tokenFor("Ana Editor", "editor");
  reviewer = await tokenFor("Ben Reviewer", "reviewer");
  rita = await tokenFor("Rita Reviewer", "reviewer");
  ritaAgain = await tokenFor("Rita Reviewer", "reviewer");
  expect((await admin("/sources", { body: sourceBody("bridge-report") })).status).toBe(201);
});

/** Creates a card and takes it to review; returns its version. */
async function inReview(id: string): Promise<number> {
  const created = await admin("/cards", { token: editor, body: draftCard(id, "bridge-report") });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const submitted = await admin(`/cards/${id}/submit`, { token: editor, method: "POST", ifMatch: 1 });
  expect(submitted.status).toBe(200);
  return submitted.body.card.version;
}

describe("authentication and roles", () => {
  const writes: [string, string][] = [
    ["POST", "/cards"],
    ["GET", "/cards?status=draft"],
    ["GET", "/cards/x"],
    ["PUT", "/cards/x"],
    ["GET", "/cards/x/history"],
    ["POST", "/cards/x/submit"],
    ["POST", "/cards/x/publish"],
    ["POST", "/cards/x/correct"],
    ["GET", "/cards/x/corrections"],
    ["POST", "/cards/x/corrections"],
    ["POST", "/cards/x/corrections/approve"],
    ["POST", "/cards/x/corrections/withdraw"],
    ["POST", "/cards/x/retract"],
    ["POST", "/sources"],
    ["GET", "/people"],
    ["POST", "/people"],
    ["DELETE", "/people/x"],
    ["GET", "/tokens"],
    ["POST", "/tokens"],
    ["DELETE", "/tokens/x"],
  ];

  it.each(writes)("%s %s without a token → 401", async (method, path) => {
    const response = await admin(path, { method, token: null });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe("unauthorized");
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
  });

  it.each(writes)("%s %s with an unknown token → 401", async (method, path) => {
    expect((await admin(path, { method, token: "cc_not-a-real-token-at-all" })).status).toBe(401);
  });

  it.each([
    ["POST", "/cards/x/publish", "editor"],
    ["POST", "/cards/x/corrections", "editor"],
    ["POST", "/cards/x/corrections/approve", "editor"],
    ["POST", "/cards/x/corrections/withdraw", "editor"],
    ["POST", "/cards/x/retract", "editor"],
    ["GET", "/people", "reviewer"],
    ["POST", "/people", "reviewer"],
    ["DELETE", "/people/x", "reviewer"],
    ["GET", "/tokens", "editor"],
    ["POST", "/tokens", "reviewer"],
    ["DELETE", "/tokens/x", "reviewer"],
  ])("%s %s with a %s token → 403", async (method, path, role) => {
    const body = method === "GET" ? undefined : {};
    const response = await admin(path, { method, token: role === "editor" ? editor : reviewer, ifMatch: 1, body });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("forbidden");
  });

  it("answers no CORS on the write API", async () => {
    const response = await admin("/cards?status=draft");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });

  it("revokes a token: it stops working at once", async () => {
    const person = await admin("/people", { body: { name: "Temp", role: "editor" } });
    const created = await admin("/tokens", { body: { person: person.body.id } });
    expect((await admin("/cards?status=draft", { token: created.body.token })).status).toBe(200);
    expect((await admin(`/tokens/${created.body.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await admin("/cards?status=draft", { token: created.body.token })).status).toBe(401);
    const listed = (await admin("/tokens")).body.data;
    expect(JSON.stringify(listed)).not.toContain(created.body.token);
  });

  it("answers 404 for revoking an unknown token, and changes nothing", async () => {
    const before = (await admin("/tokens")).body.data;
    const response = await admin(`/tokens/${crypto.randomUUID()}`, { method: "DELETE" });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("not_found");
    expect((await admin("/tokens")).body.data).toEqual(before);
  });

  it("answers 404 for revoking a token twice, keeping the first revocation's time", async () => {
    const person = await personFor("Twice Revoked", "editor");
    const created = await admin("/tokens", { body: { person } });
    expect((await admin(`/tokens/${created.body.id}`, { method: "DELETE" })).status).toBe(204);
    const revokedAt = () =>
      admin("/tokens").then((r) => r.body.data.find((t: { id: string }) => t.id === created.body.id)?.revokedAt);
    const first = await revokedAt();
    expect(first).toEqual(expect.any(String));
    const again = await admin(`/tokens/${created.body.id}`, { method: "DELETE" });
    expect(again.status).toBe(404);
    expect(again.body.error).toEqual({ code: "not_found", message: `No live token "${created.body.id}"` });
    expect(await revokedAt()).toBe(first);
    expect((await admin("/cards?status=draft", { token: created.body.token })).status).toBe(401);
  });
});

describe("archived sources", () => {
  it("computes the SHA-256 on the server and refuses to replace an archived source", async () => {
    const response = await admin("/sources", { body: { ...sourceBody("bridge-2"), sha256: "0".repeat(64) } });
    expect(response.status).toBe(400); // sha256 is not a field editors may send
    const ok = await admin("/sources", { body: sourceBody("bridge-2") });
    expect(ok.body.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await admin("/sources", { body: sourceBody("bridge-2") })).status).toBe(409);
  });
});

describe("the two-person rule and verification at publication", () => {
  it("refuses the author as publisher, even with another token of theirs (422)", async () => {
    const body = draftCard("bridge-own", "bridge-report", { authors: [ref("Rita Reviewer")] });
    expect((await admin("/cards", { token: editor, body })).status).toBe(201);
    expect((await admin("/cards/bridge-own/submit", { token: editor, method: "POST", ifMatch: 1 })).status).toBe(200);
    const response = await admin("/cards/bridge-own/publish", { token: ritaAgain, method: "POST", ifMatch: 2 });
    expect(response.status).toBe(422);
    // One cause, said once.
    expect(response.body.error.issues).toEqual([
      { path: "authors", message: expect.stringContaining("Rita Reviewer") },
    ]);
  });

  it("refuses whoever drafted the card, whatever names the body gives as authors (422)", async () => {
    const mallory = await tokenFor("Mallory", "reviewer");
    const body = draftCard("bridge-mallory", "bridge-report", { authors: [ref("Ana Editor")] });
    expect((await admin("/cards", { token: mallory, body })).status).toBe(201);
    expect((await admin("/cards/bridge-mallory/submit", { token: mallory, method: "POST", ifMatch: 1 })).status).toBe(
      200,
    );
    const response = await admin("/cards/bridge-mallory/publish", { token: mallory, method: "POST", ifMatch: 2 });
    expect(response.status).toBe(422);
    expect(response.body.error.issues).toEqual([
      { path: "(history)", message: expect.stringContaining('"Mallory" wrote or edited this card') },
    ]);
    expect((await admin("/cards/bridge-mallory/publish", { token: reviewer, method: "POST", ifMatch: 2 })).status).toBe(
      200,
    );
  });

  it("does not let editors name the reviewers: the server records who published", async () => {
    const response = await admin("/cards", {
      token: editor,
      body: { ...draftCard("bridge-fake-review", "bridge-report"), reviewedBy: ["Famous Reviewer"] },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.issues).toContainEqual({ path: "reviewedBy", message: "is not a known field" });
  });

  it("refuses a quote that is not in the archived source, naming it (422)", async () => {
    const bad = draftCard("bridge-bad-quote", "bridge-report", {
      attributions: [{ source: "bridge-report", quote: "the bridge would reopen in April", stance: "supports" }],
    });
    await admin("/cards", { token: editor, body: bad });
    await admin("/cards/bridge-bad-quote/submit", { token: editor, method: "POST", ifMatch: 1 });
    const response = await admin("/cards/bridge-bad-quote/publish", { token: reviewer, method: "POST", ifMatch: 2 });
    expect(response.status).toBe(422);
    expect(response.body.error.issues[0]).toMatchObject({
      path: "attributions[0].quote",
      message: expect.stringContaining("closest passage"),
    });
    expect((await publicGet("/v1/cards/bridge-bad-quote")).status).toBe(404);
  });

  it("publishes when someone else reviews, recording them as reviewer", async () => {
    const version = await inReview("bridge-ok");
    const response = await admin("/cards/bridge-ok/publish", { token: reviewer, method: "POST", ifMatch: version });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.card.reviewedBy).toEqual([ref("Ben Reviewer")]);
    const card = (await (await publicGet("/v1/cards/bridge-ok")).json()) as any;
    expect(card.attributions[0]).toMatchObject({
      quoteVerified: true,
      quoteOffset: NEW_SOURCE_TEXT.indexOf("the bridge would reopen"),
    });
  });
});

describe("versions (If-Match)", () => {
  it("428 without If-Match, 412 with a stale one, and nothing changes", async () => {
    await admin("/cards", { token: editor, body: draftCard("bridge-versions", "bridge-report") });
    const missing = await admin("/cards/bridge-versions", {
      token: editor,
      method: "PUT",
      body: draftCard("bridge-versions", "bridge-report"),
    });
    expect(missing.status).toBe(428);
    const stale = await admin("/cards/bridge-versions", {
      token: editor,
      method: "PUT",
      ifMatch: 7,
      body: draftCard("bridge-versions", "bridge-report"),
    });
    expect(stale.status).toBe(412);
    const current = await admin("/cards/bridge-versions", { token: editor });
    expect(current.body.card.version).toBe(1);
    expect(current.headers.get("etag")).toBe('"1"');
  });

  it("of concurrent updates based on the same version, exactly one succeeds", async () => {
    await admin("/cards", { token: editor, body: draftCard("bridge-race", "bridge-report") });
    const attempts = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        admin("/cards/bridge-race", {
          token: editor,
          method: "PUT",
          ifMatch: 1,
          body: draftCard("bridge-race", "bridge-report", { summary: `Attempt ${n}.` }),
        }),
      ),
    );
    const statuses = attempts.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412]);
    const history = (await admin("/cards/bridge-race/history")).body.data;
    expect(history.map((e: any) => e.action)).toEqual(["card.create", "card.update"]);
  });
});

describe("bad write requests", () => {
  it("415 for a body that is not JSON, 413 for a huge one, 400 naming bad fields", async () => {
    const notJson = await admin("/cards", {
      token: editor,
      body: "id=x",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(notJson.status).toBe(415);
    const huge = await admin("/sources", { body: { ...sourceBody("huge"), text: "x".repeat(2_600_000) } });
    expect(huge.status).toBe(413);
    const bad = await admin("/cards", {
      token: editor,
      body: draftCard("Bad Id!", "bridge-report", { verdict: "maybe" }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: any) => i.path)).toEqual(expect.arrayContaining(["id", "verdict"]));
    const broken = await admin("/cards", { token: editor, body: "{not json" });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe("invalid_json");
  });

  it("413 for a huge body sent without Content-Length, before the rest of it is read", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const total = 8_000_000;
    let sent = 0;
    // A streamed (chunked) upload: no Content-Length to check up front.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("https://cards.test/v1/admin/sources", {
      method: "POST",
      headers: {
        authorization: `Bearer ${env.ADMIN_TOKEN}`,
        "content-type": "application/json",
        "cf-connecting-ip": "203.0.113.251",
      },
      body,
    });
    expect(request.headers.has("content-length")).toBe(false);
    const response = await exports.default.fetch(request);
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).error.code).toBe("payload_too_large");
    // The 2.5 MB limit plus what was in flight; never the whole 8 MB.
    expect(sent).toBeLessThan(4_000_000);
  });

  it("409 for a duplicate id or a step the card is not ready for", async () => {
    await admin("/cards", { token: editor, body: draftCard("bridge-dup", "bridge-report") });
    expect((await admin("/cards", { token: editor, body: draftCard("bridge-dup", "bridge-report") })).status).toBe(409);
    const early = await admin("/cards/bridge-dup/publish", { token: reviewer, method: "POST", ifMatch: 1 });
    expect(early.status).toBe(409);
  });
});

describe("the audit log", () => {
  it("cannot be changed or deleted, even with SQL", async () => {
    await expect(env.DB.prepare("UPDATE audit_log SET actor = 'mallory'").run()).rejects.toThrow(/append-only/);
    await expect(env.DB.prepare("DELETE FROM audit_log").run()).rejects.toThrow(/append-only/);
  });
});

describe("cache purge", () => {
  it("a correction and a retraction show at once, even where the old card was cached", async () => {
    const version = await inReview("bridge-cached");
    const published = await admin("/cards/bridge-cached/publish", {
      token: reviewer,
      method: "POST",
      ifMatch: version,
    });
    const list = `/v1/cards?url=${encodeURIComponent("https://news.example/bridge/bridge-cached")}&lang=en`;
    for (const path of [list, "/v1/cards/bridge-cached?lang=en", list, "/v1/cards/bridge-cached?lang=en"])
      await (await publicGet(path)).arrayBuffer();
    expect((await publicGet("/v1/cards/bridge-cached?lang=en")).headers.get("cc-cache")).toBe("memory");

    const proposed = await admin("/cards/bridge-cached/corrections", {
      token: reviewer,
      ifMatch: published.body.card.version,
      body: {
        card: draftCard("bridge-cached", "bridge-report", { verdict: "mostly-accurate" }),
        note: "Upgraded after the city confirmed the date.",
      },
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const corrected = await admin("/cards/bridge-cached/corrections/approve", {
      token: rita,
      method: "POST",
      ifMatch: published.body.card.version,
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    const fresh = (await (await publicGet("/v1/cards/bridge-cached?lang=en")).json()) as any;
    expect(fresh.verdict.key).toBe("mostly-accurate");
    expect(fresh.corrections.at(-1).note).toBe("Upgraded after the city confirmed the date.");
    const freshList = (await (await publicGet(list)).json()) as any;
    expect(freshList.data[0].verdict.key).toBe("mostly-accurate");

    const retracted = await admin("/cards/bridge-cached/retract", {
      token: reviewer,
      ifMatch: corrected.body.card.version,
      body: { note: "The source was withdrawn." },
    });
    expect(retracted.status).toBe(200);
    const gone = await publicGet("/v1/cards/bridge-cached?lang=en");
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as any).error.message).toContain("The source was withdrawn.");
    expect(((await (await publicGet(list)).json()) as any).data).toEqual([]);
    const history = (await admin("/cards/bridge-cached/history")).body.data;
    expect(history.map((e: any) => [e.action, e.versionBefore, e.versionAfter])).toEqual([
      ["card.create", null, 1],
      ["card.submit", 1, 2],
      ["card.publish", 2, 3],
      ["card.correction.propose", null, 3],
      ["card.correct", 3, 4],
      ["card.retract", 4, 5],
    ]);
  });
});
