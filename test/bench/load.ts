/**
 * HTTP load with autocannon: fixed concurrency, a warm-up, then a fixed
 * duration. Latencies are recorded per response with sub-millisecond
 * precision (autocannon's own histogram rounds to whole milliseconds).
 */
import autocannon from "autocannon";

export interface LoadOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Requests per second across all connections (a fixed-rate run); as fast as answers come back when absent. */
  rate?: number;
}

/**
 * Throughput under load: ten clients, each sending its next request as soon
 * as the last is answered; 1.8 s measured keeps the whole benchmark under
 * 10 minutes on a slow day.
 */
export const LOAD: LoadOptions = { connections: 10, seconds: 1.8, warmupSeconds: 0.3 };
/** Service time: one client, one request at a time, so no request waits behind another. */
export const SINGLE: LoadOptions = { connections: 1, seconds: 1.5, warmupSeconds: 0.3 };

export interface ScenarioResult {
  name: string;
  /** Responses with the expected status (2xx unless told) per second over the measured window. */
  rps: number;
  p50: number;
  p99: number;
  /** Slowest response. */
  max: number;
  requests: number;
  /** Responses with another status than expected. */
  non2xx: number;
  errors: number;
  /** Responses served from a cache: `cc-cache: memory` (the Worker's in-isolate tier) or `cc-cache: hit` (the Workers Cache API). */
  cacheHits: number;
  memoryHits: number;
  /** Distinct request paths sent in the measured window. */
  distinctPaths: number;
  meanBytes: number;
  /** Cores' worth of CPU other people's processes used meanwhile (set by the caller), null if unknown. */
  foreignCores?: number | null;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function once(
  origin: string,
  nextPath: () => string,
  seconds: number,
  connections: number,
  rate: number | undefined,
  expected: (status: number) => boolean,
): Promise<{
  latencies: number[];
  ok: number;
  non2xx: number;
  errors: number;
  hits: number;
  memoryHits: number;
  paths: Set<string>;
  bytes: number;
  wallMs: number;
}> {
  const latencies: number[] = [];
  const paths = new Set<string>();
  let ok = 0;
  let non2xx = 0;
  let hits = 0;
  let memoryHits = 0;
  let bytes = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        ...(rate ? { overallRate: rate } : {}),
        requests: [
          {
            method: "GET",
            setupRequest: (request) => {
              const path = nextPath();
              paths.add(path);
              return { ...request, path };
            },
            onResponse: (_status, _body, _context, headers) => {
              for (const key in headers) {
                if (key.toLowerCase() !== "cc-cache") continue;
                if (headers[key] === "hit") hits++;
                else if (headers[key] === "memory") memoryHits++;
              }
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
      if (expected(statusCode)) {
        ok++;
        bytes += resBytes;
        latencies.push(responseTime);
      } else {
        non2xx++;
      }
    });
  });
  const wallMs = performance.now() - started;
  return { latencies, ok, non2xx, errors: result.errors + result.timeouts, hits, memoryHits, paths, bytes, wallMs };
}

const is2xx = (status: number) => status >= 200 && status < 300;

/**
 * A warm-up run (discarded), then the measured run; `nextPath` continues
 * across both. Only responses with an `expected` status (2xx unless told)
 * count for throughput and latency; others are reported as non2xx.
 */
export async function runScenario(
  name: string,
  origin: string,
  nextPath: () => string,
  options: LoadOptions = LOAD,
  expected: (status: number) => boolean = is2xx,
): Promise<ScenarioResult> {
  if (options.warmupSeconds > 0)
    await once(origin, nextPath, options.warmupSeconds, options.connections, options.rate, expected);
  const run = await once(origin, nextPath, options.seconds, options.connections, options.rate, expected);
  const sorted = run.latencies.sort((a, b) => a - b);
  return {
    name,
    rps: run.ok / (run.wallMs / 1000),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    requests: run.ok + run.non2xx,
    non2xx: run.non2xx,
    errors: run.errors,
    cacheHits: run.hits + run.memoryHits,
    memoryHits: run.memoryHits,
    distinctPaths: run.paths.size,
    meanBytes: run.ok ? run.bytes / run.ok : 0,
  };
}

/**
 * The runs of a cache-miss scenario that missed throughout. A run that met a
 * cached copy measured something else: its keys came round again while a
 * copy still lived, which the smallest dataset's few keys allow on a fast
 * machine. Every run, when none missed throughout: their cache hits then
 * show in the report's table, and the run's log says so.
 */
export function runsThatMissed(runs: ScenarioResult[]): ScenarioResult[] {
  const missed = runs.filter((run) => run.cacheHits === 0);
  return missed.length ? missed : runs;
}

/** Cycles through `items` in order, forever. */
export function cycle<T>(items: readonly T[]): () => T {
  if (!items.length) throw new Error("nothing to cycle through");
  let i = 0;
  return () => items[i++ % items.length]!;
}

/** The median of each figure over repeated runs of one scenario, and how far the runs spread. */
export interface Repeated {
  runs: ScenarioResult[];
  /** Median rps, p50, p99 and max of the runs (counts summed); what tables and budgets use. */
  median: ScenarioResult;
  spread: Record<"rps" | "p50" | "p99" | "max", [min: number, max: number]>;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2
    ? sorted[sorted.length >> 1]!
    : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
};

export function repeated(runs: ScenarioResult[]): Repeated {
  if (!runs.length) throw new Error("no runs to summarise");
  const figure = (key: "rps" | "p50" | "p99" | "max") => runs.map((run) => run[key]);
  const range = (key: "rps" | "p50" | "p99" | "max"): [number, number] => [
    Math.min(...figure(key)),
    Math.max(...figure(key)),
  ];
  const sum = (key: "requests" | "non2xx" | "errors" | "cacheHits" | "memoryHits") =>
    runs.reduce((a, run) => a + run[key], 0);
  const foreign = runs.map((run) => run.foreignCores).filter((cores): cores is number => typeof cores === "number");
  return {
    runs,
    median: {
      ...runs[0]!,
      rps: median(figure("rps")),
      p50: median(figure("p50")),
      p99: median(figure("p99")),
      max: median(figure("max")),
      requests: sum("requests"),
      non2xx: sum("non2xx"),
      errors: sum("errors"),
      cacheHits: sum("cacheHits"),
      memoryHits: sum("memoryHits"),
      foreignCores: foreign.length ? Math.max(...foreign) : null,
    },
    spread: { rps: range("rps"), p50: range("p50"), p99: range("p99"), max: range("max") },
  };
}
