import { describe, expect, it } from "vitest";
import { MemoryCache } from "../../worker/http/memory-cache";

const body = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe("MemoryCache (the in-isolate tier)", () => {
  it("forgets an entry after its time to live, so other isolates' copies go stale for seconds at most", () => {
    const cache = new MemoryCache(10, 5000);
    cache.set("a", body("x"), new Headers({ etag: '"1"' }), 1000);
    expect(cache.get("a", 5999)?.headers.get("etag")).toBe('"1"');
    expect(cache.get("a", 6000)).toBeUndefined();
  });

  it("stays bounded: the oldest entry goes first", () => {
    const cache = new MemoryCache(2, 60_000);
    cache.set("a", body("1"), new Headers(), 0);
    cache.set("b", body("2"), new Headers(), 0);
    cache.set("c", body("3"), new Headers(), 0);
    expect([cache.get("a", 1), cache.get("b", 1) !== undefined, cache.get("c", 1) !== undefined]).toEqual([
      undefined,
      true,
      true,
    ]);
  });

  it("drops purged keys", () => {
    const cache = new MemoryCache(2, 60_000);
    cache.set("a", body("1"), new Headers(), 0);
    cache.delete("a");
    expect(cache.get("a", 1)).toBeUndefined();
  });
});
