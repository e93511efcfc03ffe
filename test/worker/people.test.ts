import { describe, expect, it } from "vitest";
import { admin, draftCard, personFor, ref, sourceBody, tokenFor } from "./admin-client";

/** Creates a person; returns the API's answer. */
const addPerson = (name: string, role = "editor") => admin("/people", { body: { name, role } });

describe("people: one person, one name", () => {
  it("creates a person with an id, and lists them", async () => {
    const created = await addPerson("Pia Lund", "reviewer");
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), name: "Pia Lund", role: "reviewer", revokedAt: null });
    const listed = (await admin("/people")).body.data;
    expect(listed).toContainEqual(expect.objectContaining({ id: created.body.id, name: "Pia Lund" }));
    // The seed's people (data/people.json) are people too.
    expect(listed).toContainEqual(
      expect.objectContaining({ id: "daniel-okafor", name: "Daniel Okafor", role: "reviewer" }),
    );
  });

  // Hole 2: "Sara Karimi" (editor) and "Sara\u00a0Karimi" (reviewer) were two tokens the rule could not tell apart.
  it.each([
    ["a no-break space", "Sara\u00a0Karimi"],
    ["other case and extra spaces", "  sara   KARIMI "],
    ["a tab", "Sara\tKarimi"],
    ["full-width letters (NFKC)", "Ｓａｒａ Karimi"],
    ["a zero-width space inside a word", "Sara Ka\u200brimi"],
  ])("refuses a near-duplicate name with 409 naming the existing person: %s", async (_, name) => {
    const first = "sara-karimi"; // from data/people.json, loaded with the seed
    const response = await addPerson(name, "reviewer");
    expect(response.status, JSON.stringify(response.body)).toBe(409);
    expect(response.body.error.code).toBe("conflict");
    expect(response.body.error.message).toContain(first);
    expect(response.body.error.message).toContain('"Sara Karimi"');
  });

  it("folds composed and decomposed letters to one name", async () => {
    expect((await addPerson("Zoë Brandt")).status).toBe(201);
    const decomposed = await addPerson("Zoe\u0308 Brandt");
    expect(decomposed.status).toBe(409);
  });

  it("gives one person several tokens; the audit log tells the tokens apart", async () => {
    const id = await personFor("Tomas Two-Tokens", "editor");
    const one = await admin("/tokens", { body: { person: id } });
    const two = await admin("/tokens", { body: { person: id } });
    expect([one.status, two.status]).toEqual([201, 201]);
    expect(one.body).toMatchObject({ person: id, name: "Tomas Two-Tokens", role: "editor" });
    expect(one.body.id).not.toBe(two.body.id);

    await admin("/sources", { body: sourceBody("tomas-source") });
    const body = draftCard("tomas-card", "tomas-source", { authors: [ref("Tomas Two-Tokens")] });
    expect((await admin("/cards", { token: one.body.token, body })).status).toBe(201);
    expect(
      (await admin("/cards/tomas-card/submit", { token: two.body.token, method: "POST", ifMatch: 1 })).status,
    ).toBe(200);
    const history = (await admin("/cards/tomas-card/history")).body.data;
    expect(history.map((e: any) => [e.action, e.actor, e.actorPersonId, e.actorTokenId])).toEqual([
      ["card.create", "Tomas Two-Tokens", id, one.body.id],
      ["card.submit", "Tomas Two-Tokens", id, two.body.id],
    ]);
  });

  // Hole 2, the other half: Sara drafted with one token and published with the other.
  it("the same person with two tokens cannot draft with one and publish with the other (422)", async () => {
    const drafting = await tokenFor("Sami Both-Hands", "reviewer");
    const publishing = await tokenFor("Sami Both-Hands", "reviewer");
    await personFor("Olga Byline", "editor");
    await admin("/sources", { body: sourceBody("sami-source") });
    // The body names someone else as author: the audit log still knows who wrote it.
    const body = draftCard("sami-card", "sami-source", { authors: [ref("Olga Byline")] });
    expect((await admin("/cards", { token: drafting, body })).status).toBe(201);
    expect((await admin("/cards/sami-card/submit", { token: drafting, method: "POST", ifMatch: 1 })).status).toBe(200);
    const response = await admin("/cards/sami-card/publish", { token: publishing, method: "POST", ifMatch: 2 });
    expect(response.status).toBe(422);
    expect(response.body.error.issues).toEqual([
      { path: "(history)", message: expect.stringContaining('"Sami Both-Hands" wrote or edited this card') },
    ]);
  });

  it("refuses a token for an unknown person (404)", async () => {
    const response = await admin("/tokens", { body: { person: "nobody-at-all" } });
    expect(response.status).toBe(404);
    expect(response.body.error.issues).toEqual([{ path: "person", message: expect.any(String) }]);
  });

  it("revoking a person revokes every token of theirs at once; the name stays taken", async () => {
    const id = await personFor("Vera Leaving", "reviewer");
    const tokens = [await tokenFor("Vera Leaving", "reviewer"), await tokenFor("Vera Leaving", "reviewer")];
    for (const token of tokens) expect((await admin("/cards?status=draft", { token })).status).toBe(200);

    expect((await admin(`/people/${id}`, { method: "DELETE" })).status).toBe(204);
    for (const token of tokens) expect((await admin("/cards?status=draft", { token })).status).toBe(401);
    const listed = (await admin("/tokens")).body.data.filter((t: any) => t.personId === id);
    expect(listed).toHaveLength(2);
    for (const token of listed) expect(token.revokedAt).toEqual(expect.any(String));
    expect((await admin(`/people/${id}`)).body.person.revokedAt).toEqual(expect.any(String));

    expect((await admin("/tokens", { body: { person: id } })).status).toBe(404);
    expect((await admin(`/people/${id}`, { method: "DELETE" })).status).toBe(404);
    expect((await addPerson("vera leaving")).status).toBe(409);
    const history = (await admin(`/people/${id}`)).status;
    expect(history).toBe(200);
  });

  it("refuses 400 for a bad person body", async () => {
    const response = await admin("/people", { body: { name: "   ", role: "boss" } });
    expect(response.status).toBe(400);
    expect(response.body.error.issues.map((i: any) => i.path).sort()).toEqual(["name", "role"]);
  });
});

describe("cards name people", () => {
  it("refuses an author who is not a person (400), and shows each author by their own name", async () => {
    const editor = await tokenFor("Olga Byline", "editor");
    await admin("/sources", { body: sourceBody("olga-source") });
    const unknown = await admin("/cards", {
      token: editor,
      body: draftCard("olga-unknown", "olga-source", { authors: [{ id: "no-such-person", name: "Famous" }] }),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues).toEqual([
      { path: "authors[0].id", message: expect.stringContaining("no-such-person") },
    ]);

    const renamed = await admin("/cards", {
      token: editor,
      body: draftCard("olga-renamed", "olga-source", {
        authors: [{ id: ref("Olga Byline").id, name: "Someone Famous" }],
      }),
    });
    expect(renamed.status).toBe(201);
    expect(renamed.body.card.authors).toEqual([ref("Olga Byline")]);
  });

  it("the bootstrap admin token is not a person: it cannot write or review cards (403)", async () => {
    const response = await admin("/cards", {
      body: draftCard("admin-card", "olga-source", { authors: [ref("Olga Byline")] }),
    });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain("not a person");
  });
});
