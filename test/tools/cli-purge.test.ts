/**
 * What the CLI prints after a change readers see, for each reach its purge
 * can have (the `cc-purge` header). The walkthrough and the CLI tests see
 * `this-location` and `everywhere` from a real server; a failed purge is
 * checked here, where a script reading --json must still hear of it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deskStringsFor } from "../../common/desk-strings";
import { reportPurge } from "../../tools/cli/purge";

const said = deskStringsFor("en").purge;

describe("the CLI tells how soon readers see a change", () => {
  let stdout: string[];
  let stderr: string[];
  beforeEach(() => {
    stdout = [];
    stderr = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void stdout.push(line));
    vi.spyOn(console, "error").mockImplementation((line: string) => void stderr.push(line));
  });
  afterEach(() => vi.restoreAllMocks());

  const answered = (reach: string | null) => new Headers(reach ? { "cc-purge": reach } : {});

  it("a failed purge is a warning on stderr, with or without --json", () => {
    reportPurge(answered("failed"), false);
    reportPurge(answered("failed"), true);
    expect(stdout).toEqual([]);
    expect(stderr).toEqual([`warning: ${said.failed}`, `warning: ${said.failed}`]);
    expect(said.failed).toContain("6 minutes");
  });

  it("a purge that worked is a line after the command's own, and nothing with --json", () => {
    reportPurge(answered("everywhere"), false);
    reportPurge(answered("this-location"), false);
    reportPurge(answered("everywhere"), true);
    expect(stdout).toEqual([said.everywhere, said["this-location"]]);
    expect(said.everywhere).toContain("60 seconds");
    expect(stderr).toEqual([]);
  });

  it("says nothing when the answer names no reach, or one it does not know", () => {
    reportPurge(answered(null), false);
    reportPurge(answered("somewhere"), false);
    expect([...stdout, ...stderr]).toEqual([]);
  });
});
