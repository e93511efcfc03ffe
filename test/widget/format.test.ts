import { describe, expect, it } from "vitest";
import { formatDate } from "../../common/format";

describe("formatDate", () => {
  it("writes English dates without Intl exactly as Intl does", () => {
    const intl = new Intl.DateTimeFormat("en", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    for (let day = Date.UTC(1999, 0, 1); day < Date.UTC(2031, 0, 1); day += 86_400_000 * 13) {
      const iso = new Date(day).toISOString();
      expect(formatDate(iso, "en")).toBe(intl.format(new Date(iso)));
      expect(formatDate(iso.slice(0, 10), "en")).toBe(intl.format(new Date(iso)));
    }
  });

  it("still uses Intl for other languages and English variants (the Persian calendar, day-first British dates)", () => {
    expect(formatDate("2023-02-06", "en-GB")).toBe("6 February 2023");
    expect(formatDate("2023-02-06", "fa")).toBe(
      new Intl.DateTimeFormat("fa", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(
        new Date("2023-02-06"),
      ),
    );
    expect(formatDate("not a date", "en")).toBe("");
  });
});
