/**
 * Corrections through review: a published verdict changes only when a
 * second person — not the proposer, an author or anyone who wrote the card —
 * approves a proposed correction, after the same verification as publishing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { admin, draftCard, personFor, publicGet, ref, sourceBody, tokenFor } from "./admin-client";

let cora: string; // editor: drafts and submits
let hana: string; // reviewer, and the bylined author of the cards below
let pedro: string; // reviewer: proposes
let quinn: string; // reviewer: approves
let raf: string; // reviewer: published the cards
const tokenIds: Record<string, string> = {};

beforeAll(async () => {
  cora = await tokenFor("Cora Editor", "editor");
  hana = await tokenFor("Hana Author", "reviewer");
  pedro = await tokenFor("Pedro Proposer", "reviewer");
  quinn = await tokenFor("Quinn Approver", "reviewer");
  raf = await tokenFor("Raf Publisher", "reviewer");
  for (const t of (await admin("/tokens")).body.data) tokenIds[t.name] = t.id;
  expect((await admin("/sources", { body: sourceBody("corr-source") })).status).toBe(201);
});

/** A card by Hana, drafted and submitted by Cora, published by Raf; returns its version (3). */
async function published(id: string): Promise<number> {
  const body = draftCard(id, "corr-source", { authors: [ref("Hana Author")] });
  expect((await admin("/cards", { token: cora, body })).status).toBe(201);
  expect((await admin(`/cards/${id}/submit`, { token: cora, method: "POST", ifMatch: 1 })).status).toBe(200);
  const done = await admin(`/cards/${id}/publish`, { token: raf, method: "POST", ifMatch: 2 });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  return done.body.card.version;
}

const publicVerdict = async (id: string) =>
  ((await (await publicGet(`/v1/cards/${id}?lang=en`)).json()) as any).verdict.key as string;

function propose(
  id: string,
  token: string,
  version: number,
  overrides: Record<string, unknown> = {},
  note = "The city confirmed the date.",
) {
  return admin(`/cards/${id}/corrections`, {
    token,
    ifMatch: version,
    body: {
      card: draftCard(id, "corr-source", { authors: [ref("Hana Author")], verdict: "mostly-accurate", ...overrides }),
      note,
    },
  });
}

const approve = (id: string, token: string, version: number) =>
  admin(`/cards/${id}/corrections/approve`, { token, method: "POST", ifMatch: version });

