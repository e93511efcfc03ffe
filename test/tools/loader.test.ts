import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPlatformProxy } from "wrangler";
import { run } from "../../tools/dev-server";
import { runTsx } from "./run";
import { copyOfData, editJson } from "./tmp-data";

let state: string;

/** Reads what the local D1 in `state` holds, through wrangler's own local D1. */
async function storedCards(): Promise<{ id: string; body: string }[]> {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    persist: { path: join(state, "v3") },
    remoteBindings: false,
  });
  try {
    const { results } = await proxy.env.DB.prepare("SELECT id, body FROM cards ORDER BY id").all<{
      id: string;
      body: string;
    }>();
    return results;
  } finally {
    await proxy.dispose();
  }
}

const load = (dataDir: string) =>
  runTsx(["tools/loader/load.ts", "--data", dataDir, "--persist-to", join(state, "v3")]);

describe("the loader (tools/loader/load.ts) against a real local D1", () => {
  beforeAll(async () => {
    state = await mkdtemp(join(tmpdir(), "claimcards-d1-"));
    await run("node_modules/.bin/wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], {
      quiet: true,
    });
  });
  afterAll(() => rm(state, { recursive: true, force: true }));

  it("loads the seed, and loading it again changes nothing (idempotent)", async () => {
    expect(load("data").status).toBe(0);
    const first = await storedCards();
    expect(first).toHaveLength(6);
    expect(load("data").status).toBe(0);
    expect(await storedCards()).toEqual(first);
  });

  it("refuses a dataset with one bad card and leaves the database exactly as it was", async () => {
    const before = await storedCards();
    const dir = await copyOfData();
    // One good change and one bad card: neither may reach the database.
    await editJson(join(dir, "cards", "protest-arrests-20000.json"), (c) => (c.summary = "Changed summary."));
    await editJson(
      join(dir, "cards", "amnesty-tens-of-thousands.json"),
      (c) => (c.attributions[0].quote = "words nobody wrote"),
    );
    const result = load(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("amnesty-tens-of-thousands.json: attributions[0].quote: is not in source");
    expect(result.stderr).toContain("Nothing was loaded");
    expect(await storedCards()).toEqual(before);
    await rm(dir, { recursive: true });
  });
});

describe("the loader never undoes work done since", () => {
  let dir: string;
  beforeAll(async () => {
    state = await mkdtemp(join(tmpdir(), "claimcards-d1-"));
    await run("node_modules/.bin/wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], {
      quiet: true,
    });
    expect(load("data").status).toBe(0);
    dir = await copyOfData();
  });
  afterAll(async () => {
    await rm(state, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it("says so when everything is already loaded", () => {
    expect(load("data").stdout).toContain("Loaded 0 source(s) and 0 card(s) into the local D1 (8 already up to date).");
  });

  it("keeps a card that is newer in the database than in data/", async () => {
    await editJson(join(dir, "cards", "protest-arrests-20000.json"), (c) => {
      c.version = 5;
      c.summary = "A newer summary, as if corrected through the write API.";
    });
    expect(load(dir).status).toBe(0);
    const result = load("data"); // the older version 1 again
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Kept 1 card(s) that changed through the write API since (newer version stored): protest-arrests-20000",
    );
    const stored = (await storedCards()).find((c) => c.id === "protest-arrests-20000")!;
    expect(JSON.parse(stored.body).summary).toBe("A newer summary, as if corrected through the write API.");
  });

  it("refuses to replace an archived source's text, or a card's content without a new version", async () => {
    const before = await storedCards();
    await writeFile(
      join(dir, "sources", "iran-amnesty-article.txt"),
      `${await readFile(join(dir, "sources", "iran-amnesty-article.txt"), "utf8")}\nAn added line.`,
    );
    await editJson(
      join(dir, "cards", "death-penalty-100-prisoners.json"),
      (c) => (c.summary = "Changed without a new version."),
    );
    const result = load(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /sources\/iran-amnesty-article\.txt: \(text\): differs from the archived copy already stored/,
    );
    expect(result.stderr).toMatch(
      /cards\/death-penalty-100-prisoners\.json: version: is 1, as stored, but the content differs/,
    );
    expect(await storedCards()).toEqual(before);
  });

  it("refuses a person of data/people.json whose name another id already holds, and loads nothing", async () => {
    const before = await storedCards();
    const fresh = await copyOfData(); // only this problem in it
    await editJson(join(fresh, "people.json"), (people) => {
      const sara = people.find((p: any) => p.id === "sara-karimi");
      sara.id = "sara-k"; // the same person under a new id would be a second Sara
    });
    await editJson(join(fresh, "cards", "pardon-conditions-regret-written-commitment.json"), (c) => {
      c.version = 9;
      c.summary = "A change that must not be loaded either.";
      c.authors = c.authors.map((a: any) => (a.id === "sara-karimi" ? { ...a, id: "sara-k" } : a));
    });
    const result = load(fresh);
    await rm(fresh, { recursive: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /people\.json: \[\d\]\.name: "Sara Karimi" is already person "sara-karimi" in the database: use that id/,
    );
    expect(result.stderr).toContain("Nothing was loaded: fix the 1 problem(s) above first.");
    expect(await storedCards()).toEqual(before);
  });
});
