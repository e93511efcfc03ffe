/**
 * The claim matcher's precision and recall on the labelled set
 * (test/worker/matching/), outside the test runner: a scratch local D1 with
 * the real migrations, the seed data/ and the synthetic cards loaded through
 * the loader, then the same evaluation the worker test asserts, at the
 * matcher's threshold and across a sweep of thresholds.
 *
 *   npx tsx test/bench/matching.ts
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";
import { prepareDataset } from "../../tools/loader/prepare-dataset";
import { readDataset } from "../../tools/loader/read-dataset";
import { loadPreparedDataset } from "../../tools/loader/store";
import { MATCH_THRESHOLD } from "../../worker/domain/matching/score";
import { evaluateMatcher, formatEvaluation } from "../worker/matching/evaluate";
import { loadSyntheticCards } from "../worker/matching/synthetic-cards";
import { migrate } from "./dataset";

const SWEEP = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

const dir = await mkdtemp(join(tmpdir(), "claimcards-matching-"));
try {
  await migrate(dir);
  const proxy = await getPlatformProxy<{ DB: D1Database }>({ persist: { path: `${dir}/v3` }, remoteBindings: false });
  try {
    const db = proxy.env.DB;
    const prepared = await prepareDataset(await readDataset());
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
    const loaded = await loadPreparedDataset(db, prepared, (kind, id) => `${kind}:${id}`);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    await loadSyntheticCards(db);

    console.log(formatEvaluation(await evaluateMatcher(db, MATCH_THRESHOLD)).join("\n"));
    console.log("\nthreshold  precision  recall  wrong matches  missed repeats");
    for (const threshold of SWEEP) {
      const e = await evaluateMatcher(db, threshold);
      const mark = threshold === MATCH_THRESHOLD ? "  ← MATCH_THRESHOLD" : "";
      console.log(
        `${threshold.toFixed(2).padStart(9)}  ${(e.precision * 100).toFixed(1).padStart(8)}%  ${(e.recall * 100).toFixed(1).padStart(5)}%  ${String(e.falsePositives).padStart(13)}  ${String(e.falseNegatives).padStart(14)}${mark}`,
      );
    }
  } finally {
    await proxy.dispose();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
