/**
 * CPU used by other people's processes while we measure. On a shared 2-core
 * machine a test run elsewhere halves every figure; the benchmark waits for
 * quiet before each scenario and reports what it could not avoid.
 *
 * Linux only (reads /proc); elsewhere every figure is null.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on Linux). */
const TICKS = 100;

interface Snapshot {
  at: number;
  /** Machine-wide user + nice + system ticks (/proc/stat), including processes that have since exited. */
  busy: number;
  /** Process group → user + system ticks of its live processes. */
  byGroup: Map<number, number>;
}

function ownGroup(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
  } catch {
    return null;
  }
}

function snapshot(): Snapshot | null {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let busy: number;
  try {
    const [user, nice, system] = readFileSync("/proc/stat", "utf8")
      .split("\n")[0]!
      .trim()
      .split(/\s+/)
      .slice(1, 4)
      .map(Number);
    busy = user! + nice! + system!;
  } catch {
    return null;
  }
  const byGroup = new Map<number, number>();
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // gone
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const group = Number(fields[2]);
    const ticks = Number(fields[11]) + Number(fields[12]);
    byGroup.set(group, (byGroup.get(group) ?? 0) + ticks);
  }
  return { at: performance.now(), busy, byGroup };
}

/**
 * Cores' worth of CPU used between two snapshots by anything but the groups
 * in `mine`: the machine's busy time less ours (so short-lived processes of
 * someone else's test run count too).
 */
function foreignCores(a: Snapshot, b: Snapshot, mine: Set<number>): number {
  let ours = 0;
  for (const group of mine) ours += Math.max(0, (b.byGroup.get(group) ?? 0) - (a.byGroup.get(group) ?? 0));
  return Math.max(0, b.busy - a.busy - ours) / TICKS / ((b.at - a.at) / 1000);
}

export class ForeignCpu {
  private readonly mine = new Set<number>();
  constructor() {
    const own = ownGroup();
    if (own !== null) this.mine.add(own);
  }

  /** Counts a process group (a server we started) as ours. */
  own(group: number): void {
    this.mine.add(group);
  }

  /** Starts measuring; the returned function gives other groups' cores since then. */
  start(): () => number | null {
    const a = snapshot();
    return () => {
      const b = snapshot();
      return a && b ? foreignCores(a, b, this.mine) : null;
    };
  }

  /**
   * Waits (up to `maxWaitMs`) until other processes use less than
   * `threshold` cores over one second. Returns the last reading and how long it waited.
   */
  async waitForQuiet(
    threshold = 0.2,
    maxWaitMs = 60_000,
    sampleMs = 1000,
  ): Promise<{ cores: number | null; waitedMs: number }> {
    const started = performance.now();
    for (;;) {
      const stop = this.start();
      await new Promise((r) => setTimeout(r, sampleMs));
      const cores = stop();
      if (cores === null || cores < threshold || performance.now() - started > maxWaitMs) {
        return { cores, waitedMs: performance.now() - started - sampleMs };
      }
    }
  }
}
