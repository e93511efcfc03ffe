/**
 * The README's newsroom walkthrough, step by step, with the same commands
 * (`npm run cards`, tools/cli/) and the same example files
 * (data/examples/newsroom/): three people of data/people.json get tokens (a
 * look-alike name is refused), an editor archives a new source and drafts a
 * card quoting it, a reviewer publishes it, the widget beside the demo
 * article shows it, a correction proposed by that reviewer changes nothing
 * until a second reviewer approves it, then shows its note, a retraction
 * takes it away, and the audit log tells the whole story.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type RunResult, runCards } from "../tools/run";
import { openAllSources, openPage, useBrowser, waitForCards } from "./browser";
import { useOwnStack } from "./own-stack";

const browser = useBrowser();
// The walkthrough writes: it runs on a D1 of its own.
const stack = useOwnStack();

const EXAMPLES = "data/examples/newsroom";
const SOURCE_TEXT = `${EXAMPLES}/amnesty-explainer.txt`;
const SOURCE_META = `${EXAMPLES}/amnesty-explainer.json`;
const CARD = `${EXAMPLES}/amnesty-frees-all-protesters.json`;
const CORRECTED = `${EXAMPLES}/amnesty-frees-all-protesters.corrected.json`;
const ID = "amnesty-frees-all-protesters";
const CORRECTION_NOTE =
  "An earlier version rated this claim False; Misleading is more accurate, since many protesters may be pardoned, but not all.";
const RETRACTION_NOTE = "This demo card was published for the newsroom walkthrough only.";

const card = JSON.parse(readFileSync(CARD, "utf8"));
const sourceText = readFileSync(SOURCE_TEXT, "utf8");

/** A public GET, retried once if undici reused a keep-alive socket wrangler dev had closed while idle. */
async function publicGet(path: string): Promise<Response> {
  const url = `${stack.baseUrl}${path}`;
  return fetch(url).catch(() => fetch(url));
}

