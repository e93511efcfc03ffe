import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";

/** Starts test/purge-api/main.ts as a child process; resolves with its address and a way to stop it. */
export async function startPurgeApiProcess(): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn("node_modules/.bin/tsx", ["test/purge-api/main.ts"], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const [url] = (await Promise.race([
    once(lines, "line"),
    once(child, "exit").then(() => {
      throw new Error("the purge API stand-in exited before it printed its address");
    }),
  ])) as [string];
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill();
      await exited;
    },
  };
}
