/**
 * The widget in headless Chromium: time and main-thread work from the
 * `claimcards:start` mark (boot) to the `claimcards:cards` mark (first cards
 * rendered), long tasks and layout shift, over fresh browser contexts.
 *
 * Main-thread busy time comes from a Chromium trace: the renderer main
 * thread's top-level tasks (`RunTask`, category devtools.timeline), clipped
 * to the window from the task that runs the script (the one holding the
 * start mark, from its beginning) to the cards mark or the frame that paints
 * the cards; the marks' timestamps come from the same trace (category
 * blink.user_timing). Network waiting is not counted; compiling and running
 * script, parsing, style, layout and paint are.
 */
import type { Browser } from "playwright-core";
import { findChromium, launchChromium } from "../e2e/chromium";
import type { FloorPage } from "./widget-floor";

export interface WidgetLoad {
  /** performance.now() from claimcards:start to claimcards:cards. */
  startToCardsMs: number;
  /** Sum of main-thread task time from the start of the task that runs the script (its compile and top-level code count) to the cards mark (trace). */
  mainThreadMs: number | null;
  /** The same, to the end of the first frame painted after the cards mark (trace). */
  mainThreadToPaintMs: number | null;
  /** Longest main-thread task overlapping that window (trace). */
  longestTaskInWindowMs: number | null;
  /** Longest main-thread task from navigation until 1 s after the cards (trace). */
  longestTaskMs: number | null;
  /** Long tasks (≥ 50 ms) the page's PerformanceObserver saw, same period. */
  longTasks: number;
  /** Sum of layout-shift values without recent input, same period. */
  cls: number;
  cards: number;
  /** Elements in the shadow root's .cc-root, less what the highlighting add-on adds after the cards. */
  elements: number;
  selfByName: Record<string, number>;
  /** Each layout shift: value, when (relative to the cards mark), which nodes moved. */
  shifts: string[];
  longByPhase: TraceFigures["longByPhase"] | null;
}

export interface WidgetSummary {
  loads: number;
  medianStartToCardsMs: number;
  medianMainThreadMs: number | null;
  maxMainThreadMs: number | null;
  medianMainThreadToPaintMs: number | null;
  medianElements: number;
  longestTaskMs: number | null;
  longTasks: number;
  maxCls: number;
  medianCards: number;
  /** Where the main-thread time in the window went: median self time by trace event, largest first. */
  breakdown: [name: string, ms: number][];
  /** Distinct layout shifts seen, with how many loads had each. */
  shifts: string[];
  /** Trace tasks ≥ 50 ms over all loads, by phase. */
  longByPhase: TraceFigures["longByPhase"];
}

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
  "toplevel",
  "__metadata",
];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** Observers installed before any page script: every long task and layout shift, buffered. */
function observePage(): void {
  const w = window as unknown as {
    __bench: { longTasks: number[]; shifts: { value: number; at: number; nodes: string[] }[] };
  };
  w.__bench = { longTasks: [], shifts: [] };
  // Tells the benchmark the cards are on screen without it evaluating anything in the page: Playwright's
  // first evaluation injects its own script (~7 ms of main thread), which would land inside the window.
  try {
    new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.name === "claimcards:cards"))
        requestAnimationFrame(() => setTimeout(() => console.debug("claimcards-bench:cards")));
    }).observe({ type: "mark", buffered: true });
  } catch {
    // not supported
  }
  // Tells the benchmark the page has painted once and finished that frame, so it can hand over
  // widget.js (see loadOnce).
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntries().length) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => console.debug("claimcards-bench:painted")));
      }
    }).observe({ type: "paint", buffered: true });
  } catch {
    // not supported
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__bench.longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // not supported
  }
  try {
    new PerformanceObserver((list) => {
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
      const describe = (node: Node | null | undefined): string => {
        if (!node) return "?";
        if (!(node instanceof Element)) return node.nodeName.toLowerCase();
        const host = node.getRootNode() instanceof ShadowRoot ? "(shadow) " : "";
        return `${host}${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}${node.classList.length ? `.${[...node.classList].join(".")}` : ""}`;
      };
      for (const entry of list.getEntries() as Shift[]) {
        if (!entry.hadRecentInput) {
          w.__bench.shifts.push({
            value: entry.value,
            at: entry.startTime,
            nodes: (entry.sources ?? []).map((s) => describe(s.node)),
          });
        }
      }
    }).observe({ type: "layout-shift", buffered: true });
  } catch {
    // not supported
  }
}

