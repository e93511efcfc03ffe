import { spawnSync } from "node:child_process";
import { wranglerEnv } from "../../tools/dev-server";

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of our Node CLIs the way npm scripts do, capturing everything. */
export function runTsx(args: string[], env: NodeJS.ProcessEnv = wranglerEnv()): RunResult {
  const result = spawnSync("node_modules/.bin/tsx", args, { env, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `npm run cards -- <args>` as a child process, with exactly the CLAIMCARDS_*
 * variables given (none inherited from the shell running the tests).
 */
export function runCards(args: string[], vars: { url?: string; token?: string } = {}): RunResult {
  const env = wranglerEnv();
  delete env.CLAIMCARDS_URL;
  delete env.CLAIMCARDS_TOKEN;
  if (vars.url !== undefined) env.CLAIMCARDS_URL = vars.url;
  if (vars.token !== undefined) env.CLAIMCARDS_TOKEN = vars.token;
  return runTsx(["tools/cli/main.ts", ...args], env);
}
