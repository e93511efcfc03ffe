/**
 * Browser tests run against the real stack: the widget and pages built,
 * migrations applied to a scratch local D1, data/ loaded, `wrangler dev`
 * serving on a free loopback port. Next to it, the fixture server plays the
 * publisher: host pages on another origin and a misbehaving fake API.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, prepareLocal, startDevServer } from "../../tools/dev-server";
import { findChromium, launchChromium } from "./chromium";
import { startFixtureServer } from "./fixture-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** `wrangler dev`: the Worker, widget.js and the demo pages. */
    baseUrl: string;
    /** The fixture server: test/e2e/pages/ and /fake/<mode>/v1/cards. */
    fixtureUrl: string;
    /** The bootstrap admin token `wrangler dev` was given (as the ADMIN_TOKEN secret would be). */
    adminToken: string;
  }
}

export default async function setup(project: TestProject) {
  // Fail loudly, never skip: a missing browser means the widget went untested.
  // Starting it once here (which also unpacks the npm build) puts the reason
  // at the top of the run, before any server starts.
  const found = await findChromium();
  const probe = await launchChromium();
  console.log(`e2e: Chromium ${probe.version()} (${found.source}, ${found.executablePath})`);
  await probe.close();
  const state = await mkdtemp(join(tmpdir(), "claimcards-e2e-"));
  await prepareLocal({ persistTo: state, quiet: true });
  // A fresh bootstrap admin token for this run; it overrides any ADMIN_TOKEN in .dev.vars.
  const adminToken = `e2e-admin-${randomBytes(24).toString("hex")}`;
  const server = await startDevServer({ port: await freePort(), persistTo: state, quiet: true, adminToken });
  const fixtures = await startFixtureServer(server.url).catch(async (error) => {
    await server.stop();
    throw error;
  });
  project.provide("baseUrl", server.url);
  project.provide("fixtureUrl", fixtures.url);
  project.provide("adminToken", adminToken);
  return async () => {
    await fixtures.stop();
    await server.stop();
    await rm(state, { recursive: true, force: true });
  };
}
