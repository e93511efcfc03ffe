import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import worker from "../../worker/index";
import { mergeClaimsIndex } from "../../worker/store/index-merging";
import { admin, draftCard, sourceBody, tokenFor } from "./admin-client";

/** FTS5's structure record of the claims index (row 10 of its data table): which segments it holds. */
async function structureRecord(): Promise<Uint8Array> {
  const row = await env.DB.prepare(`SELECT block FROM claims_fts_data WHERE id = 10`).first<{ block: ArrayBuffer }>();
  return new Uint8Array(row!.block);
}

/**
 * How many segments the claims index holds, from its structure record: a
 * 4-byte cookie, an optional 4-byte version marker, then varints for the
 * level count and the segment count.
 */
async function claimsIndexSegments(): Promise<number> {
  const bytes = await structureRecord();
  let at = bytes[4] === 0xff ? 8 : 4;
  const varint = () => {
    let value = 0;
    for (;;) {
      const byte = bytes[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (byte < 0x80) return value;
    }
  };
  varint(); // levels
  return varint();
}

// A follow-up story repeating two seed claims (as in match.test.ts).
const ARTICLE =
  "Rights groups now say some 20000 demonstrators have been detained since the unrest began. " +
  "Lawyers said that to receive a pardon, prisoners must show remorse and promise in writing not to repeat their activities.";
const matchIds = async () =>
  ((await admin("/match", { body: { text: ARTICLE, lang: "en" } })).body.matches as { card: { id: string } }[])
    .map((m) => m.card.id)
    .sort();

/** Publishes cards one at a time, as a newsroom does: each publish is a transaction, and a segment of the index. */
beforeAll(async () => {
  const editor = await tokenFor("Ana Editor", "editor");
  const reviewer = await tokenFor("Ben Reviewer", "reviewer");
  expect((await admin("/sources", { token: editor, body: sourceBody("bridge-merging") })).status).toBe(201);
  for (const id of ["bridge-merging-1", "bridge-merging-2", "bridge-merging-3", "bridge-merging-4"]) {
    expect((await admin("/cards", { token: editor, body: draftCard(id, "bridge-merging") })).status).toBe(201);
    expect((await admin(`/cards/${id}/submit`, { token: editor, method: "POST", ifMatch: 1 })).status).toBe(200);
    expect((await admin(`/cards/${id}/publish`, { token: reviewer, method: "POST", ifMatch: 2 })).status).toBe(200);
  }
});

describe("keeping the claims index merged", () => {
  it("the scheduled run merges the segments that publishing left, and matching answers as before", async () => {
    const segments = await claimsIndexSegments();
    expect(segments).toBeGreaterThanOrEqual(4);
    const before = await matchIds();
    expect(before).toEqual(["pardon-conditions-regret-written-commitment", "protest-arrests-20000"]);

    await worker.scheduled(createScheduledController({ cron: "*/10 * * * *" }), env);

    const after = await claimsIndexSegments();
    expect(after).toBeLessThan(segments);
    expect(after).toBeLessThanOrEqual(2);
    expect(await matchIds()).toEqual(before);
    // Every card published above is still found by its claim.
    const bridge = await admin("/match", {
      body: { text: "The bridge will reopen in March, officials said on Monday." },
    });
    expect(new Set(bridge.body.matches.map((m: { card: { id: string } }) => m.card.id))).toEqual(
      new Set(["bridge-merging-1", "bridge-merging-2", "bridge-merging-3", "bridge-merging-4"]),
    );
  });

  it("merges as few as two new segments (migration 0009), stops at its step limit and says so, and changes nothing when merged", async () => {
    await mergeClaimsIndex(env.DB);
    const merged = await claimsIndexSegments();
    // Three new segments: three claims' terms written again, one transaction each. FTS5's
    // default merges a level only once it holds four.
    const rows = await env.DB.prepare(`SELECT rowid, terms FROM claims_fts`).all<{ rowid: number; terms: string }>();
    for (const row of rows.results.slice(0, 3))
      await env.DB.prepare(`UPDATE claims_fts SET terms = ?2 WHERE rowid = ?1`).bind(row.rowid, row.terms).run();
    expect(await claimsIndexSegments()).toBe(merged + 3);
    expect(await mergeClaimsIndex(env.DB, 1)).toBe(false);
    expect(await mergeClaimsIndex(env.DB)).toBe(true);
    expect(await claimsIndexSegments()).toBeLessThanOrEqual(2);

    const before = await structureRecord();
    expect(await mergeClaimsIndex(env.DB)).toBe(true);
    expect(await structureRecord()).toEqual(before);
  });
});