describe("hole 1: a single reviewer cannot rewrite a published verdict", () => {
  it("the old one-step /correct answers 410 and changes nothing, even for an author who names someone else", async () => {
    const version = await published("corr-hole-one");
    const response = await admin("/cards/corr-hole-one/correct", {
      token: hana,
      ifMatch: version,
      body: {
        card: draftCard("corr-hole-one", "corr-source", { authors: [ref("Cora Editor")], verdict: "false" }),
        note: "Changed my mind.",
      },
    });
    expect(response.status).toBe(410);
    expect(response.body.error.message).toContain("/corrections");
    expect(await publicVerdict("corr-hole-one")).toBe("needs-context");
  });

  it("an author who proposes a body naming someone else as author cannot approve it alone", async () => {
    const version = await published("corr-hole-author");
    const proposed = await propose("corr-hole-author", hana, version, {
      authors: [ref("Cora Editor")],
      verdict: "false",
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(await publicVerdict("corr-hole-author")).toBe("needs-context");

    const alone = await approve("corr-hole-author", hana, version);
    expect(alone.status).toBe(422);
    expect(alone.body.error.issues).toEqual([{ path: "(proposal)", message: expect.stringContaining("Hana Author") }]);
    // With her other token she is still the same person.
    const again = await approve("corr-hole-author", await tokenFor("Hana Author", "reviewer"), version);
    expect(again.status).toBe(422);
    expect(await publicVerdict("corr-hole-author")).toBe("needs-context");
  });

  it("an author cannot approve someone else's proposal that drops her from the byline", async () => {
    const version = await published("corr-hole-dropped");
    expect(
      (await propose("corr-hole-dropped", pedro, version, { authors: [ref("Cora Editor")], verdict: "false" })).status,
    ).toBe(201);
    const response = await approve("corr-hole-dropped", hana, version);
    expect(response.status).toBe(422);
    expect(response.body.error.issues).toEqual([
      { path: "authors", message: expect.stringContaining('"Hana Author" wrote this card') },
    ]);
    expect(await publicVerdict("corr-hole-dropped")).toBe("needs-context");
  });
});

describe("propose, approve, withdraw", () => {
  it("a proposal changes nothing public; a second person's approval publishes it with the note", async () => {
    const version = await published("corr-happy");
    const proposed = await propose("corr-happy", pedro, version);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body.proposal).toMatchObject({
      cardId: "corr-happy",
      baseVersion: version,
      proposedBy: ref("Pedro Proposer"),
    });

    // Pending corrections never reach readers.
    const one = (await (await publicGet("/v1/cards/corr-happy?lang=en")).json()) as any;
    expect(one.verdict.key).toBe("needs-context");
    expect(one.corrections).toEqual([]);
    expect(JSON.stringify(one)).not.toContain("The city confirmed the date.");
    const list = (await (
      await publicGet(`/v1/cards?url=${encodeURIComponent("https://news.example/bridge/corr-happy")}`)
    ).json()) as any;
    expect(list.data[0].verdict.key).toBe("needs-context");
    expect((await admin("/cards/corr-happy", { token: cora })).body.card.version).toBe(version);

    const pending = await admin("/cards/corr-happy/corrections", { token: cora });
    expect(pending.body.data).toEqual([
      expect.objectContaining({ id: proposed.body.proposal.id, note: "The city confirmed the date." }),
    ]);

    const approved = await approve("corr-happy", quinn, version);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.card).toMatchObject({
      version: version + 1,
      verdict: "mostly-accurate",
      reviewedBy: [ref("Raf Publisher"), ref("Quinn Approver")],
    });
    const fresh = (await (await publicGet("/v1/cards/corr-happy?lang=en")).json()) as any;
    expect(fresh.verdict.key).toBe("mostly-accurate");
    expect(fresh.corrections.map((c: any) => c.note)).toEqual(["The city confirmed the date."]);
    expect((await admin("/cards/corr-happy/corrections", { token: cora })).body.data).toEqual([]);

    // The audit log names proposer and approver: person and token.
    const history = (await admin("/cards/corr-happy/history")).body.data;
    const [proposal, correction] = history.slice(-2);
    expect(proposal).toMatchObject({
      action: "card.correction.propose",
      actor: "Pedro Proposer",
      actorPersonId: ref("Pedro Proposer").id,
      actorTokenId: tokenIds["Pedro Proposer"],
      detail: { note: "The city confirmed the date.", proposal: proposed.body.proposal.id },
    });
    expect(correction).toMatchObject({
      action: "card.correct",
      actor: "Quinn Approver",
      actorPersonId: ref("Quinn Approver").id,
      actorTokenId: tokenIds["Quinn Approver"],
      versionBefore: version,
      versionAfter: version + 1,
      detail: {
        note: "The city confirmed the date.",
        proposedBy: ref("Pedro Proposer"),
        proposedByToken: tokenIds["Pedro Proposer"],
      },
    });
    expect(history[0]).toMatchObject({
      action: "card.create",
      actorPersonId: ref("Cora Editor").id,
      actorTokenId: tokenIds["Cora Editor"],
    });
  });

  it("only one correction is pending per card (409)", async () => {
    const version = await published("corr-one-pending");
    expect((await propose("corr-one-pending", pedro, version)).status).toBe(201);
    const second = await propose("corr-one-pending", quinn, version, { verdict: "false" });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain("Pedro Proposer");
    // Even two at once: the unique index lets exactly one in.
    const version2 = await published("corr-race");
    const both = await Promise.all([propose("corr-race", pedro, version2), propose("corr-race", quinn, version2)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it("nobody who wrote the card may approve: not the editor who drafted and submitted it", async () => {
    const coraReviewer = await tokenFor("Cora Writer-Reviewer", "reviewer");
    const body = draftCard("corr-writer", "corr-source", { authors: [ref("Hana Author")] });
    expect((await admin("/cards", { token: coraReviewer, body })).status).toBe(201);
    expect((await admin("/cards/corr-writer/submit", { token: coraReviewer, method: "POST", ifMatch: 1 })).status).toBe(
      200,
    );
    expect((await admin("/cards/corr-writer/publish", { token: raf, method: "POST", ifMatch: 2 })).status).toBe(200);
    expect((await propose("corr-writer", pedro, 3)).status).toBe(201);
    const response = await approve("corr-writer", coraReviewer, 3);
    expect(response.status).toBe(422);
    expect(response.body.error.issues).toEqual([
      { path: "(history)", message: expect.stringContaining("Cora Writer-Reviewer") },
    ]);
    // Nor anyone who proposed a correction of it before, even a withdrawn one.
    expect((await admin("/cards/corr-writer/corrections/withdraw", { token: pedro, method: "POST" })).status).toBe(200);
    expect((await propose("corr-writer", quinn, 3)).status).toBe(201);
    const earlier = await approve("corr-writer", pedro, 3);
    expect(earlier.status).toBe(422);
    expect(earlier.body.error.issues[0].path).toBe("(history)");
    expect((await approve("corr-writer", raf, 3)).status).toBe(200);
  });

  it("withdrawal: by the proposer or an admin, never by another reviewer", async () => {
    const version = await published("corr-withdraw");
    expect((await propose("corr-withdraw", pedro, version)).status).toBe(201);
    const other = await admin("/cards/corr-withdraw/corrections/withdraw", { token: quinn, method: "POST" });
    expect(other.status).toBe(403);
    const own = await admin("/cards/corr-withdraw/corrections/withdraw", { token: pedro, method: "POST" });
    expect(own.status).toBe(200);
    expect((await approve("corr-withdraw", quinn, version)).status).toBe(404);
    expect((await admin("/cards/corr-withdraw/corrections/withdraw", { token: pedro, method: "POST" })).status).toBe(
      404,
    );

    expect((await propose("corr-withdraw", pedro, version)).status).toBe(201);
    const byAdmin = await admin("/cards/corr-withdraw/corrections/withdraw", { method: "POST" });
    expect(byAdmin.status).toBe(200);
    const actions = (await admin("/cards/corr-withdraw/history")).body.data.map((e: any) => [e.action, e.actor]);
    expect(actions.slice(-4)).toEqual([
      ["card.correction.propose", "Pedro Proposer"],
      ["card.correction.withdraw", "Pedro Proposer"],
      ["card.correction.propose", "Pedro Proposer"],
      ["card.correction.withdraw", "admin"],
    ]);
    expect(await publicVerdict("corr-withdraw")).toBe("needs-context");
  });

  it("a proposal that fails verification is refused at once (422), naming the quote", async () => {
    const version = await published("corr-unverified");
    const response = await propose("corr-unverified", pedro, version, {
      attributions: [{ source: "corr-source", quote: "the bridge would reopen in April", stance: "supports" }],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.issues[0]).toMatchObject({
      path: "attributions[0].quote",
      message: expect.stringContaining("closest passage"),
    });
    expect((await admin("/cards/corr-unverified/corrections", { token: cora })).body.data).toEqual([]);
  });

  it("If-Match: a stale version is refused (412) on propose and approve; a retracted card takes no correction (409)", async () => {
    const version = await published("corr-versions");
    expect((await propose("corr-versions", pedro, version + 5)).status).toBe(412);
    expect((await propose("corr-versions", pedro, version)).status).toBe(201);
    expect((await approve("corr-versions", quinn, version + 1)).status).toBe(412);
    expect(
      (await admin("/cards/corr-versions/retract", { token: raf, ifMatch: version, body: { note: "Withdrawn." } }))
        .status,
    ).toBe(200);
    expect((await approve("corr-versions", quinn, version + 1)).status).toBe(409);
    expect((await publicGet("/v1/cards/corr-versions")).status).toBe(410);
  });

  it("retraction stays a one-person act, with its note", async () => {
    const version = await published("corr-retract");
    const response = await admin("/cards/corr-retract/retract", {
      token: hana,
      ifMatch: version,
      body: { note: "The source was withdrawn." },
    });
    expect(response.status).toBe(200);
    expect(response.body.card.corrections.at(-1).note).toBe("The source was withdrawn.");
  });

  it("an editor cannot propose (403)", async () => {
    const version = await published("corr-editor");
    expect((await propose("corr-editor", cora, version)).status).toBe(403);
    await personFor("Cora Editor", "editor");
  });
});
