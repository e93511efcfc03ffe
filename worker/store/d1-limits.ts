/**
 * What one D1 statement and one D1 row can hold. Past these D1 refuses the
 * statement ("too many SQL variables", "string or blob too big"), which the
 * API would otherwise answer as a 500: statements whose size grows with the
 * input are cut into pieces below them, and rows are checked before writing.
 */

/** Parameters one statement may bind. */
export const MAX_BOUND_PARAMETERS = 100;

/** Bytes one row (and any one string or BLOB in it) may hold. */
export const MAX_ROW_BYTES = 2_000_000;

/** `items` in consecutive pieces of at most `size`. */
export function inChunks<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** `?, ?, …` for `count` parameters: the marks of an `IN (…)` list. */
export function parameterMarks(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}
