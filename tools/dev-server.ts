/**
 * Preparing and running the local stack with real wrangler commands: used by
 * `npm start` and by the browser tests, so both run exactly the same thing.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

/** Keep wrangler offline and quiet: these machines have no internet. */
export function wranglerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: "false",
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    WRANGLER_HIDE_BANNER: "true",
    ...extra,
  };
}

const BIN = "node_modules/.bin";

/** Runs a command to completion; rejects with its exit code. stdin is closed so nothing prompts. */
export function run(command: string, args: string[], options: { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: wranglerEnv(),
      stdio: ["ignore", options.quiet ? "pipe" : "inherit", options.quiet ? "pipe" : "inherit"],
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output}`)),
    );
  });
}

export interface PrepareOptions {
  /** Where local D1 state lives (default: wrangler's `.wrangler/state`). */
  persistTo?: string;
  quiet?: boolean;
  /** Build the widget, demo pages and API description into public/ first (default true). */
  build?: boolean;
}

/** Builds the widget, pages and API description, applies migrations to the local D1, loads data/. */
export async function prepareLocal({ persistTo, quiet, build = true }: PrepareOptions = {}): Promise<void> {
  const persist = persistTo ? ["--persist-to", persistTo] : [];
  if (build) {
    await run(`${BIN}/tsx`, ["tools/build-widget.ts"], { quiet });
    await run(`${BIN}/tsx`, ["tools/site/build.ts"], { quiet });
    await run(`${BIN}/tsx`, ["tools/build-openapi.ts"], { quiet });
  }
  await run(`${BIN}/wrangler`, ["d1", "migrations", "apply", "DB", "--local", ...persist], { quiet });
  // The loader takes the path of the v3 state folder, as wrangler dev uses it.
  const loaderPersist = persistTo ? ["--persist-to", `${persistTo}/v3`] : [];
  await run(`${BIN}/tsx`, ["tools/loader/load.ts", ...loaderPersist], { quiet });
}

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface DevServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`wrangler dev did not answer ${url}/healthz within ${timeoutMs} ms`);
}

export interface DevServerOptions {
  port: number;
  persistTo?: string;
  quiet?: boolean;
  /**
   * The bootstrap admin token for the write API, passed as
   * `--var ADMIN_TOKEN:<value>` (it overrides one from `.dev.vars`). Without
   * it the Worker gets whatever `.dev.vars` says, or no bootstrap admin.
   */
  adminToken?: string;
  /** More `--var NAME:value` settings (e.g. ARCHIVE_ALLOW_HOSTS for capture tests). */
  vars?: Record<string, string>;
}

/** Starts `wrangler dev` on loopback and resolves once /healthz answers. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const args = ["dev", "--ip", "127.0.0.1", "--port", String(options.port), "--show-interactive-dev-session=false"];
  if (options.persistTo) args.push("--persist-to", options.persistTo);
  if (options.adminToken !== undefined) args.push("--var", `ADMIN_TOKEN:${options.adminToken}`);
  for (const [name, value] of Object.entries(options.vars ?? {})) args.push("--var", `${name}:${value}`);
  const child = spawn(`${BIN}/wrangler`, args, {
    env: wranglerEnv(),
    stdio: ["ignore", options.quiet ? "ignore" : "inherit", options.quiet ? "ignore" : "inherit"],
    detached: true, // its own process group, so stop() also ends workerd
  });
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once("exit", r));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  };
  try {
    await waitForHealth(url, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, process: child, stop };
}