const printed = (result: RunResult) =>
  `exit ${result.status}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;

/** `npm run cards -- …` as `who`, against the e2e wrangler dev; must succeed. */
function cards(token: string, ...args: string[]): RunResult {
  const result = runCards(args, { url: stack.baseUrl, token });
  expect(result.status, `cards ${args.join(" ")}\n${printed(result)}`).toBe(0);
  return result;
}

interface SeenCard {
  verdict: string;
  quotes: string[];
  corrections: string[];
}

/** This walkthrough's card as a reader sees it beside the demo article, or null when it is not there. */
async function readOurCard(page: Page): Promise<SeenCard | null> {
  await openAllSources(page);
  return page.evaluate((claim) => {
    const root = document.querySelector("claimcards-widget")!.shadowRoot!;
    const ours = [...root.querySelectorAll("article.card")].find((el) =>
      el.querySelector(".claim")?.textContent?.includes(claim),
    );
    if (!ours) return null;
    return {
      verdict: ours.querySelector(".verdict-label")?.textContent ?? "",
      quotes: [...ours.querySelectorAll("blockquote")].map((q) => q.textContent ?? ""),
      corrections: [...ours.querySelectorAll(".corrections li")].map((li) => li.textContent ?? ""),
    };
  }, card.claim.text as string);
}

/**
 * Opens /demo/iran-amnesty in a fresh browser context (nothing cached from
 * an earlier visit: /v1/cards may be cached for 60 s) until `expectation`
 * holds for what the widget shows. Publication purges the edge cache in the
 * background (waitUntil), so the first look may be a moment early.
 */
async function widgetShows(expectation: (seen: SeenCard | null) => void): Promise<SeenCard | null> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { page, errors } = await openPage(browser());
    try {
      await page.goto(`${stack.baseUrl}/demo/iran-amnesty`);
      await waitForCards(page); // the seed cards are there in every step
      const seen = await readOurCard(page);
      expect(errors).toEqual([]);
      try {
        expectation(seen);
        return seen;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    } finally {
      await page.context().close();
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe("10_newsroom_walkthrough: write, review, publish, correct through review, retract", () => {
  let sara: string; // editor, the card's author
  let daniel: string; // reviewer, a second person: publishes, proposes the correction
  let sofia: string; // reviewer, a third person: approves the correction

  it("the admin gives tokens to three people of data/people.json; a look-alike name cannot become a person", () => {
    const admin = stack.adminToken;
    const people = cards(admin, "people", "list").stdout;
    expect(people).toMatch(/^sara-karimi\s+editor\s+Sara Karimi/m);
    const lookAlike = runCards(["people", "add", "--name", "Sara\u00a0Karimi", "--role", "reviewer"], {
      url: stack.baseUrl,
      token: admin,
    });
    expect(lookAlike.status).toBe(1);
    expect(lookAlike.stderr).toContain("HTTP 409 conflict");
    sara = cards(admin, "token", "create", "--person", "sara-karimi").stdout.trim();
    daniel = cards(admin, "token", "create", "--person", "daniel-okafor").stdout.trim();
    sofia = cards(admin, "token", "create", "--person", "sofia-lindqvist").stdout.trim();
    expect(new Set([sara, daniel, sofia]).size).toBe(3);
    const listed = cards(admin, "token", "list").stdout;
    expect(listed).toMatch(/editor\s+Sara Karimi \(sara-karimi\)/);
    expect(listed).toMatch(/reviewer\s+Daniel Okafor \(daniel-okafor\)/);
  });

  it("the editor archives a new source, drafts a card quoting it and submits it", () => {
    const archived = cards(sara, "source", "add", SOURCE_TEXT, "--meta", SOURCE_META);
    const sha256 = createHash("sha256").update(sourceText).digest("hex");
    expect(archived.stdout).toContain(`sha256 ${sha256}`);
    expect(cards(sara, "draft", CARD).stdout).toContain(`Created draft ${ID} (version 1)`);
    expect(cards(sara, "submit", ID).stdout).toContain("version 2");
  });

  it("the reviewer publishes it, and the widget beside the article shows it, quoting the source word for word", async () => {
    expect(cards(daniel, "publish", ID).stdout).toContain(`Published ${ID} (version 3), reviewed by Daniel Okafor`);

    const seen = await widgetShows((seen) => expect(seen?.verdict).toBe("False"));
    const quotes = card.attributions.map((a: { quote: string }) => a.quote);
    expect(seen!.quotes).toEqual(quotes);
    for (const quote of quotes) expect(sourceText).toContain(quote); // word for word, not just "normalised equal"
    expect(seen!.corrections).toEqual([]);

    // The API says what was verified, against which copy.
    const response = await publicGet(`/v1/cards/${ID}`);
    const published = (await response.json()) as any;
    const sha256 = createHash("sha256").update(sourceText).digest("hex");
    for (const attribution of published.attributions) {
      expect(attribution).toMatchObject({ quoteVerified: true, source: { id: "amnesty-explainer", sha256 } });
      expect(attribution.quoteOffset).toBe(sourceText.indexOf(attribution.quote));
    }
  });

  it("the reviewer proposes a correction: readers still see the published card, and he cannot approve it himself", async () => {
    expect(cards(daniel, "correct", "propose", ID, CORRECTED, "--note", CORRECTION_NOTE).stdout).toContain(
      "the public card is unchanged",
    );
    const seen = await widgetShows((seen) => expect(seen?.verdict).toBe("False"));
    expect(seen!.corrections).toEqual([]);
    const own = runCards(["correct", "approve", ID], { url: stack.baseUrl, token: daniel });
    expect(own.status).toBe(1);
    expect(own.stderr).toContain("HTTP 422 unverified");
  });

  it("a second reviewer approves it, and the widget shows the new verdict and the correction note", async () => {
    expect(cards(sofia, "correct", "approve", ID).stdout).toContain(`Corrected ${ID}: now version 4`);
    const seen = await widgetShows((seen) =>
      expect(seen?.corrections.some((c) => c.includes(CORRECTION_NOTE))).toBe(true),
    );
    expect(seen!.verdict).toBe("Misleading");
  });

  it("the reviewer retracts it: gone from the widget, and its id answers 410 with the note", async () => {
    expect(cards(daniel, "retract", ID, "--note", RETRACTION_NOTE).stdout).toContain(`Retracted ${ID} (version 5)`);
    await widgetShows((seen) => expect(seen).toBeNull());
    const response = await publicGet(`/v1/cards/${ID}`);
    expect(response.status).toBe(410);
    expect(((await response.json()) as any).error.message).toContain(RETRACTION_NOTE);
  });

  it("the audit log lists every step in order, with the person and the token behind each", () => {
    const history = JSON.parse(cards(sara, "history", ID, "--json").stdout).data as any[];
    const ACTIONS = [
      "card.create",
      "card.submit",
      "card.publish",
      "card.correction.propose",
      "card.correct",
      "card.retract",
    ];
    expect(history.map((entry) => entry.action)).toEqual(ACTIONS);
    expect(history.map((entry) => entry.actorPersonId)).toEqual([
      "sara-karimi",
      "sara-karimi",
      "daniel-okafor",
      "daniel-okafor",
      "sofia-lindqvist",
      "daniel-okafor",
    ]);
    for (const entry of history) expect(entry.actorTokenId).toEqual(expect.any(String));
    expect(history.map((entry) => entry.versionAfter)).toEqual([1, 2, 3, 3, 4, 5]);
    expect(history[3].detail).toMatchObject({ note: CORRECTION_NOTE });
    expect(history[4].detail).toMatchObject({
      note: CORRECTION_NOTE,
      proposedBy: { id: "daniel-okafor", name: "Daniel Okafor" },
    });
    expect(history[5].detail).toEqual({ note: RETRACTION_NOTE });

    // The same, as the terminal shows it.
    const lines = cards(sara, "history", ID).stdout.trim().split("\n");
    expect(lines.map((line) => /card\.[\w.]+/.exec(line)?.[0])).toEqual(ACTIONS);
  });
});
