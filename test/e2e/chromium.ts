/**
 * The one place that decides which Chromium the browser tests, the README
 * screenshots and the widget benchmark drive, and how it is started.
 *
 * In order:
 *   1. CHROMIUM_PATH, when set (an error if nothing is there: a path someone
 *      chose must never silently fall back to another browser);
 *   2. a system Chromium or Chrome on the PATH;
 *   3. the headless Chromium inside the `@sparticuz/chromium` devDependency,
 *      so `npm install && npm test` needs no browser from the OS.
 *
 * There is no fourth case: with no browser the tests fail, never skip.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { type Browser, chromium } from "playwright-core";

export interface FoundChromium {
  executablePath: string;
  /** Where it came from, for messages and the benchmark report. */
  source: "CHROMIUM_PATH" | "system" | "npm (@sparticuz/chromium)";
  /** Extra environment for the browser process (the npm build's libraries and fonts). */
  env: Record<string, string>;
}

/** The names Debian, Ubuntu, Fedora and Google's packages install. */
const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/**
 * Headless, no sandbox (CI runs as root), and nothing reaching for the
 * internet. `@sparticuz/chromium` also exports a list of flags, made for AWS
 * Lambda: it is deliberately not used. Its `--single-process` is only needed
 * where Lambda forbids the sandbox's prctl call, and its
 * `--disable-web-security` and `--allow-running-insecure-content` would switch
 * off the very protections the CSP and hostile-page tests rely on.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

let found: Promise<FoundChromium> | undefined;

/** The Chromium to drive (see the top of the file); unpacks the npm one on first use. */
export function findChromium(): Promise<FoundChromium> {
  found ??= locate();
  return found;
}

async function locate(): Promise<FoundChromium> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is set to ${chosen}, but there is no file there.`);
    return { executablePath: chosen, source: "CHROMIUM_PATH", env: {} };
  }
  const system = onPath(SYSTEM_NAMES);
  if (system) return { executablePath: system, source: "system", env: {} };
  return unpackNpmChromium();
}

function onPath(names: string[]): string | undefined {
  const dirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * `@sparticuz/chromium` ships Brotli-packed files: the headless_shell binary,
 * Open Sans, and the NSS/NSPR/expat libraries it links against (packed for
 * Amazon Linux, but plain x86-64 glibc libraries). They are unpacked once per
 * package version into `<tmp>/claimcards-chromium-<version>/`.
 *
 * The package's own `executablePath()` always uses `<tmp>/chromium`, reuses
 * whatever binary is there whatever its version, and never unpacks the
 * libraries outside AWS. So this calls its `inflate()` with TMPDIR pointed at
 * a private staging folder, then renames the folder into place: a
 * half-unpacked binary is never visible, and when two processes race the
 * loser throws its copy away.
 */
async function unpackNpmChromium(): Promise<FoundChromium> {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
  } catch {
    throw new Error(
      "No Chromium found: CHROMIUM_PATH is not set, none of " +
        `${SYSTEM_NAMES.join(", ")} is on the PATH, and the @sparticuz/chromium devDependency is not installed (run npm install).`,
    );
  }
  const packageRoot = join(dirname(entry), "..");
  const { version } = JSON.parse(await readFile(join(packageRoot, "package.json"), "utf8")) as { version: string };
  const home = join(tmpdir(), `claimcards-chromium-${version}`);
  if (!existsSync(join(home, "chromium"))) await unpackInto(home, join(packageRoot, "bin"));
  const fontsConf = await writeFontsConf(home);
  return {
    executablePath: join(home, "chromium"),
    source: "npm (@sparticuz/chromium)",
    env: {
      // The bundled libraries first: they are the ones this binary is built
      // and released with, and a fresh machine may have none of them.
      LD_LIBRARY_PATH: [join(home, "al2023", "lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
      FONTCONFIG_FILE: fontsConf,
    },
  };
}

async function unpackInto(home: string, bin: string): Promise<void> {
  const { inflate } = await import("@sparticuz/chromium");
  await mkdir(dirname(home), { recursive: true });
  const staging = await mkdtemp(`${home}.partial-`);
  const savedTmpdir = process.env.TMPDIR;
  try {
    // inflate() writes to os.tmpdir(), which reads TMPDIR on every call.
    process.env.TMPDIR = staging;
    // No swiftshader: the browser runs with --disable-gpu.
    await Promise.all(["chromium.br", "fonts.tar.br", "al2023.tar.br"].map((file) => inflate(join(bin, file))));
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  }
  try {
    await rename(staging, home);
  } catch (error) {
    // Another process finished first: its copy is as good as ours.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(join(home, "chromium"))) throw error;
  }
}

/**
 * Fonts for the npm build, whose own fonts.conf points at Lambda's paths:
 * the system's (if any), the package's Open Sans, and DejaVu from the
 * dejavu-fonts-ttf devDependency, so Persian (Arabic script) renders even on
 * a machine with no fonts at all. One file per checkout, since the unpacked
 * browser is shared by every checkout on the machine.
 */
async function writeFontsConf(home: string): Promise<string> {
  let dejavu = "";
  try {
    dejavu = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
  } catch {
    // Not installed: the system's fonts alone.
  }
  const conf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    "<fontconfig>",
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${join(home, "fonts")}</dir>`,
    ...(dejavu ? [`  <dir>${dejavu}</dir>`] : []),
    `  <cachedir>${join(home, "fonts-cache")}</cachedir>`,
    "</fontconfig>",
    "",
  ].join("\n");
  const file = join(home, `fonts-${createHash("sha256").update(conf).digest("hex").slice(0, 12)}.conf`);
  if (!existsSync(file)) {
    // Written aside, then renamed: a reader never sees half a file.
    const partial = `${file}.${process.pid}`;
    await writeFile(partial, conf);
    await rename(partial, file);
  }
  return file;
}

/** Headless Chromium with nothing reaching for the internet. */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, source, env } = await findChromium();
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...env } });
  } catch (error) {
    throw new Error(
      `Chromium (${source}, ${executablePath}) did not start. Set CHROMIUM_PATH to a working Chromium or Chrome, or install one.\n${(error as Error).message}`,
    );
  }
}
