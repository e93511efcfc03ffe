/**
 * The purge API stand-in in a process of its own, for tests that run the
 * CLI with spawnSync: that blocks the test's own event loop, so a stand-in
 * living there could not answer the Worker while a command runs. Prints its
 * address on the first line, then serves until killed.
 */
import { startPurgeApi } from "./server";

const api = await startPurgeApi();
console.log(api.url);