export interface TraceFigures {
  mainThreadMs: number;
  /** As mainThreadMs, the window extended to the end of the first task after the cards mark that paints. */
  toPaintMs: number | null;
  longestInWindow: number;
  longest: number;
  /** Self time (ms) by trace event name, main thread, events starting inside the window. */
  selfByName: Record<string, number>;
  /** Main-thread tasks ≥ 50 ms until cards + 1 s, by where they start: before the start mark, inside the window, after the cards. */
  longByPhase: { before: number; window: number; after: number };
}

export function analyseTrace(json: string): TraceFigures | null {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const start = events.find((e) => e.name === "claimcards:start" && e.cat.includes("blink.user_timing"));
  const cards = events.find((e) => e.name === "claimcards:cards" && e.cat.includes("blink.user_timing"));
  if (!start || !cards) return null;
  // The marks are emitted on the renderer's main thread.
  const main = events
    .filter((e) => e.ph === "X" && e.dur !== undefined && e.pid === start.pid && e.tid === start.tid)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = main.filter((e) => e.name === "RunTask");
  // The frame that puts the cards on screen: the first task from the cards mark on with a Paint inside.
  const paints = main.filter((e) => e.name === "Paint" && e.ts >= cards.ts);
  const painted = tasks.find(
    (t) => t.ts + t.dur! >= cards.ts && paints.some((p) => p.ts >= t.ts && p.ts < t.ts + t.dur!),
  );
  const paintedAt = painted ? painted.ts + painted.dur! : null;
  // The window opens with the task that runs the script, not at its start mark: compiling the
  // script and running its top-level code before the mark are main-thread work it adds to the page.
  const opened = tasks.find((t) => t.ts <= start.ts && t.ts + t.dur! >= start.ts)?.ts ?? start.ts;
  let busyToPaint = 0;
  let busy = 0;
  let longestInWindow = 0;
  let longest = 0;
  const until = cards.ts + 1_000_000;
  const longByPhase = { before: 0, window: 0, after: 0 };
  for (const task of tasks) {
    if (task.dur! >= 50_000 && task.ts <= until) {
      const end = task.ts + task.dur!;
      if (end <= start.ts) longByPhase.before++;
      else if (task.ts >= cards.ts) longByPhase.after++;
      else longByPhase.window++;
    }
    const end = task.ts + task.dur!;
    const overlap = Math.min(end, cards.ts) - Math.max(task.ts, opened);
    if (paintedAt !== null) busyToPaint += Math.max(0, Math.min(end, paintedAt) - Math.max(task.ts, opened));
    if (overlap > 0) {
      busy += overlap;
      longestInWindow = Math.max(longestInWindow, task.dur!);
    }
    if (task.ts <= until) longest = Math.max(longest, task.dur!);
  }
  // Self time: each event's duration less its direct children's, found by nesting.
  const selfByName: Record<string, number> = {};
  const stack: { event: TraceEvent; self: number }[] = [];
  const close = (entry: { event: TraceEvent; self: number }) => {
    if (entry.event.ts >= opened && entry.event.ts < cards.ts)
      selfByName[entry.event.name] = (selfByName[entry.event.name] ?? 0) + entry.self / 1000;
  };
  for (const event of main) {
    while (stack.length && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= event.ts) close(stack.pop()!);
    const parent = stack.at(-1);
    if (parent) parent.self -= event.dur!;
    stack.push({ event, self: event.dur! });
  }
  while (stack.length) close(stack.pop()!);
  return {
    mainThreadMs: busy / 1000,
    toPaintMs: paintedAt === null ? null : busyToPaint / 1000,
    longestInWindow: longestInWindow / 1000,
    longest: longest / 1000,
    selfByName,
    longByPhase,
  };
}

