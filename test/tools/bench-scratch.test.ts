import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { benchScratch } from "../bench/scratch";

const chosen = process.env.BENCH_SCRATCH;
afterEach(() => {
  if (chosen === undefined) delete process.env.BENCH_SCRATCH;
  else process.env.BENCH_SCRATCH = chosen;
});

describe("where the benchmark keeps the local stack's state", () => {
  it("goes where BENCH_SCRATCH says, and the report names the place", async () => {
    const parent = await mkdtemp(join(tmpdir(), "claimcards-scratch-test-"));
    try {
      process.env.BENCH_SCRATCH = parent;
      const scratch = await benchScratch("run-");
      expect(dirname(scratch.dir)).toBe(parent);
      expect((await stat(scratch.dir)).isDirectory()).toBe(true);
      expect(scratch.where).toMatch(new RegExp(`^(in memory \\(tmpfs|on disk \\()${parent}\\)$`));
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it("refuses a BENCH_SCRATCH that names no directory, in words", async () => {
    process.env.BENCH_SCRATCH = "/nonexistent/claimcards";
    await expect(benchScratch("run-")).rejects.toThrow("BENCH_SCRATCH=/nonexistent/claimcards: no such directory");
  });
});
