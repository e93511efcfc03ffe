import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeArticleUrl } from "../../../worker/domain/article-url";

describe("normalizeArticleUrl", () => {
  it.each([
    ["https://news.example/2023/02/iran-amnesty", "https://news.example/2023/02/iran-amnesty"],
    ["HTTPS://NEWS.EXAMPLE/2023/02/iran-amnesty", "https://news.example/2023/02/iran-amnesty"],
    ["https://news.example:443/a", "https://news.example/a"],
    ["http://news.example:80/a", "http://news.example/a"],
    ["https://news.example:8443/a", "https://news.example:8443/a"],
    ["https://news.example/a#comments", "https://news.example/a"],
    ["https://news.example/a/", "https://news.example/a"],
    ["https://news.example/a///", "https://news.example/a"],
    ["https://news.example/", "https://news.example/"],
    ["https://news.example", "https://news.example/"],
    ["https://news.example/a?utm_source=x&utm_medium=y", "https://news.example/a"],
    ["https://news.example/a?UTM_Campaign=x", "https://news.example/a"],
    ["https://news.example/a?fbclid=1&gclid=2&msclkid=3", "https://news.example/a"],
    ["https://news.example/a?b=2&a=1", "https://news.example/a?a=1&b=2"],
    ["https://news.example/a?id=7&utm_source=x", "https://news.example/a?id=7"],
    ["https://news.example/a?a=2&a=1", "https://news.example/a?a=1&a=2"],
    ["https://user:pass@news.example/a", "https://news.example/a"],
    ["  https://news.example/a  ", "https://news.example/a"],
    ["https://news.example/A/B", "https://news.example/A/B"],
    ["https://news.example/a?", "https://news.example/a"],
    ["https://news.example/a/?page=2#top", "https://news.example/a?page=2"],
    ["https://xn--mgbh0fb.example/a", "https://xn--mgbh0fb.example/a"],
    ["javascript:alert(1)", null],
    ["data:text/html,hi", null],
    ["ftp://news.example/a", null],
    ["/relative/path", null],
    ["not a url", null],
    [`https://news.example/${"a".repeat(3000)}`, null],
  ])("%s → %s", (input, expected) => {
    expect(normalizeArticleUrl(input)).toBe(expected);
  });

  it("is idempotent: normalising twice equals normalising once", () => {
    const params = fc.array(
      fc.tuple(fc.constantFrom("a", "b", "utm_source", "fbclid", "id", "Z"), fc.string({ maxLength: 5 })),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), params, (url, extra) => {
        const withParams = new URL(url);
        for (const [k, v] of extra) withParams.searchParams.append(k, v);
        const once = normalizeArticleUrl(withParams.toString());
        if (once === null) return;
        expect(normalizeArticleUrl(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
