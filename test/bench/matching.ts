/**
 * The claim matcher's precision and recall on the labelled set
 * (test/worker/matching/) across a sweep of thresholds, to choose
 * MATCH_THRESHOLD; `npm run bench` reports the shipped threshold alone.
 *
 *   npx tsx test/bench/matching.ts
 */
import { MATCH_THRESHOLD } from "../../worker/domain/matching/score";
import { evaluateMatcher, formatEvaluation } from "../worker/matching/evaluate";
import { withLabelledSetDb } from "./claim-matching";

const SWEEP = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

await withLabelledSetDb(async (db) => {
  console.log(formatEvaluation(await evaluateMatcher(db, MATCH_THRESHOLD)).join("\n"));
  console.log("\nthreshold  precision  recall  wrong matches  missed repeats");
  for (const threshold of SWEEP) {
    const e = await evaluateMatcher(db, threshold);
    const mark = threshold === MATCH_THRESHOLD ? "  ← MATCH_THRESHOLD" : "";
    console.log(
      `${threshold.toFixed(2).padStart(9)}  ${(e.precision * 100).toFixed(1).padStart(8)}%  ${(e.recall * 100).toFixed(1).padStart(5)}%  ${String(e.falsePositives).padStart(13)}  ${String(e.falseNegatives).padStart(14)}${mark}`,
    );
  }
});
