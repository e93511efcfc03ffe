import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64url, toBase64url, toHex } from "../../../worker/domain/encoding";
import { sha256Hex } from "../../../worker/domain/sha256";

describe("encodings", () => {
  it("hashes text to the published SHA-256 test vector", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(toHex(new Uint8Array([0, 15, 255]))).toBe("000fff");
  });

  it("writes base64url without padding or URL-unsafe characters", () => {
    expect(toBase64url(new Uint8Array([251, 255, 191]))).toBe("-_-_");
    expect(toBase64url(new TextEncoder().encode("a"))).toBe("YQ");
  });

  it("reads back every byte string it writes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect([...fromBase64url(toBase64url(bytes))]).toEqual([...bytes]);
      }),
    );
  });

  it("refuses what is not base64url", () => {
    for (const bad of ["a+b", "a/b", "a b", "YQ=x", "Y"]) expect(() => fromBase64url(bad)).toThrow();
  });
});
