import { readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDataset } from "../../tools/loader/prepare-dataset";
import { readDataset } from "../../tools/loader/read-dataset";
import { runTsx } from "./run";
import { copyOfData, editJson } from "./tmp-data";

const CARD = "amnesty-tens-of-thousands";

describe("the data/ folder", () => {
  it("parses and verifies: every source and card file", async () => {
    const files = await readDataset("data");
    expect(files.cards.length).toBeGreaterThanOrEqual(6);
    expect(files.cards.length).toBe((await readdir("data/cards")).length);
    const prepared = await prepareDataset(files);
    expect(prepared.ok ? [] : prepared.problems).toEqual([]);
  });

  it("has at least two cards with a Persian translation, all attached to the demo article", async () => {
    const prepared = await prepareDataset(await readDataset("data"));
    if (!prepared.ok) throw new Error("seed does not verify");
    expect(prepared.cards.filter(({ card }) => card.translations.fa).length).toBeGreaterThanOrEqual(2);
    for (const { card } of prepared.cards)
      expect(card.articles.map((a) => a.url)).toContain("https://news.example/2023/02/iran-amnesty");
  });

  it("npm run data:check passes on the seed", () => {
    const result = runTsx(["tools/loader/check.ts"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/6 published with \d+ quote\(s\) verified/);
    expect(result.status).toBe(0);
  });
});

describe("npm run data:check on broken data", () => {
  const cases: [string, (dir: string) => Promise<void>, RegExp][] = [
    [
      "a missing source",
      (dir) => editJson(join(dir, "cards", `${CARD}.json`), (c) => (c.attributions[0].source = "no-such-source")),
      /^cards\/amnesty-tens-of-thousands\.json: attributions\[0\]\.source: names no archived source "no-such-source"$/m,
    ],
    [
      "a changed quote",
      (dir) =>
        editJson(
          join(dir, "cards", `${CARD}.json`),
          (c) =>
            (c.attributions[0].quote = c.attributions[0].quote.replace("tens of thousands", "hundreds of thousands")),
        ),
      /^cards\/amnesty-tens-of-thousands\.json: attributions\[0\]\.quote: is not in source "iran-amnesty-article"; closest passage: "Iranian state media reported on February 5/m,
    ],
    [
      "an author reviewing their own card",
      (dir) => editJson(join(dir, "cards", `${CARD}.json`), (c) => (c.reviewedBy = [c.authors[0]])),
      /^cards\/amnesty-tens-of-thousands\.json: reviewedBy\[0\]: ".+" is also an author; someone else must review$/m,
    ],
    [
      "an author who is not in data/people.json",
      (dir) =>
        editJson(join(dir, "cards", `${CARD}.json`), (c) => (c.authors = [{ id: "nobody-here", name: "Nobody" }])),
      /^cards\/amnesty-tens-of-thousands\.json: authors\[0\]\.id: names no person "nobody-here" in .*people\.json$/m,
    ],
    [
      "a reviewer shown by another name than their own",
      (dir) => editJson(join(dir, "cards", `${CARD}.json`), (c) => (c.reviewedBy[0].name = "Someone Famous")),
      /^cards\/amnesty-tens-of-thousands\.json: reviewedBy\[0\]\.name: must be "Daniel Okafor", the name of person "daniel-okafor"$/m,
    ],
    [
      "two people with near-identical names",
      (dir) =>
        editJson(join(dir, "people.json"), (p) => p.push({ id: "sara-2", name: "SARA\u00a0karimi", role: "reviewer" })),
      /^people\.json: \[6\]\.name: "SARA\u00a0karimi" is the same name as \[5\]: one person, one entry$/m,
    ],
    [
      "a javascript: URL",
      (dir) =>
        editJson(join(dir, "cards", `${CARD}.json`), (c) => (c.claim.appearances[0].url = "javascript:alert(1)")),
      /^cards\/amnesty-tens-of-thousands\.json: claim\.appearances\[0\]\.url: must be an absolute http: or https: URL$/m,
    ],
    [
      "an unknown field",
      (dir) => editJson(join(dir, "cards", `${CARD}.json`), (c) => (c.verdikt = "false")),
      /^cards\/amnesty-tens-of-thousands\.json: verdikt: is not a known field$/m,
    ],
    [
      "a verdict off the scale",
      (dir) => editJson(join(dir, "cards", `${CARD}.json`), (c) => (c.verdict = "pants-on-fire")),
      /^cards\/amnesty-tens-of-thousands\.json: verdict: must be one of false, misleading, needs-context, mostly-accurate, accurate, unverified$/m,
    ],
    [
      "a file that is not JSON",
      (dir) => writeFile(join(dir, "cards", `${CARD}.json`), '{\n  "id": "amnesty-tens-of-thousands",\n  oops\n}'),
      /^cards\/amnesty-tens-of-thousands\.json: line 3, column 3: is not valid JSON/m,
    ],
    [
      "a source without its snapshot",
      (dir) => rm(join(dir, "sources", "iran-amnesty-article.txt")),
      /^sources\/iran-amnesty-article\.txt: \(text\): the snapshot is empty$/m,
    ],
  ];

  it.each(cases)("names the file and field for %s, and exits 1", async (_, breakIt, expected) => {
    const dir = await copyOfData();
    await breakIt(dir);
    const result = runTsx(["tools/loader/check.ts", dir]);
    const relative = result.stderr.replaceAll(`${dir}/`, "");
    expect(relative).toMatch(expected);
    expect(result.status).toBe(1);
    await rm(dir, { recursive: true });
  });
});
