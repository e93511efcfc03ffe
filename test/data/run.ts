import { spawnSync } from "node:child_process";
import { wranglerEnv } from "../../data/dev-server";

/** Runs one of our Node CLIs the way npm scripts do, capturing everything. */
export function runTsx(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("node_modules/.bin/tsx", args, { env: wranglerEnv(), encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
