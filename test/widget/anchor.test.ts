import { describe, expect, it } from "vitest";
import { findTextQuote, locateQuote } from "../../widget/anchor";

const text =
  "First. Around 20,000 people were arrested. Then more.\n\nLater: Around 20,000 people were arrested. End. He said “tens of thousands”.";

describe("locateQuote", () => {
  it("finds exact text", () => {
    expect(locateQuote(text, { exact: "Then more." })).toEqual({ start: 43, end: 53 });
  });

  it("tells repeated sentences apart by prefix and suffix", () => {
    const first = locateQuote(text, { exact: "Around 20,000 people were arrested.", prefix: "First. " });
    const second = locateQuote(text, {
      exact: "Around 20,000 people were arrested.",
      prefix: "Later: ",
      suffix: " End.",
    });
    expect(first?.start).toBe(7);
    expect(second?.start).toBe(text.lastIndexOf("Around"));
  });

  it("tolerates different quote marks and whitespace", () => {
    const span = locateQuote(text, { exact: 'said "tens of   thousands"' })!;
    expect(text.slice(span.start, span.end)).toBe("said “tens of thousands”");
  });

  it("reads the apostrophes the verifier reads: a prime or backtick in the page, a straight one in the card", () => {
    const page = "The minister said: We didn\u2032t arrest anyone. Nobody was `held´.";
    const span = locateQuote(page, { exact: "We didn't arrest anyone. Nobody was 'held'." })!;
    expect(page.slice(span.start, span.end)).toBe("We didn\u2032t arrest anyone. Nobody was `held´.");
  });

  it("returns null when the sentence is not there", () => {
    expect(locateQuote(text, { exact: "Nobody said this." })).toBeNull();
  });
});

describe("findTextQuote", () => {
  it("returns a Range across element boundaries, without changing the DOM", () => {
    document.body.innerHTML =
      "<article><p>Human rights <em>groups estimate</em> that around 20,000.</p><script>var x = 'groups estimate';</script></article>";
    const before = document.body.innerHTML;
    const range = findTextQuote(document.body, { exact: "rights groups estimate that" })!;
    expect(range.toString()).toBe("rights groups estimate that");
    expect(document.body.innerHTML).toBe(before);
  });

  it("ignores text inside scripts and styles", () => {
    document.body.innerHTML = "<p>visible</p><script>hidden words</script>";
    expect(findTextQuote(document.body, { exact: "hidden words" })).toBeNull();
  });
});
