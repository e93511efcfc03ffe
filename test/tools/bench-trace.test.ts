import { describe, expect, it } from "vitest";
import { analyseTrace } from "../bench/widget";

/** A Chromium trace of one load, main thread only (pid 1, tid 1); times in ms. */
function trace(events: { name: string; at: number; dur?: number; cat?: string }[]): string {
  return JSON.stringify({
    traceEvents: events.map(({ name, at, dur, cat }) => ({
      name,
      cat: cat ?? "devtools.timeline",
      ph: dur === undefined ? "R" : "X",
      ts: at * 1000,
      ...(dur === undefined ? {} : { dur: dur * 1000 }),
      pid: 1,
      tid: 1,
    })),
  });
}

const mark = (name: string, at: number) => ({ name, at, cat: "blink.user_timing" });

describe("the widget benchmark's main-thread window", () => {
  it("counts the task that runs the script from its beginning: compiling it and code before the start mark are the script's work", () => {
    const figures = analyseTrace(
      trace([
        { name: "RunTask", at: 0, dur: 1 }, // the page's own, before the script
        { name: "RunTask", at: 10, dur: 5 }, // runs the script: 3 ms of compile and top-level code, then the start mark
        mark("claimcards:start", 13),
        { name: "RunTask", at: 20, dur: 2 }, // the answer arrives
        mark("claimcards:cards", 21),
        { name: "RunTask", at: 30, dur: 4 }, // the frame that paints the cards
        { name: "Paint", at: 33, dur: 1 },
      ]),
    );
    expect(figures?.mainThreadMs).toBeCloseTo(5 + 1);
    expect(figures?.toPaintMs).toBeCloseTo(5 + 2 + 4);
  });
});
