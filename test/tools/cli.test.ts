/**
 * The newsroom CLI (`npm run cards`, tools/cli/) as editors run it: a child
 * process against a real `wrangler dev` with a scratch local D1 and a
 * bootstrap ADMIN_TOKEN, and `push` into a scratch local D1.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPlatformProxy } from "wrangler";
import { deskStringsFor } from "../../common/desk-strings";
import { type DevServer, freePort, prepareLocal, run, startDevServer } from "../../tools/dev-server";
import { startPurgeApiProcess } from "../purge-api/process";
import { type RunResult, runCards } from "./run";
import { copyOfData, editJson } from "./tmp-data";

const ADMIN_TOKEN = `cli-test-admin-${randomBytes(16).toString("hex")}`;

/**
 * A public GET. Retried once on a dropped connection: undici may reuse a
 * keep-alive socket that wrangler dev has already closed while idle.
 */
async function publicGet(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch {
    return fetch(url);
  }
}

/** Everything a failed run printed, for assertion messages. */
const printed = (result: RunResult) =>
  `exit ${result.status}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;

describe("cards CLI: usage and configuration", () => {
  it("names a missing CLAIMCARDS_URL and exits 2, before calling anything", () => {
    const result = runCards(["show", "some-card"], { token: "a-token-that-is-long-enough" });
    expect(result.status, printed(result)).toBe(2);
    expect(result.stderr).toContain("CLAIMCARDS_URL");
    expect(result.stderr).not.toContain("CLAIMCARDS_TOKEN  ");
  });

  it("names a missing CLAIMCARDS_TOKEN too", () => {
    const result = runCards(["list", "--status", "draft"], { url: "http://127.0.0.1:9" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Set CLAIMCARDS_TOKEN first");
  });

  it("prints usage for an unknown command (exit 2) and for --help (exit 0)", () => {
    const unknown = runCards(["pubish", "x"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "pubish"');
    expect(unknown.stderr).toContain("Usage: npm run cards -- <command>");
    const help = runCards(["--help"]);
    expect(help.status).toBe(0);
    for (const command of [
      "push",
      "draft",
      "submit",
      "publish",
      "correct propose",
      "correct approve",
      "correct withdraw",
      "retract",
      "show",
      "history",
      "list",
      "people add",
      "people list",
      "people revoke",
      "token create",
      "source add",
      "match",
      "attach propose",
      "attach approve",
      "attach withdraw",
      "attach list",
    ]) {
      expect(help.stdout).toContain(`  ${command}`);
    }
    expect(help.stdout).toContain("first GETs the card to learn its current");
    const publishHelp = runCards(["publish", "--help"]);
    expect(publishHelp.status).toBe(0);
    expect(publishHelp.stdout).toContain("If-Match");
  });

  it("refuses a missing option with the command's usage (exit 2)", () => {
    const result = runCards(["retract", "some-card"], {
      url: "http://127.0.0.1:9",
      token: "a-token-that-is-long-enough",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Missing --note");
    expect(result.stderr).toContain('retract <id> --note "…"');
  });
});

/** What the CLI prints after a change readers see, by how far its purge reached. */
const purgeLine = deskStringsFor("en").purge;

describe("cards CLI against wrangler dev", () => {
  let state: string;
  let server: DevServer;
  let purgeApi: Awaited<ReturnType<typeof startPurgeApiProcess>>;
  let files: string;
  const as = (token: string) => ({ url: server.url, token });
  const admin = () => as(ADMIN_TOKEN);

  beforeAll(async () => {
    state = await mkdtemp(join(tmpdir(), "claimcards-cli-"));
    files = await mkdtemp(join(tmpdir(), "claimcards-cli-files-"));
    // The widget is not needed here: build it only when public/ has never been built.
    await prepareLocal({ persistTo: state, quiet: true, build: !existsSync("public/widget.js") });
    const port = await freePort();
    // The Worker may capture its own demo pages (loopback is refused unless allow-listed), and
    // purges every location through a stand-in for Cloudflare's purge API (in its own process:
    // runCards blocks this one while a command runs).
    purgeApi = await startPurgeApiProcess();
    const vars = {
      ARCHIVE_ALLOW_HOSTS: `127.0.0.1:${port}`,
      CACHE_PURGE_ZONE_ID: "cli-zone",
      CACHE_PURGE_TOKEN: "cli-purge-token",
      CACHE_PURGE_API: `${purgeApi.url}/client/v4`,
    };
    server = await startDevServer({ port, persistTo: state, quiet: true, adminToken: ADMIN_TOKEN, vars });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await purgeApi?.close();
    await rm(state, { recursive: true, force: true });
    await rm(files, { recursive: true, force: true });
  });

  const personIds = new Map<string, string>();

  /** Adds a person through the CLI (once per name); stdout is their id alone. */
  function addPerson(name: string, role: string): string {
    const known = personIds.get(name);
    if (known) return known;
    const result = runCards(["people", "add", "--name", name, "--role", role], admin());
    expect(result.status, printed(result)).toBe(0);
    const id = result.stdout.trim();
    personIds.set(name, id);
    return id;
  }

  /** Creates a token for a person (added first if new) through the CLI; stdout is the token alone. */
  function createToken(name: string, role: string): string {
    const result = runCards(["token", "create", "--person", addPerson(name, role)], admin());
    expect(result.status, printed(result)).toBe(0);
    return result.stdout.trim();
  }

  it("people add refuses a near-duplicate name, naming the existing person; people list shows everyone", () => {
    const id = addPerson("Nadia Near", "editor");
    expect(id).toMatch(/^\S+$/);
    const dup = runCards(["people", "add", "--name", "nadia\u00a0NEAR", "--role", "reviewer"], admin());
    expect(dup.status, printed(dup)).toBe(1);
    expect(dup.stderr).toContain("HTTP 409 conflict");
    expect(dup.stderr).toContain(id);
    const listed = runCards(["people", "list"], admin());
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+editor\\s+Nadia Near`, "m"));
    expect(listed.stdout).toMatch(/^daniel-okafor\s+reviewer\s+Daniel Okafor/m); // data/people.json
  });

  it("people revoke ends every token of theirs", () => {
    const tokens = [createToken("Rolf Revoked", "editor"), createToken("Rolf Revoked", "editor")];
    expect(runCards(["people", "revoke", addPerson("Rolf Revoked", "editor")], admin()).status).toBe(0);
    for (const token of tokens)
      expect(runCards(["list", "--status", "draft"], as(token)).stderr).toContain("HTTP 401 unauthorized");
  });

  it("token create prints the token once; token list never shows it", () => {
    const result = runCards(["token", "create", "--person", addPerson("Temp Person", "editor")], admin());
    expect(result.status, printed(result)).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const token = lines[0]!;
    expect(token).toMatch(/^\S{16,}$/);
    expect(result.stderr).toContain("only time it is shown");
    // It works.
    expect(runCards(["list", "--status", "draft"], as(token)).status).toBe(0);

    const listed = runCards(["token", "list"], admin());
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain("Temp Person");
    expect(listed.stdout + listed.stderr).not.toContain(token);

    // Revoking it by id stops it at once.
    const id = /^(\S+)\s+editor\s+Temp Person/m.exec(listed.stdout)?.[1];
    expect(id).toBeDefined();
    expect(runCards(["token", "revoke", id!], admin()).status).toBe(0);
    const refused = runCards(["list", "--status", "draft"], as(token));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("HTTP 401 unauthorized");
  });

  it("draft → submit → publish by a second person → show → retract → history", async () => {
    const ana = createToken("Ana Editor", "editor");
    const ben = createToken("Ben Reviewer", "reviewer");
    const text =
      "Officials said on Monday that the bridge would reopen in March after repairs costing 12 million euros. " +
      "Engineers warned that the work could take longer if the winter is harsh.";
    await writeFile(join(files, "bridge.txt"), text);
    await writeFile(
      join(files, "bridge.json"),
      JSON.stringify({
        id: "cli-bridge-report",
        title: "Bridge to reopen in March",
        publisher: "News Example",
        archivedAt: "2026-11-27T10:00:00Z",
      }),
    );
    const card = {
      id: "cli-bridge-march",
      lang: "en",
      claim: { text: "The bridge will reopen in March.", claimant: { name: "City officials", kind: "government" } },
      verdict: "needs-context",
      summary: "Officials gave March, but engineers warned it could take longer.",
      attributions: [
        { source: "cli-bridge-report", quote: "the bridge would reopen in March after repairs", stance: "supports" },
        { source: "cli-bridge-report", quote: "the work could take longer if the winter is harsh", stance: "context" },
      ],
      articles: [{ url: "https://news.example/bridge/cli" }],
      authors: [{ id: personIds.get("Ana Editor"), name: "Ana Editor" }],
      reviewedBy: [],
      reviewer: { name: "claimcards demo desk" },
    };
    await writeFile(join(files, "card.json"), JSON.stringify(card));

    const source = runCards(
      ["source", "add", join(files, "bridge.txt"), "--meta", join(files, "bridge.json")],
      as(ana),
    );
    expect(source.status, printed(source)).toBe(0);
    expect(source.stdout).toMatch(/Archived source cli-bridge-report: \d+ characters, sha256 [0-9a-f]{64}/);

    const draft = runCards(["draft", join(files, "card.json")], as(ana));
    expect(draft.status, printed(draft)).toBe(0);
    expect(draft.stdout).toContain("Created draft cli-bridge-march (version 1)");
    expect(runCards(["list", "--status", "draft"], as(ana)).stdout).toContain("cli-bridge-march  v1");

    const submit = runCards(["submit", "cli-bridge-march"], as(ana));
    expect(submit.status, printed(submit)).toBe(0);
    expect(submit.stdout).toContain("version 2");
    expect(submit.stdout, "nothing readers see changed").not.toContain(purgeLine.everywhere);

    // The author cannot publish (an editor token, and the wrong person anyway).
    const own = runCards(["publish", "cli-bridge-march"], as(ana));
    expect(own.status).toBe(1);
    expect(own.stderr).toContain("HTTP 403 forbidden");

    const publish = runCards(["publish", "cli-bridge-march"], as(ben));
    expect(publish.status, printed(publish)).toBe(0);
    expect(publish.stdout).toContain("Published cli-bridge-march (version 3), reviewed by Ben Reviewer");
    expect(publish.stdout, printed(publish)).toContain(purgeLine.everywhere);
    const live = await publicGet(`${server.url}/v1/cards/cli-bridge-march`);
    expect(live.status).toBe(200);
    expect(((await live.json()) as any).attributions[0].quoteVerified).toBe(true);

    const show = runCards(["show", "cli-bridge-march"], as(ana));
    expect(show.status, printed(show)).toBe(0);
    expect(show.stdout).toContain("cli-bridge-march  version 3  published");
    expect(show.stdout).toMatch(/reviewed by: Ben Reviewer/);
    const shown = runCards(["show", "cli-bridge-march", "--json"], as(ana));
    expect(JSON.parse(shown.stdout).card).toMatchObject({
      id: "cli-bridge-march",
      version: 3,
      status: "published",
      authors: [{ name: "Ana Editor" }],
    });

    const retract = runCards(["retract", "cli-bridge-march", "--note", "Officials withdrew the March date."], as(ben));
    expect(retract.status, printed(retract)).toBe(0);
    expect(retract.stdout).toContain("Retracted cli-bridge-march (version 4)");
    expect(retract.stdout).toContain(purgeLine.everywhere);
    const gone = await publicGet(`${server.url}/v1/cards/cli-bridge-march`);
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as any).error.message).toContain("Officials withdrew the March date.");

    const history = runCards(["history", "cli-bridge-march"], as(ana));
    expect(history.status, printed(history)).toBe(0);
    const lines = history.stdout.trim().split("\n");
    expect(lines.map((line) => /card\.\w+/.exec(line)?.[0])).toEqual([
      "card.create",
      "card.submit",
      "card.publish",
      "card.retract",
    ]);
    expect(lines[2]).toContain("by Ben Reviewer");
    expect(lines[3]).toContain("v3→v4");
    expect(lines[3]).toContain("note: Officials withdrew the March date.");
  });

  it("prints the API's 422 and each issue when the author publishes their own card (exit 1)", async () => {
    // One person, two tokens: she drafts with one and tries to publish with the other.
    const carla = createToken("Carla Author", "reviewer");
    const carlaReviewer = createToken("Carla Author", "reviewer");
    const card = {
      id: "cli-own-card",
      lang: "en",
      claim: { text: "The bridge will reopen in March.", claimant: { name: "City officials", kind: "government" } },
      verdict: "needs-context",
      summary: "Officials gave March.",
      attributions: [
        {
          source: "iran-amnesty-article",
          quote: "Human rights groups estimate that around 20,000 people have been arrested",
          stance: "supports",
        },
      ],
      articles: [{ url: "https://news.example/bridge/own" }],
      authors: [{ id: personIds.get("Carla Author"), name: "Carla Author" }],
      reviewedBy: [],
      reviewer: { name: "claimcards demo desk" },
    };
    await writeFile(join(files, "own.json"), JSON.stringify(card));
    expect(runCards(["draft", join(files, "own.json")], as(carla)).status).toBe(0);
    expect(runCards(["submit", "cli-own-card"], as(carla)).status).toBe(0);

    const result = runCards(["publish", "cli-own-card"], as(carlaReviewer));
    expect(result.status, printed(result)).toBe(1);
    expect(result.stderr).toContain("HTTP 422 unverified");
    expect(result.stderr).toMatch(/^ {2}authors: "Carla Author" wrote this card and cannot also publish it/m);
    expect(result.stdout).toBe("");
    // Nothing changed: still in review.
    expect(JSON.parse(runCards(["show", "cli-own-card", "--json"], as(carla)).stdout).card.status).toBe("review");
  });

  it("source add --url captures a page (R2 bytes, extracted text); source show prints the capture", async () => {
    const ana = createToken("Ana Capture", "editor");
    const address = `${server.url}/demo/iran-amnesty`;
    const added = runCards(
      ["source", "add", "--url", address, "--id", "cli-demo-capture", "--publisher", "News Example"],
      as(ana),
    );
    expect(added.status, printed(added)).toBe(0);
    expect(added.stdout).toMatch(/Archived source cli-demo-capture: \d+ characters, sha256 [0-9a-f]{64}/);
    expect(added.stdout).toMatch(/archived {5}\S+ by capture/);

    const again = runCards(["source", "add", "--url", address], as(ana));
    expect(again.status, printed(again)).toBe(0);
    expect(again.stdout).toContain("Already archived from these exact bytes: cli-demo-capture.");

    const shown = runCards(["source", "show", "cli-demo-capture"], as(ana));
    expect(shown.status, printed(shown)).toBe(0);
    expect(shown.stdout).toContain("cli-demo-capture: ");
    expect(shown.stdout).toContain("(News Example)");
    expect(shown.stdout).toContain(`final URL    ${address}`);
    expect(shown.stdout).toMatch(/captured {5}\S+: 200 text\/html/);
    expect(shown.stdout).toMatch(/bytes {8}sha256 [0-9a-f]{64} \(R2 sha256\/[0-9a-f]{64}\)/);

    const refused = runCards(["source", "add", "--url", "http://10.0.0.1/"], as(ana));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("10.0.0.1 is a private address");
  });

  it("match --url prints the sentences that repeat published claims; attach propose → approve by a second person puts the card on the article", async () => {
    const mia = createToken("Mia Matcher", "editor");
    const rui = createToken("Rui Reviewer", "reviewer");
    const address = `${server.url}/demo/iran-amnesty-follow-up`;
    const matched = runCards(["match", "--url", address], as(mia));
    expect(matched.status, printed(matched)).toBe(0);
    expect(matched.stdout).toContain(`${address}\n  archived as source `);
    expect(matched.stdout).toContain("2 match(es) in ");
    expect(matched.stdout).toMatch(/^protest-arrests-20000 {2}unverified {2}score 0\.\d\d/m);
    expect(matched.stdout).toContain(
      "  sentence: Rights groups now say some 20000 demonstrators have been detained since the unrest began.",
    );
    expect(matched.stdout).toMatch(/^pardon-conditions-regret-written-commitment {2}accurate {2}score/m);
    // The JSON answer carries ready anchors, checked against the copy just archived.
    const json = JSON.parse(runCards(["match", "--url", address, "--json"], as(mia)).stdout);
    expect(json.source.created).toBe(false);
    const arrests = json.matches.find((m: any) => m.card.id === "protest-arrests-20000");

    await writeFile(
      join(files, "article.txt"),
      "Tehran.\n\nLawyers said that to receive a pardon, prisoners must show remorse and promise in writing not to repeat their activities.",
    );
    const fromFile = runCards(["match", "--text-file", join(files, "article.txt")], as(mia));
    expect(fromFile.status, printed(fromFile)).toBe(0);
    expect(fromFile.stdout).toMatch(/^1 match\(es\) in /m);
    expect(fromFile.stdout).toMatch(/^pardon-conditions-regret-written-commitment /m);
    expect(fromFile.stdout).not.toContain("archived as source");
    const neither = runCards(["match"], as(mia));
    expect(neither.status).toBe(2);
    expect(neither.stderr).toContain("Give exactly one of --url and --text-file");

    const proposed = runCards(
      [
        "attach",
        "propose",
        "protest-arrests-20000",
        "--url",
        json.url,
        "--anchor",
        arrests.anchor.exact,
        "--prefix",
        arrests.anchor.prefix,
        "--suffix",
        arrests.anchor.suffix,
      ],
      as(mia),
    );
    expect(proposed.status, printed(proposed)).toBe(0);
    const attachment = /\(attachment ([0-9a-f-]{36})\)/.exec(proposed.stdout)![1]!;
    const queue = runCards(["attach", "list"], as(rui));
    expect(queue.stdout).toContain(`${attachment}  pending  protest-arrests-20000`);
    const before = (await (
      await publicGet(`${server.url}/v1/cards?url=${encodeURIComponent(json.url)}`)
    ).json()) as any;
    expect(before.data).toEqual([]);

    const own = runCards(["attach", "approve", attachment], as(createToken("Mia Matcher", "editor")));
    expect(own.status).toBe(1);
    expect(own.stderr).toContain("HTTP 403");
    const approved = runCards(["attach", "approve", attachment], as(rui));
    expect(approved.status, printed(approved)).toBe(0);
    expect(approved.stdout).toContain(`Attached protest-arrests-20000 to ${json.url}: now version`);
    expect(approved.stdout).toContain(purgeLine.everywhere);
    const after = (await (await publicGet(`${server.url}/v1/cards?url=${encodeURIComponent(json.url)}`)).json()) as any;
    expect(after.data.map((c: any) => c.id)).toEqual(["protest-arrests-20000"]);

    const second = runCards(
      [
        "attach",
        "propose",
        "pardon-conditions-regret-written-commitment",
        "--url",
        json.url,
        "--anchor",
        "Lawyers said",
      ],
      as(mia),
    );
    expect(second.status, printed(second)).toBe(0);
    const withdrawn = runCards(
      ["attach", "withdraw", /\(attachment ([0-9a-f-]{36})\)/.exec(second.stdout)![1]!],
      as(mia),
    );
    expect(withdrawn.status, printed(withdrawn)).toBe(0);
    expect(runCards(["attach", "list"], as(rui)).stdout).toContain("No pending attachments.");
  });

  it("prints each field issue of a 400 and a 412 for a stale --if-match", async () => {
    const dana = createToken("Dana Editor", "editor");
    await writeFile(join(files, "bad.json"), JSON.stringify({ id: "Not A Slug", verdict: "maybe" }));
    const bad = runCards(["draft", join(files, "bad.json")], as(dana));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("HTTP 400 invalid_body");
    expect(bad.stderr).toMatch(/^ {2}id: /m);
    expect(bad.stderr).toMatch(/^ {2}verdict: must be one of/m);

    const stale = runCards(["submit", "cli-own-card", "--if-match", "1"], as(dana));
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("HTTP 412 precondition_failed");
  });
});

