/**
 * `npm run deploy` refuses while wrangler.toml holds the placeholder ids it
 * ships with (tools/deploy-guard.ts), naming each one to fill in.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findPlaceholders, PLACEHOLDER_D1_ID } from "../../tools/deploy-guard";
import { runTsx } from "./run";

const real = readFileSync("wrangler.toml", "utf8");
const lineOf = (text: string, needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split("\n").length;

describe("the deploy guard", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("refuses the repository's wrangler.toml, naming every placeholder with its line and how to get the real value", () => {
    const result = runTsx(["tools/deploy-guard.ts", "wrangler.toml"]);
    expect(result.status).toBe(1);
    const message = result.stderr;
    expect(message).toContain("Refusing to deploy: wrangler.toml still holds 4 placeholder values");
    const remote = real.indexOf("[[env.remote.d1_databases]]");
    expect(message).toContain(
      `wrangler.toml:${lineOf(real, `database_id = "${PLACEHOLDER_D1_ID}"`)}  [[d1_databases]] DB: database_id`,
    );
    expect(message).toContain(
      `wrangler.toml:${lineOf(real, `database_id = "${PLACEHOLDER_D1_ID}"`, remote)}  [[env.remote.d1_databases]] DB: database_id`,
    );
    expect(message).toContain(
      `wrangler.toml:${lineOf(real, 'namespace_id = "1001"')}  [[ratelimits]] PUBLIC_RATE_LIMIT: namespace_id = "1001"`,
    );
    expect(message).toContain(
      `wrangler.toml:${lineOf(real, 'namespace_id = "1002"')}  [[ratelimits]] WRITE_RATE_LIMIT: namespace_id = "1002"`,
    );
    expect(message).toContain("wrangler d1 create claimcards");
    expect(message).toContain("used by no other rate limiter in your Cloudflare account");
    expect(result.stdout).toBe("");
  });

  it("lets a filled-in copy through", async () => {
    const dir = await mkdtemp(join(tmpdir(), "claimcards-guard-"));
    dirs.push(dir);
    const filled = real
      .replaceAll(PLACEHOLDER_D1_ID, "5b1d7e2a-3c4f-4e8a-9b0c-1d2e3f4a5b6c")
      .replace('namespace_id = "1001"', 'namespace_id = "720431"')
      .replace('namespace_id = "1002"', 'namespace_id = "720432"');
    await writeFile(join(dir, "wrangler.toml"), filled);
    const result = runTsx(["tools/deploy-guard.ts", join(dir, "wrangler.toml")]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("no placeholder ids left");
    expect(result.status).toBe(0);
  });

  it("reads bare values, trailing comments and a missing id, and ignores commented-out lines", () => {
    const toml = [
      "[[d1_databases]]",
      'binding = "DB"',
      '# database_id = "5b1d7e2a-3c4f-4e8a-9b0c-1d2e3f4a5b6c"',
      "[[ratelimits]] # per client",
      'name = "LIMIT"',
      "namespace_id = 1001 # the docs' example",
      "[[env.staging.ratelimits]]",
      'name = "LIMIT"',
      'namespace_id = "4242"',
    ].join("\n");
    expect(findPlaceholders(toml).map((p) => [p.line, p.table, p.key, p.value])).toEqual([
      [1, "[[d1_databases]]", "database_id", "(missing)"],
      [6, "[[ratelimits]]", "namespace_id", "1001"],
    ]);
  });
});
