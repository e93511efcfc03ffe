import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../data/dev-server";
import { copyOfData, editJson } from "./tmp-data";
import { runTsx } from "./run";

let state: string;

/** Reads what the local D1 in `state` holds, through wrangler's own local D1. */
async function storedCards(): Promise<{ id: string; body: string }[]> {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({ persist: { path: join(state, "v3") }, remoteBindings: false });
  try {
    const { results } = await proxy.env.DB.prepare("SELECT id, body FROM cards ORDER BY id").all<{ id: string; body: string }>();
    return results;
  } finally {
    await proxy.dispose();
  }
}

const load = (dataDir: string) => runTsx(["data/load.ts", "--data", dataDir, "--persist-to", join(state, "v3")]);

describe("the loader (data/load.ts) against a real local D1", () => {
  beforeAll(async () => {
    state = await mkdtemp(join(tmpdir(), "claimcards-d1-"));
    await run("node_modules/.bin/wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], { quiet: true });
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
    await editJson(join(dir, "cards", "amnesty-tens-of-thousands.json"), (c) => (c.attributions[0].quote = "words nobody wrote"));
    const result = load(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("amnesty-tens-of-thousands.json: attributions[0].quote: is not in source");
    expect(result.stderr).toContain("Nothing was loaded");
    expect(await storedCards()).toEqual(before);
    await rm(dir, { recursive: true });
  });
});
