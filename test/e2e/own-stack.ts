/**
 * A server of the test file's own. Files that change data (the newsroom
 * walkthrough, the desk) each start their own `wrangler dev` on a copy of
 * the freshly loaded D1 that global setup prepared, so what one file writes
 * never shows in another file's counts, and a failure half-way through one
 * cannot break the next. Files that only read share the global server,
 * which holds no admin token: nothing can write to it.
 */
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import { type DevServer, freePort, startDevServer } from "../../tools/dev-server";

export interface OwnStack {
  /** The Worker, widget.js and the demo pages, on this file's own D1. */
  readonly baseUrl: string;
  /** The bootstrap admin token of this server (as the ADMIN_TOKEN secret would give it). */
  readonly adminToken: string;
}

/**
 * Call at the top of a test file; read the fields inside tests (they are set
 * in beforeAll). `vars` are more `--var` settings for this server.
 */
export function useOwnStack(vars: Record<string, string> = {}): OwnStack {
  let server: DevServer | undefined;
  let state: string | undefined;
  const stack = { baseUrl: "", adminToken: `e2e-admin-${randomBytes(24).toString("hex")}` };
  beforeAll(async () => {
    state = await mkdtemp(join(tmpdir(), "claimcards-e2e-own-"));
    await cp(inject("pristineState"), state, { recursive: true });
    server = await startDevServer({
      port: await freePort(),
      persistTo: state,
      quiet: true,
      adminToken: stack.adminToken,
      // The fixture server plays publishers' sites the desk archives from.
      vars: { ARCHIVE_ALLOW_HOSTS: new URL(inject("fixtureUrl")).host, ...vars },
    });
    stack.baseUrl = server.url;
  });
  afterAll(async () => {
    await server?.stop();
    if (state) await rm(state, { recursive: true, force: true });
  });
  return stack;
}
