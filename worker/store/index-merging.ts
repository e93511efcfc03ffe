import type { Db } from "./db";

/**
 * Pages of the claims index one merge step writes at most: ~20 ms of D1
 * time on the benchmark machine, so a request queued behind a step waits
 * about as long as behind a search.
 */
const PAGES_PER_STEP = 500;

/**
 * Merge steps one scheduled run takes at most: enough to merge a freshly
 * loaded 100,000-card claims index (~6,000 pages in 12 segments) whole in
 * one run, which took 22 steps (~0.5 s of D1 time).
 */
export const MERGE_STEPS_PER_RUN = 40;

/**
 * Merges the claims index's segments; returns whether it is merged (false:
 * the run stopped at its step limit, and the next run goes on).
 *
 * FTS5 writes each transaction's entries to a segment of their own and
 * merges them only lazily, so a live index holds a dozen segments, and
 * every lookup reads each of them. Claim matching makes dozens of prefix
 * lookups per sentence: at 100,000 cards, a 1,000-word article spent twice
 * as long in an unmerged claims index as in a merged one (README,
 * Performance). Search looks up a few words per query and measured the
 * same either way, so its index is left to FTS5.
 *
 * With `usermerge` 2 (migration 0009) a step merges any level that holds
 * two segments: new small segments among themselves, and the large one
 * only once as much has been written again, so the work per card stays
 * logarithmic, like FTS5's own merging. A step that changes nothing but
 * its own row means the index is merged.
 */
export async function mergeClaimsIndex(db: Db, maxSteps = MERGE_STEPS_PER_RUN): Promise<boolean> {
  for (let step = 0; step < maxSteps; step++) {
    const { meta } = await db
      .prepare(`INSERT INTO claims_fts (claims_fts, rank) VALUES ('merge', ?1)`)
      .bind(PAGES_PER_STEP)
      .run();
    if (meta.changes <= 1) return true;
  }
  return false;
}
