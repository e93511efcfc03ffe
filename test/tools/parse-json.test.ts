import { describe, expect, it } from "vitest";
import { jsonErrorPlace, parseJson } from "../../tools/parse-json";

describe("parseJson", () => {
  it("returns the value of valid JSON", () => {
    expect(parseJson('{"a": [1, "b"]}')).toEqual({ ok: true, value: { a: [1, "b"] } });
  });

  it("says on which line and column hand-edited JSON breaks", () => {
    const json = parseJson('{\n  "id": "x",\n  oops\n}');
    expect(json.ok).toBe(false);
    expect(jsonErrorPlace(json as { line?: number; column?: number })).toBe("line 3, column 3");
  });
});
