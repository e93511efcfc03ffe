/**
 * Browser tests run against the real stack: the widget and pages built,
 * migrations applied to a scratch local D1, data/ loaded, `wrangler dev`
 * serving a copy of it on a free loopback port. Next to it, the fixture
 * server plays the publisher: host pages on another origin and a
 * misbehaving fake API. The loaded D1 is kept untouched (`pristineState`)
 * for files that write: they start their own server on a copy (own-stack.ts).
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, prepareLocal, startDevServer } from "../../tools/dev-server";
import { findChromium, launchChromium } from "./chromium";
import { startFixtureServer } from "./fixture-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** `wrangler dev` for files that only read: the Worker, widget.js and the demo pages; no admin token. */
    baseUrl: string;
    /** The fixture server: test/e2e/pages/ and /fake/<mode>/v1/cards. */
    fixtureUrl: string;
    /** The local D1 state as data/ loaded it, never served: files that write copy it (own-stack.ts). */
    pristineState: string;
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
  const pristine = await mkdtemp(join(tmpdir(), "claimcards-e2e-pristine-"));
  await prepareLocal({ persistTo: pristine, quiet: true });
  const state = await mkdtemp(join(tmpdir(), "claimcards-e2e-"));
  await cp(pristine, state, { recursive: true });
  // An empty bootstrap admin token overrides any ADMIN_TOKEN in .dev.vars: readers' server takes no writes.
  const server = await startDevServer({ port: await freePort(), persistTo: state, quiet: true, adminToken: "" });
  const fixtures = await startFixtureServer(server.url).catch(async (error) => {
    await server.stop();
    throw error;
  });
  project.provide("baseUrl", server.url);
  project.provide("fixtureUrl", fixtures.url);
  project.provide("pristineState", pristine);
  return async () => {
    await fixtures.stop();
    await server.stop();
    await rm(state, { recursive: true, force: true });
    await rm(pristine, { recursive: true, force: true });
  };
}