async function loadOnce(browser: Browser, url: string, floor?: FloorPage): Promise<WidgetLoad> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(observePage);
    const page = await context.newPage();
    // widget.js reaches a real page from the network after the page's first paint, but locally it
    // can arrive before it, and then the page's own first layout falls inside the widget's window.
    // So both sides' scripts are handed over once the page has painted and the next frame has run:
    // each window holds only its own work. The floor is the page as it is, its widget.js answered
    // with the static insertion.
    const painted = page.waitForEvent("console", {
      predicate: (message) => message.text() === "claimcards-bench:painted",
      timeout: 15_000,
    });
    painted.catch(() => undefined);
    await context.route("**/widget.js", async (route) => {
      const response = floor ? undefined : await route.fetch();
      await painted.catch(() => undefined);
      await (floor
        ? route.fulfill({ contentType: "text/javascript; charset=utf-8", body: floor.script })
        : route.fulfill({ response }));
    });
    await browser.startTracing(page, { categories: CATEGORIES });
    let traced = false;
    try {
      const cardsShown = page.waitForEvent("console", {
        predicate: (message) => message.text() === "claimcards-bench:cards",
        timeout: 15_000,
      });
      await page.goto(url, { waitUntil: "load" });
      await cardsShown;
      // A second after the cards: whatever the widget does next (the highlighting add-on) counts for long tasks and shifts.
      // The floor does nothing after its insertion, and only its window is read: waiting would only lengthen the run.
      if (!floor) await page.waitForTimeout(1000);
      await page.evaluate(
        () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
      );
      const marks = await page.evaluate(() => {
        const w = window as unknown as {
          __bench: { longTasks: number[]; shifts: { value: number; at: number; nodes: string[] }[] };
        };
        const start = performance.getEntriesByName("claimcards:start")[0]!.startTime;
        const cards = performance.getEntriesByName("claimcards:cards")[0]!.startTime;
        const root = document.querySelector("claimcards-widget")?.shadowRoot;
        return {
          start,
          cards,
          longTasks: w.__bench.longTasks.filter((d) => d >= 50).length,
          cls: w.__bench.shifts.reduce((sum, s) => sum + s.value, 0),
          shifts: w.__bench.shifts.map(
            (s) =>
              `${s.value.toFixed(5)} at ${(s.at - cards >= 0 ? "cards+" : "cards") + Math.round(s.at - cards)} ms: ${s.nodes.join(", ")}`,
          ),
          count: root ? root.querySelectorAll("article.card").length : 0,
          elements: root ? root.querySelectorAll(".cc-root, .cc-root *:not(.show, .not-found)").length : 0,
        };
      });
      const trace = analyseTrace((await browser.stopTracing()).toString("utf8"));
      traced = true;
      return {
        startToCardsMs: marks.cards - marks.start,
        mainThreadMs: trace?.mainThreadMs ?? null,
        mainThreadToPaintMs: trace?.toPaintMs ?? null,
        longestTaskInWindowMs: trace?.longestInWindow ?? null,
        longestTaskMs: trace?.longest ?? null,
        longTasks: marks.longTasks,
        cls: marks.cls,
        cards: marks.count,
        elements: marks.elements,
        selfByName: trace?.selfByName ?? {},
        shifts: marks.shifts,
        longByPhase: trace?.longByPhase ?? null,
      };
    } finally {
      if (!traced) await browser.stopTracing().catch(() => undefined);
    }
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function distinctShifts(loads: WidgetLoad[]): string[] {
  const counts = new Map<string, number>();
  for (const load of loads)
    for (const shift of new Set(load.shifts.map((s) => s.replace(/ at cards[-+]?\d+ ms/, ""))))
      counts.set(shift, (counts.get(shift) ?? 0) + 1);
  return [...counts].map(([shift, n]) => `${shift} (${n}/${loads.length} loads)`);
}

