import { describe, expect, it } from "vitest";
import { BUDGETS, shownAgainst, withinBudget } from "../bench/budgets";

describe("a benchmark figure as the report shows it next to its budget", () => {
  it("reads with two decimals when they say the same as the figure", () => {
    expect(shownAgainst(BUDGETS.uncachedVsHealthz, 0.8123)).toBe("0.81");
    expect(shownAgainst(BUDGETS.uncachedVsHealthz, 0.7412)).toBe("0.74");
  });

  it("never reads as meeting a budget it missed, or missing one it met", () => {
    // 135 vs 169 req/s: 0.7988, which two decimals would show as 0.80 beside "MISSED".
    const missed = 135 / 169;
    expect(withinBudget(BUDGETS.uncachedVsHealthz, missed)).toBe(false);
    expect(shownAgainst(BUDGETS.uncachedVsHealthz, missed)).toBe("0.799");
    expect(shownAgainst(BUDGETS.widgetMainThreadVsStatic, 1.5004)).toBe("1.5004");
    expect(shownAgainst(BUDGETS.widgetMainThreadVsStatic, 1.4996)).toBe("1.50");
  });
});
