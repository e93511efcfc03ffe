/**
 * `npm run bench:widget`: only the widget part of the benchmark — the demo
 * page in headless Chromium against a local `wrangler dev` with data/ loaded,
 * next to its floor (the same cards as static HTML, test/bench/widget-floor.ts).
 * Prints the figures; writes nothing. BENCH_WIDGET_LOADS sets the loads per side (default 20).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, prepareLocal, startDevServer } from "../../tools/dev-server";
import { BUDGETS, describeBudget, shownAgainst, withinBudget } from "./budgets";
import { floorRatio, measureWidget, type WidgetSummary } from "./widget";
import { floorFor } from "./widget-floor";

const LOADS = Number(process.env.BENCH_WIDGET_LOADS ?? 20);
const DEMO_PATH = "/demo/iran-amnesty";
const ms = (n: number | null) => (n === null ? "n/a" : n.toFixed(1));

const state = await mkdtemp(join(tmpdir(), "claimcards-bench-widget-"));
try {
  await prepareLocal({ persistTo: state, quiet: true });
  const server = await startDevServer({ port: await freePort(), persistTo: state, quiet: true });
  try {
    const url = `${server.url}${DEMO_PATH}`;
    const floor = await floorFor(url, "en");
    const { summary, floor: floorSummary, browserVersion } = await measureWidget(url, LOADS, floor);
    const f = floorSummary!;
    console.log(`Chromium ${browserVersion}; ${DEMO_PATH}, ${LOADS} loads each, alternating\n`);
    const line = (name: string, s: WidgetSummary) =>
      console.log(
        `${name.padEnd(8)} main thread start→cards ${ms(s.medianMainThreadMs).padStart(6)} ms, →cards painted ${ms(s.medianMainThreadToPaintMs).padStart(6)} ms (median), start→cards ${ms(s.medianStartToCardsMs).padStart(6)} ms wall, ${s.medianCards} cards, ${s.medianElements} elements, long tasks before cards ${s.longByPhase.before + s.longByPhase.window}`,
      );
    line("widget", summary);
    line("floor", f);
    const ratio = floorRatio(summary, f);
    const budget = BUDGETS.widgetMainThreadVsStatic;
    console.log(
      `\nratio (to cards painted) ${ratio === null ? "n/a" : shownAgainst(budget, ratio)}× — ${describeBudget(budget)}: ${ratio !== null && withinBudget(budget, ratio) ? "met" : "MISSED"}`,
    );
    console.log(
      `ratio (to the cards mark) ${((summary.medianMainThreadMs ?? NaN) / (f.medianMainThreadMs ?? NaN)).toFixed(2)}×`,
    );
    console.log(`widget: where it went: ${summary.breakdown.map(([name, t]) => `${name} ${t.toFixed(1)}`).join(", ")}`);
    console.log(`floor: where it went: ${f.breakdown.map(([name, t]) => `${name} ${t.toFixed(1)}`).join(", ")}`);
  } finally {
    await server.stop();
  }
} finally {
  await rm(state, { recursive: true, force: true });
}