describe("cards push", () => {
  let state: string;

  beforeAll(async () => {
    state = await mkdtemp(join(tmpdir(), "claimcards-push-"));
    await run("node_modules/.bin/wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], {
      quiet: true,
    });
  }, 60_000);
  afterAll(() => rm(state, { recursive: true, force: true }));

  async function storedCardIds(): Promise<string[]> {
    const proxy = await getPlatformProxy<{ DB: D1Database }>({
      persist: { path: join(state, "v3") },
      remoteBindings: false,
    });
    try {
      const { results } = await proxy.env.DB.prepare("SELECT id FROM cards ORDER BY id").all<{ id: string }>();
      return results.map((row) => row.id);
    } finally {
      await proxy.dispose();
    }
  }

  it("loads data/ into a scratch local D1 (the --persist-to of wrangler dev), all or nothing", async () => {
    const result = runCards(["push", "--persist-to", state]);
    expect(result.status, printed(result)).toBe(0);
    expect(result.stdout).toContain("Loaded 6 person(s), 2 source(s) and 6 card(s) into the local D1.");
    expect(await storedCardIds()).toHaveLength(6);

    const dir = await copyOfData();
    await editJson(
      join(dir, "cards", "protest-arrests-20000.json"),
      (c) => (c.attributions[0].quote = "words nobody wrote"),
    );
    const bad = runCards(["push", "--data", dir, "--persist-to", state]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("protest-arrests-20000.json: attributions[0].quote: is not in source");
    expect(bad.stderr).toContain("Nothing was loaded");
    await rm(dir, { recursive: true });
  });
});
