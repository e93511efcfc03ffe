import { describe, expect, it } from "vitest";
import { boundedMemo } from "../../worker/domain/bounded-memo";

/** A memoised length function that counts how often it really ran. */
function counted(maxEntries: number, maxInputLength: number) {
  const calls: string[] = [];
  const length = boundedMemo(
    (input) => {
      calls.push(input);
      return input.length === 0 ? null : input.length;
    },
    maxEntries,
    maxInputLength,
  );
  return { length, calls };
}

describe("boundedMemo (request addresses → cache targets)", () => {
  it("computes each input once, null results included", () => {
    const { length, calls } = counted(10, 100);
    expect([length("abc"), length("abc"), length(""), length("")]).toEqual([3, 3, null, null]);
    expect(calls).toEqual(["abc", ""]);
  });

  it("forgets the oldest input when full, so endless distinct addresses cannot grow it", () => {
    const { length, calls } = counted(2, 100);
    for (const input of ["a", "bb", "ccc", "bb", "a"]) length(input);
    // "a" was evicted by "ccc" and computed again; "bb" was still known.
    expect(calls).toEqual(["a", "bb", "ccc", "a"]);
  });

  it("does not keep inputs longer than its limit", () => {
    const { length, calls } = counted(10, 3);
    length("abcd");
    length("abcd");
    expect(calls).toEqual(["abcd", "abcd"]);
  });
});
