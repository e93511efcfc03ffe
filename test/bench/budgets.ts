/**
 * The performance budgets of docs/budgets.md, for scripts to compare
 * against. docs/budgets.md is the text people read; keep the two in step.
 */

export interface Budget {
  /** As docs/budgets.md words it. */
  name: string;
  unit: "bytes gzip" | "×" | "ms" | "CLS" | "long tasks" | "precision" | "recall";
  /** "max": the figure must be ≤ limit; "min": ≥ limit. */
  kind: "max" | "min";
  limit: number;
  /** The figure aimed for, tighter than the limit, where docs/budgets.md gives one. */
  aim?: number;
}

const KB = 1024;

export const BUDGETS = {
  widgetGzip: {
    name: "widget.js, everything needed to render cards",
    unit: "bytes gzip",
    kind: "max",
    limit: 9 * KB,
    aim: 8 * KB,
  },
  widgetMainThreadVsStatic: {
    name: "widget main-thread time to first cards ÷ the same markup inserted as static HTML (same run)",
    unit: "×",
    kind: "max",
    limit: 1.5,
    aim: 1.2,
  },
  widgetLongTasksBeforeCards: { name: "long tasks before the cards", unit: "long tasks", kind: "max", limit: 0 },
  compactLayoutShift: {
    name: 'layout shift, data-layout="compact" in the article flow',
    unit: "CLS",
    kind: "max",
    limit: 0,
  },
  deskGzip: { name: "desk bundle", unit: "bytes gzip", kind: "max", limit: 60 * KB },
  workerGzip: {
    name: "worker bundle (wrangler deploy --dry-run --minify)",
    unit: "bytes gzip",
    kind: "max",
    limit: 60 * KB,
    aim: 40 * KB,
  },
  cachedCardsVsConstant: {
    name: "GET /v1/cards?url= cached, vs a constant-JSON worker in the same run",
    unit: "×",
    kind: "min",
    limit: 0.85,
  },
  uncachedVsHealthz: {
    name: "GET /v1/cards?url= and /v1/cards/:id uncached, vs /healthz (one SELECT 1)",
    unit: "×",
    kind: "min",
    limit: 0.8,
  },
  lookup100kVs1k: { name: "lookup latency at 100k cards vs at 1k cards", unit: "×", kind: "max", limit: 1.3 },
  searchP50At100k: { name: "search at 100k cards, single connection, p50", unit: "ms", kind: "max", limit: 10 },
  searchP99At100k: { name: "search at 100k cards, single connection, p99", unit: "ms", kind: "max", limit: 20 },
  search100kVs1k: {
    name: "search latency at 100k cards vs at 1k cards, single connection",
    unit: "×",
    kind: "max",
    limit: 2,
  },
  searchMaxAt100k: { name: "search at 100k cards, single connection, any query", unit: "ms", kind: "max", limit: 50 },
  claimMatchMs: { name: "claim matching, one 1,000-word article at 100k cards", unit: "ms", kind: "max", limit: 50 },
  claimMatchPrecision: {
    name: "claim matching precision on the labelled set (at recall ≥ 0.7)",
    unit: "precision",
    kind: "min",
    limit: 0.9,
  },
  claimMatchRecall: { name: "claim matching recall on the labelled set", unit: "recall", kind: "min", limit: 0.7 },
} as const satisfies Record<string, Budget>;

export type BudgetKey = keyof typeof BUDGETS;

/** Whether a measured figure keeps to its budget. */
export function withinBudget(budget: Budget, value: number): boolean {
  return budget.kind === "max" ? value <= budget.limit : value >= budget.limit;
}

/**
 * `value` with two decimals, or more when two would read as on the other
 * side of the budget's limit (0.7988 against ≥ 0.8 reads "0.799", not a
 * "0.80" marked missed).
 */
export function shownAgainst(budget: Budget, value: number): string {
  let digits = 2;
  while (digits < 4 && withinBudget(budget, Number(value.toFixed(digits))) !== withinBudget(budget, value)) digits++;
  return value.toFixed(digits);
}

/** "≤ 9.00 KB gzip (aim 8.00 KB)", "≥ 0.85×", "≤ 20 ms". */
export function describeBudget(budget: Budget): string {
  const sign = budget.kind === "max" ? "≤" : "≥";
  const show = (n: number) =>
    budget.unit === "bytes gzip"
      ? `${(n / KB).toFixed(2)} KB`
      : budget.unit === "×"
        ? `${n}×`
        : budget.unit === "ms"
          ? `${n} ms`
          : `${n}`;
  const suffix = budget.unit === "bytes gzip" ? " gzip" : "";
  return `${sign} ${show(budget.limit)}${suffix}${budget.aim === undefined ? "" : ` (aim ${show(budget.aim)})`}`;
}
