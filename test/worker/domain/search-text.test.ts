import { describe, expect, it } from "vitest";
import { MAX_TERMS, toFtsQuery } from "../../../worker/domain/search-text";

const TEXT = "{claim claimant summary translations}";

/** The words of a built query, as FTS5 will read them. */
const wordsOf = (query: string | null) => /\((.*)\)/.exec(query ?? "")?.[1]?.split(" ") ?? [];

describe("toFtsQuery: every query has a bounded cost", () => {
  it("prefix-matches words of three letters or more, and matches shorter ones whole", () => {
    expect(toFtsQuery("prison")).toBe(`${TEXT}: ("prison"*)`);
    expect(toFtsQuery("pri")).toBe(`${TEXT}: ("pri"*)`);
    expect(toFtsQuery("of a")).toBe(`${TEXT}: ("of" "a")`);
    expect(toFtsQuery("زن")).toBe(`${TEXT}: ("زن")`); // two Persian letters: whole word
  });

  it("answers the twelve-letter adversarial query with whole-word terms, at most MAX_TERMS of them", () => {
    const words = wordsOf(toFtsQuery("a b c d e f g h i j k l"));
    expect(words).toEqual(['"a"', '"b"', '"c"', '"d"', '"e"', '"f"', '"g"', '"h"']);
    expect(words.length).toBe(MAX_TERMS);
    expect(words.some((word) => word.endsWith("*"))).toBe(false);
  });

  it("keeps each word once, so repeating a word costs nothing", () => {
    expect(wordsOf(toFtsQuery("the the THE the government the"))).toEqual(['"the"*', '"government"*']);
  });

  it("caps long queries of long words too", () => {
    const query = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
    expect(wordsOf(toFtsQuery(query))).toHaveLength(MAX_TERMS);
  });

  it("confines the reader's words to the text columns and adds filters as index lookups", () => {
    expect(toFtsQuery("amnesty", { lang: "fa", verdict: "needs-context" })).toBe(
      `${TEXT}: ("amnesty"*) AND {lang}: "fa" AND {verdict}: ^"needs context"`,
    );
  });

  it("turns FTS syntax into plain words, and nothing searchable into null", () => {
    expect(toFtsQuery('NEAR(a b) AND "x" OR y* {lang}: fa')).toBe(
      `${TEXT}: ("near"* "a" "b" "and"* "x" "or" "y" "lang"*)`,
    );
    expect(toFtsQuery("*** ()")).toBeNull();
  });
});
