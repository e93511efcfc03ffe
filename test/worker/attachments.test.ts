/**
 * Attaching a published card to another article through review: one person
 * proposes the article and its sentence, readers see nothing until a second
 * person — not the proposer, an author or anyone who wrote the card —
 * approves it; the anchor is checked against the archived article.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { admin, draftCard, publicGet, ref, sourceBody, tokenFor } from "./admin-client";

const ARTICLE = "https://news.example/2026/11/bridge-follow-up";
const SENTENCE = "The city repeated on Tuesday that the bridge will reopen in March, after the repairs.";
const ARTICLE_TEXT = `Bridge works enter their last phase\n\nWorkers were on site early. ${SENTENCE} Traffic is still diverted.`;

let cora: string; // editor: drafts and submits the cards
let hana: string; // reviewer, the cards' bylined author
let raf: string; // reviewer: publishes the cards
let ed: string; // editor: proposes attachments
let quinn: string; // reviewer: approves
const tokenIds: Record<string, string> = {};

beforeAll(async () => {
  cora = await tokenFor("Cora Attach", "editor");
  hana = await tokenFor("Hana Attach", "reviewer");
  raf = await tokenFor("Raf Attach", "reviewer");
  ed = await tokenFor("Ed Proposer", "editor");
  quinn = await tokenFor("Quinn Attach", "reviewer");
  for (const t of (await admin("/tokens")).body.data) tokenIds[t.name] = t.id;
  expect((await admin("/sources", { body: sourceBody("att-source") })).status).toBe(201);
  // The follow-up article itself, archived: anchors are checked against it.
  const archived = await admin("/sources", {
    body: {
      id: "att-follow-up",
      url: ARTICLE,
      title: "Bridge works",
      publisher: "News Example",
      archivedAt: "2026-11-28T09:00:00Z",
      text: ARTICLE_TEXT,
    },
  });
  expect(archived.status).toBe(201);
});

/** A card by Hana, drafted and submitted by Cora, published by Raf; returns its version. */
async function published(id: string): Promise<number> {
  expect(
    (await admin("/cards", { token: cora, body: draftCard(id, "att-source", { authors: [ref("Hana Attach")] }) }))
      .status,
  ).toBe(201);
  expect((await admin(`/cards/${id}/submit`, { token: cora, method: "POST", ifMatch: 1 })).status).toBe(200);
  const done = await admin(`/cards/${id}/publish`, { token: raf, method: "POST", ifMatch: 2 });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  return done.body.card.version;
}

const anchor = { exact: SENTENCE, prefix: "Workers were on site early. ", suffix: " Traffic" };
const propose = (id: string, token: string, body: unknown = { url: ARTICLE, anchor }) =>
  admin(`/cards/${id}/attachments`, { token, body });
const approve = (attachment: string, token: string) =>
  admin(`/attachments/${attachment}/approve`, { token, method: "POST" });
const withdraw = (attachment: string, token: string) =>
  admin(`/attachments/${attachment}/withdraw`, { token, method: "POST" });

async function cardsFor(url: string): Promise<any[]> {
  const response = await publicGet(`/v1/cards?url=${encodeURIComponent(url)}&lang=en`);
  expect(response.status).toBe(200);
  return ((await response.json()) as any).data;
}

