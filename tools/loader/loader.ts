/**
 * The one loader behind `npm run data:load` and `npm run cards -- push`:
 * reads data/, validates and verifies it exactly as `data:check` does, and
 * writes it to D1 in one atomic batch. Nothing is written unless everything
 * is valid, so a bad file leaves the database exactly as it was; work done
 * through the write API since (newer card versions, archived sources) is
 * never overwritten.
 */

import { join } from "node:path";
import { getPlatformProxy } from "wrangler";
import { planPeople, writePeople } from "./people";
import { formatProblem, prepareDataset } from "./prepare-dataset";
import { readDataset } from "./read-dataset";
import { loadPreparedDataset } from "./store";

export interface LoadOptions {
  /** The data folder (with cards/ and sources/). Default: `data`. */
  dataDir?: string;
  /** Write to the deployed D1 (wrangler.toml `[env.remote]`; needs Cloudflare credentials). */
  remote?: boolean;
  /**
   * Miniflare's state folder for the local D1: the `v3` folder inside what
   * `wrangler dev --persist-to` is given. Default: wrangler's own (`.wrangler/state/v3`).
   */
  statePath?: string;
}

export type LoadResult =
  | {
      ok: true;
      people: number;
      sources: number;
      cards: number;
      unchanged: number;
      keptNewer: string[];
      target: "local" | "remote";
    }
  /** `problems` are formatted `data/cards/<file>: <field path>: <what is wrong>` lines. */
  | { ok: false; problems: string[] };

export async function loadDataset({
  dataDir = "data",
  remote = false,
  statePath,
}: LoadOptions = {}): Promise<LoadResult> {
  const prepared = await prepareDataset(await readDataset(dataDir));
  if (!prepared.ok) return { ok: false, problems: prepared.problems.map(formatProblem) };

  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    // The "remote" environment binds the real D1 (wrangler.toml, [env.remote]).
    ...(remote ? { environment: "remote", remoteBindings: true } : { remoteBindings: false }),
    persist: statePath ? { path: statePath } : true,
  });
  const fileOf = (kind: "card" | "source", id: string) =>
    kind === "card" ? join(dataDir, "cards", `${id}.json`) : join(dataDir, "sources", `${id}.txt`);
  let outcome: Awaited<ReturnType<typeof loadPreparedDataset>>;
  let people: Awaited<ReturnType<typeof planPeople>>;
  try {
    // People are planned first and written last: a refused card or source leaves them unwritten too.
    people = await planPeople(proxy.env.DB, prepared.people, join(dataDir, "people.json"));
    if (!people.ok) return { ok: false, problems: people.problems.map(formatProblem) };
    outcome = await loadPreparedDataset(proxy.env.DB, prepared, fileOf);
    if (outcome.ok) await writePeople(proxy.env.DB, people.add, new Date().toISOString());
  } finally {
    await proxy.dispose();
  }
  if (!outcome.ok) return { ok: false, problems: outcome.problems.map(formatProblem) };
  const { plan } = outcome;
  return {
    ok: true,
    people: people.add.length,
    sources: plan.sources.length,
    cards: plan.cards.length,
    unchanged: plan.unchanged,
    keptNewer: plan.keptNewer,
    target: remote ? "remote" : "local",
  };
}

/** What to print for a load: the success line, or the problems and the "nothing was loaded" line. */
export function reportLoad(result: LoadResult): { out: string[]; err: string[] } {
  if (result.ok) {
    const out = [
      `Loaded ${result.people ? `${result.people} person(s), ` : ""}${result.sources} source(s) and ${result.cards} card(s) into the ${result.target} D1` +
        (result.unchanged ? ` (${result.unchanged} already up to date).` : "."),
    ];
    if (result.keptNewer.length) {
      out.push(
        `Kept ${result.keptNewer.length} card(s) that changed through the write API since (newer version stored): ${result.keptNewer.join(", ")}`,
      );
    }
    return { out, err: [] };
  }
  return {
    out: [],
    err: [...result.problems, `\nNothing was loaded: fix the ${result.problems.length} problem(s) above first.`],
  };
}