function breakdown(loads: WidgetLoad[]): [string, number][] {
  const names = new Set(loads.flatMap((l) => Object.keys(l.selfByName)));
  return [...names]
    .map((name) => [name, median(loads.map((l) => l.selfByName[name] ?? 0))] as [string, number])
    .filter(([, ms]) => ms >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
}

function summarise(loads: WidgetLoad[]): WidgetSummary {
  const traced = loads.filter((l) => l.mainThreadMs !== null && l.longByPhase !== null);
  const toPaint = traced.filter((l) => l.mainThreadToPaintMs !== null);
  return {
    loads: loads.length,
    medianStartToCardsMs: median(loads.map((l) => l.startToCardsMs)),
    medianMainThreadMs: traced.length ? median(traced.map((l) => l.mainThreadMs!)) : null,
    maxMainThreadMs: traced.length ? Math.max(...traced.map((l) => l.mainThreadMs!)) : null,
    medianMainThreadToPaintMs: toPaint.length ? median(toPaint.map((l) => l.mainThreadToPaintMs!)) : null,
    medianElements: median(loads.map((l) => l.elements)),
    longestTaskMs: traced.length ? Math.max(...traced.map((l) => l.longestTaskMs!)) : null,
    longTasks: loads.reduce((n, l) => n + l.longTasks, 0),
    maxCls: Math.max(...loads.map((l) => l.cls)),
    medianCards: median(loads.map((l) => l.cards)),
    breakdown: breakdown(traced),
    shifts: distinctShifts(loads),
    longByPhase: traced.reduce(
      (sum, l) => ({
        before: sum.before + l.longByPhase!.before,
        window: sum.window + l.longByPhase!.window,
        after: sum.after + l.longByPhase!.after,
      }),
      { before: 0, window: 0, after: 0 },
    ),
  };
}

/**
 * Loads `url` `times` times, each in a fresh context, after one discarded
 * load; with a floor, as many loads of the same page with the floor in
 * place of widget.js, alternating with the widget's so drift hits both alike.
 */
export async function measureWidget(
  url: string,
  times = 20,
  floor?: FloorPage,
): Promise<{ summary: WidgetSummary; floor: WidgetSummary | null; loads: WidgetLoad[]; browserVersion: string }> {
  const browser = await launchChromium();
  try {
    await loadOnce(browser, url); // warms the Worker's edge cache and Chromium's own start-up
    if (floor) await loadOnce(browser, url, floor);
    const loads: WidgetLoad[] = [];
    const floorLoads: WidgetLoad[] = [];
    for (let i = 0; i < times; i++) {
      loads.push(await loadOnce(browser, url));
      if (floor) floorLoads.push(await loadOnce(browser, url, floor));
    }
    return {
      loads,
      // Which build ran matters: the npm headless shell and a distribution's Chromium differ.
      browserVersion: `${browser.version()}, ${(await findChromium()).source}`,
      summary: summarise(loads),
      floor: floor ? summarise(floorLoads) : null,
    };
  } finally {
    await browser.close();
  }
}

/** Widget ÷ floor, main-thread time from the task that runs each script to the cards painted (the budget's ratio). */
export function floorRatio(widget: WidgetSummary, floor: WidgetSummary): number | null {
  const w = widget.medianMainThreadToPaintMs;
  const f = floor.medianMainThreadToPaintMs;
  return w === null || f === null || f === 0 ? null : w / f;
}