describe("attaching a card to an article", () => {
  it("changes nothing public when proposed; a second person's approval lists the card on the article with its anchor", async () => {
    const version = await published("att-main");
    // A reader opens the article first: the (empty) answer is cached at the edge.
    expect(await cardsFor(ARTICLE)).toEqual([]);

    // Tracking parameters and a fragment: the proposal keeps the normalised address.
    const proposed = await propose("att-main", ed, { url: `${ARTICLE}/?utm_source=desk#top`, anchor });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const attachment = proposed.body.attachment;
    expect(attachment).toMatchObject({
      cardId: "att-main",
      baseVersion: version,
      url: ARTICLE,
      anchor,
      articleSource: "att-follow-up",
      status: "pending",
    });

    // Nothing public changed.
    expect(await cardsFor(ARTICLE)).toEqual([]);
    const publicCard = (await (await publicGet("/v1/cards/att-main?lang=en")).json()) as any;
    expect(publicCard.articles.map((a: any) => a.url)).toEqual(["https://news.example/bridge/att-main"]);
    expect((await admin("/cards/att-main", { token: quinn })).body.card.version).toBe(version);

    // The reviewers' queue shows it, with the claim to judge it by.
    const queue = await admin("/attachments?status=pending", { token: quinn });
    expect(queue.status).toBe(200);
    expect(queue.body.data.find((a: any) => a.id === attachment.id)).toMatchObject({
      url: ARTICLE,
      proposedBy: ref("Ed Proposer"),
      card: { claim: "The bridge will reopen in March.", verdict: "needs-context" },
    });

    const approved = await approve(attachment.id, quinn);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.attachment.status).toBe("approved");
    expect(approved.body.card.version).toBe(version + 1);
    expect(approved.body.card.articles.at(-1)).toEqual({ url: ARTICLE, anchor });
    // Approving where it is shown is not reviewing the verdict.
    expect(approved.body.card.reviewedBy).toEqual([ref("Raf Attach")]);

    // Readers of the new article see it at once (the cached empty list was purged), anchored.
    const listed = await cardsFor(`${ARTICLE}?utm_campaign=x`);
    expect(listed.map((card) => card.id)).toEqual(["att-main"]);
    expect(listed[0].articles.find((a: any) => a.url === ARTICLE).anchor).toEqual(anchor);

    const history = (await admin("/cards/att-main/history", { token: quinn })).body.data;
    const proposal = history.find((e: any) => e.action === "card.attachment.propose");
    const attach = history.find((e: any) => e.action === "card.attach");
    expect(proposal).toMatchObject({
      actorPersonId: ref("Ed Proposer").id,
      actorTokenId: tokenIds["Ed Proposer"],
      versionAfter: version,
    });
    expect(attach).toMatchObject({
      actorPersonId: ref("Quinn Attach").id,
      actorTokenId: tokenIds["Quinn Attach"],
      versionBefore: version,
      versionAfter: version + 1,
      detail: {
        attachment: attachment.id,
        url: ARTICLE,
        proposedBy: ref("Ed Proposer"),
        proposedByToken: tokenIds["Ed Proposer"],
      },
    });
    expect(
      (await admin("/attachments?status=pending", { token: quinn })).body.data.some((a: any) => a.id === attachment.id),
    ).toBe(false);
    // Approved once: a second approval finds nothing pending.
    expect((await approve(attachment.id, raf)).status).toBe(409);
  });

  it("the proposer cannot approve their own proposal, with any token of theirs", async () => {
    await published("att-own");
    const reviewerProposer = await tokenFor("Paula Both", "reviewer");
    const { body } = await propose("att-own", reviewerProposer);
    const alone = await approve(body.attachment.id, reviewerProposer);
    expect(alone.status).toBe(422);
    expect(alone.body.error.issues).toEqual([{ path: "(proposal)", message: expect.stringContaining("Paula Both") }]);
    expect((await approve(body.attachment.id, await tokenFor("Paula Both", "reviewer"))).status).toBe(422);
    expect(await cardsFor(ARTICLE)).not.toContainEqual(expect.objectContaining({ id: "att-own" }));
  });

  it("an author of the card, or anyone who wrote it, cannot approve", async () => {
    await published("att-author");
    const { body } = await propose("att-author", ed);
    const author = await approve(body.attachment.id, hana);
    expect(author.status).toBe(422);
    expect(author.body.error.issues).toEqual([{ path: "authors", message: expect.stringContaining("Hana Attach") }]);
    // An editor may not approve at all.
    expect((await approve(body.attachment.id, cora)).status).toBe(403);
    // Will proposed a correction of this card: he wrote it, so he cannot approve an attachment of it.
    const writer = await tokenFor("Will Writer", "reviewer");
    const own = await published("att-writer");
    expect(own).toBe(3);
    const edit = await admin("/cards/att-writer/corrections", {
      token: writer,
      ifMatch: 3,
      body: {
        card: draftCard("att-writer", "att-source", { authors: [ref("Hana Attach")], verdict: "mostly-accurate" }),
        note: "Confirmed.",
      },
    });
    expect(edit.status).toBe(201);
    expect((await admin("/cards/att-writer/corrections/withdraw", { token: writer, method: "POST" })).status).toBe(200);
    const proposed = await propose("att-writer", ed);
    const refused = await approve(proposed.body.attachment.id, writer);
    expect(refused.status).toBe(422);
    expect(refused.body.error.issues[0].path).toBe("(history)");
    expect(await cardsFor(ARTICLE)).not.toContainEqual(expect.objectContaining({ id: "att-author" }));
  });

  it("the proposer withdraws it; an editor who did not propose it cannot; a withdrawn proposal cannot be approved", async () => {
    await published("att-withdraw");
    const { body } = await propose("att-withdraw", ed);
    const other = await tokenFor("Olga Editor", "editor");
    expect((await withdraw(body.attachment.id, other)).status).toBe(403);
    const done = await withdraw(body.attachment.id, ed);
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ withdrawn: body.attachment.id });
    expect((await approve(body.attachment.id, quinn)).status).toBe(409);
    expect((await admin("/attachments?status=withdrawn", { token: ed })).body.data.map((a: any) => a.id)).toContain(
      body.attachment.id,
    );
    const history = (await admin("/cards/att-withdraw/history", { token: ed })).body.data.map((e: any) => e.action);
    expect(history).toContain("card.attachment.withdraw");
    expect(history).not.toContain("card.attach");
  });

  it("refuses a duplicate proposal, an article already attached, and a stale one after the card changed", async () => {
    const version = await published("att-stale");
    const first = await propose("att-stale", ed);
    expect(first.status).toBe(201);
    const duplicate = await propose("att-stale", quinn, { url: `${ARTICLE}#again`, anchor });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toContain("already proposed");
    const already = await propose("att-stale", ed, {
      url: "https://news.example/bridge/att-stale",
      anchor: { exact: "Anything" },
    });
    expect(already.status).toBe(409);
    expect(already.body.error.message).toContain("already attached");

    // A correction approved in between: the proposal was for the version before it.
    const corrected = await admin("/cards/att-stale/corrections", {
      token: raf,
      ifMatch: version,
      body: {
        card: draftCard("att-stale", "att-source", { authors: [ref("Hana Attach")], verdict: "mostly-accurate" }),
        note: "Confirmed.",
      },
    });
    expect(corrected.status).toBe(201);
    expect(
      (await admin("/cards/att-stale/corrections/approve", { token: quinn, method: "POST", ifMatch: version })).status,
    ).toBe(200);
    const stale = await approve(first.body.attachment.id, await tokenFor("Sofia Attach", "reviewer"));
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain(`proposed for version ${version}`);
    expect(await cardsFor(ARTICLE)).not.toContainEqual(expect.objectContaining({ id: "att-stale" }));
  });

  it("refuses an anchor that is not in the archived article, and a card that is not published", async () => {
    await published("att-anchor");
    const wrong = await propose("att-anchor", ed, {
      url: ARTICLE,
      anchor: { exact: "The bridge reopened in February." },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.issues).toEqual([
      { path: "articles[1].anchor.exact", message: 'is not in the archived article "att-follow-up"' },
    ]);
    expect(
      (
        await admin("/cards", {
          token: cora,
          body: draftCard("att-draft", "att-source", { authors: [ref("Hana Attach")] }),
        })
      ).status,
    ).toBe(201);
    expect((await propose("att-draft", ed)).status).toBe(409);
    const bad = await propose("att-anchor", ed, { url: "ftp://x", anchor });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe("url");
  });
});
