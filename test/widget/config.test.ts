import { describe, expect, it } from "vitest";
import { formatDate } from "../../common/format";
import { dirFor } from "../../common/languages";
import { verdictLabel } from "../../common/verdicts";
import { defaultArticleUrl, readOptions } from "../../widget/config";

function page(head: string, lang = "") {
  document.head.innerHTML = head;
  document.documentElement.lang = lang;
}

describe("readOptions", () => {
  it("takes the article from the canonical link, then og:url, then the address bar", () => {
    page(
      '<link rel="canonical" href="https://news.example/a"><meta property="og:url" content="https://news.example/b">',
    );
    expect(defaultArticleUrl(document)).toBe("https://news.example/a");
    page('<meta property="og:url" content="https://news.example/b">');
    expect(defaultArticleUrl(document)).toBe("https://news.example/b");
    page("");
    expect(defaultArticleUrl(document)).toBe(document.location.href);
  });

  it("reads data-* from the mount point, then the script tag, then the page", () => {
    page("", "fa");
    const script = document.createElement("script");
    script.dataset.theme = "dark";
    script.dataset.highlight = "";
    const el = document.createElement("div");
    el.dataset.article = "https://news.example/x";
    const options = readOptions(el, script, "https://cards.example.org");
    expect(options).toEqual({
      article: "https://news.example/x",
      lang: "fa",
      api: "https://cards.example.org",
      theme: "dark",
      layout: "full",
      highlight: true,
      linkTarget: "_blank",
    });
  });

  it("never takes the data source from a mount point: page content may set presentation only", () => {
    // A reader comment that survives HTML sanitisers (they keep data-*) must not
    // point the official widget at another server.
    const script = document.createElement("script");
    const comment = document.createElement("div");
    comment.dataset.api = "https://evil.example";
    comment.dataset.linkTarget = "_top";
    comment.dataset.article = "https://news.example/x";
    const options = readOptions(comment, script, "https://cards.example.org");
    expect(options.api).toBe("https://cards.example.org");
    expect(options.linkTarget).toBe("_blank");
    expect(options.article).toBe("https://news.example/x");
    script.dataset.api = "https://api.news.example";
    expect(readOptions(comment, script, "https://cards.example.org").api).toBe("https://api.news.example");
  });

  it("takes the compact layout from a mount point (presentation), anything else is full", () => {
    const el = document.createElement("div");
    el.dataset.layout = "compact";
    expect(readOptions(el, null, "x").layout).toBe("compact");
    el.dataset.layout = "tiny";
    expect(readOptions(el, null, "x").layout).toBe("full");
  });

  it("ignores a theme it does not know", () => {
    const el = document.createElement("div");
    el.dataset.theme = "neon";
    expect(readOptions(el, null, "x").theme).toBe("auto");
  });
});

describe("i18n", () => {
  it("translates and sets direction per language, falling back to English", () => {
    expect(verdictLabel("false", "fa-IR")).toBe("نادرست");
    expect(verdictLabel("false", "de")).toBe("False");
    expect([dirFor("fa"), dirFor("ar-EG"), dirFor("en")]).toEqual(["rtl", "rtl", "ltr"]);
  });

  it("formats dates with Intl, and survives bad input", () => {
    expect(formatDate("2023-02-05", "en")).toBe("February 5, 2023");
    expect(formatDate("2023-02-05", "fa")).toMatch(/[۰-۹]/);
    expect(formatDate("not a date", "en")).toBe("");
  });
});
