/**
 * The README's newsroom walkthrough as a terminal runs it: the same
 * commands and example files (data/examples/newsroom/), people from
 * data/people.json, against a real `wrangler dev` with a scratch local D1.
 * The browser test test/e2e/10-newsroom-walkthrough.test.ts replays it with
 * the widget in Chromium; this one needs no browser. (Its own server: the
 * write API allows 60 requests a minute per client.)
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deskStringsFor } from "../../common/desk-strings";
import { type DevServer, freePort, prepareLocal, startDevServer } from "../../tools/dev-server";
import { type RunResult, runCards } from "./run";

const ADMIN_TOKEN = `cli-walkthrough-admin-${randomBytes(16).toString("hex")}`;

/** A public GET, retried once on a keep-alive socket wrangler dev closed while idle. */
const publicGet = (url: string) => fetch(url).catch(() => fetch(url));

const printed = (result: RunResult) =>
  `exit ${result.status}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;

describe("the README newsroom walkthrough, with the CLI", () => {
  let state: string;
  let server: DevServer;
  const as = (token: string) => ({ url: server.url, token });
  const admin = () => as(ADMIN_TOKEN);

  beforeAll(async () => {
    state = await mkdtemp(join(tmpdir(), "claimcards-walkthrough-"));
    await prepareLocal({ persistTo: state, quiet: true, build: !existsSync("public/widget.js") });
    server = await startDevServer({ port: await freePort(), persistTo: state, quiet: true, adminToken: ADMIN_TOKEN });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await rm(state, { recursive: true, force: true });
  });

  /** A token for a person of data/people.json (loaded by the loader). */
  function tokenForSeedPerson(id: string): string {
    const result = runCards(["token", "create", "--person", id], admin());
    expect(result.status, printed(result)).toBe(0);
    return result.stdout.trim();
  }

  /**
   * The README's newsroom walkthrough without the browser (the e2e test
   * 10-newsroom-walkthrough replays it with the widget in Chromium): the
   * same commands and example files, people from data/people.json.
   */
  it("the README walkthrough: people and tokens, draft, publish, a correction proposed by one reviewer and approved by another, retract, history", async () => {
    const E = "data/examples/newsroom";
    const ID = "amnesty-frees-all-protesters";
    const NOTE =
      "An earlier version rated this claim False; Misleading is more accurate, since many protesters may be pardoned, but not all.";
    const ok = (token: string, ...args: string[]) => {
      const result = runCards(args, as(token));
      expect(result.status, `cards ${args.join(" ")}\n${printed(result)}`).toBe(0);
      return result;
    };
    const verdict = async () => ((await (await publicGet(`${server.url}/v1/cards/${ID}`)).json()) as any).verdict.key;

    // 2. People come from data/people.json; the admin gives three of them tokens. A look-alike name is refused.
    const sameName = runCards(["people", "add", "--name", "Sara\u00a0Karimi", "--role", "reviewer"], admin());
    expect(sameName.status).toBe(1);
    expect(sameName.stderr).toContain('already a person: "Sara Karimi" (id sara-karimi)');
    const sara = tokenForSeedPerson("sara-karimi");
    const daniel = tokenForSeedPerson("daniel-okafor");
    const sofia = tokenForSeedPerson("sofia-lindqvist");

    // 3. Sara archives, drafts, submits.
    ok(sara, "source", "add", `${E}/amnesty-explainer.txt`, "--meta", `${E}/amnesty-explainer.json`);
    expect(ok(sara, "draft", `${E}/${ID}.json`).stdout).toContain(`Created draft ${ID} (version 1)`);
    ok(sara, "submit", ID);

    // 4. Daniel publishes. This server has no purge API configured, as on a laptop: the CLI says
    // readers elsewhere may see the previous version for minutes.
    const published = ok(daniel, "publish", ID).stdout;
    expect(published).toContain(`Published ${ID} (version 3), reviewed by Daniel Okafor`);
    expect(published).toContain(deskStringsFor("en").purge["this-location"]);
    expect(await verdict()).toBe("false");

    // 5. Daniel proposes a correction: nothing public changes; he cannot approve it himself; Sofia does.
    expect(ok(daniel, "correct", "propose", ID, `${E}/${ID}.corrected.json`, "--note", NOTE).stdout).toContain(
      "the public card is unchanged",
    );
    expect(ok(sara, "correct", "show", ID).stdout).toContain("proposed");
    expect(await verdict()).toBe("false");
    const own = runCards(["correct", "approve", ID], as(daniel));
    expect(own.status, printed(own)).toBe(1);
    expect(own.stderr).toContain("HTTP 422 unverified");
    expect(own.stderr).toMatch(/^ {2}\(proposal\): "Daniel Okafor" proposed this correction/m);
    const approved = ok(sofia, "correct", "approve", ID).stdout;
    expect(approved).toContain(`Corrected ${ID}: now version 4, with 1 correction(s).`);
    expect(approved).toContain(deskStringsFor("en").purge["this-location"]);
    const corrected = (await (await publicGet(`${server.url}/v1/cards/${ID}`)).json()) as any;
    expect(corrected.verdict.key).toBe("misleading");
    expect(corrected.corrections.map((c: any) => c.note)).toEqual([NOTE]);
    expect(corrected.reviewedBy.map((p: any) => p.name)).toEqual(["Daniel Okafor", "Sofia Lindqvist"]);

    // 6. Daniel retracts it.
    ok(daniel, "retract", ID, "--note", "This demo card was published for the newsroom walkthrough only.");
    expect((await publicGet(`${server.url}/v1/cards/${ID}`)).status).toBe(410);

    // 7. The audit log: person and token for every step.
    const history = JSON.parse(ok(sara, "history", ID, "--json").stdout).data as any[];
    expect(history.map((e) => [e.action, e.actor, e.actorPersonId])).toEqual([
      ["card.create", "Sara Karimi", "sara-karimi"],
      ["card.submit", "Sara Karimi", "sara-karimi"],
      ["card.publish", "Daniel Okafor", "daniel-okafor"],
      ["card.correction.propose", "Daniel Okafor", "daniel-okafor"],
      ["card.correct", "Sofia Lindqvist", "sofia-lindqvist"],
      ["card.retract", "Daniel Okafor", "daniel-okafor"],
    ]);
    for (const entry of history) expect(entry.actorTokenId).toEqual(expect.any(String));
    const lines = ok(sara, "history", ID).stdout.trim().split("\n");
    expect(lines[4]).toMatch(
      /card\.correct\s+by Sofia Lindqvist \(sofia-lindqvist\)\s+proposed by Daniel Okafor\s+note: An earlier version/,
    );
  });
});
