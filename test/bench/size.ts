/**
 * `npm run size`: what the widget and the Worker cost, in bytes.
 * Builds both, then prints raw, gzip and brotli sizes against the budgets in
 * docs/budgets.md (test/bench/budgets.ts) and against Preact alone (the
 * floor of any Preact widget),
 * measured in the same run.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";
import { buildDesk } from "../../tools/build-desk";
import { buildWidget } from "../../tools/build-widget";
import { run } from "../../tools/dev-server";
import { BUDGETS, type Budget, describeBudget, withinBudget } from "./budgets";

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function measure(bytes: Uint8Array): Sizes {
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

/** Preact's runtime bundled and minified the same way: what no Preact widget can go below. */
async function preactFloor(): Promise<Sizes> {
  const result = await build({
    stdin: { contents: 'import { h, render } from "preact"; window.x = [h, render];', resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: "iife",
    write: false,
  });
  return measure(result.outputFiles[0]!.contents);
}

/**
 * The Worker as `wrangler deploy --dry-run --minify` would upload it: the
 * bundle plus the text modules beside it (the widget stylesheet the embed
 * page inlines), measured together.
 */
export async function workerBundle(): Promise<Sizes> {
  const outdir = await mkdtemp(join(tmpdir(), "claimcards-bundle-"));
  try {
    await run("node_modules/.bin/wrangler", ["deploy", "--env=", "--dry-run", "--minify", "--outdir", outdir], {
      quiet: true,
    });
    const modules = (await readdir(outdir)).filter((name) => !name.endsWith(".map") && name !== "README.md");
    return measure(Buffer.concat(await Promise.all(modules.map((name) => readFile(join(outdir, name))))));
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildWidget("public");
  const widget = measure(await readFile("public/widget.js"));
  const floor = await preactFloor();
  const worker = await workerBundle();
  const desk = measure((await buildDesk("public/desk")).jsBytes);
  const rows: [string, Sizes, Budget | undefined][] = [
    ["widget.js (all it needs to render cards)", widget, BUDGETS.widgetGzip],
    ["  baseline: Preact runtime alone", floor, undefined],
    ["worker bundle (deploy --dry-run --minify)", worker, BUDGETS.workerGzip],
    ["desk bundle (public/desk/desk.<hash>.js)", desk, BUDGETS.deskGzip],
  ];
  console.log("what                                        raw         gzip        brotli      gzip budget");
  for (const [name, size, budget] of rows) {
    const verdict =
      budget === undefined
        ? ""
        : `${describeBudget(budget)}: ${((size.gzip / budget.limit) * 100).toFixed(0)}% used, ${withinBudget(budget, size.gzip) ? "met" : "MISSED"}` +
          (budget.aim !== undefined && withinBudget(budget, size.gzip) && size.gzip > budget.aim
            ? " (above the aim)"
            : "");
    console.log(
      `${name.padEnd(44)}${kb(size.raw).padEnd(12)}${kb(size.gzip).padEnd(12)}${kb(size.brotli).padEnd(12)}${verdict}`,
    );
  }
  console.log(`widget gzip / Preact alone: ${(widget.gzip / floor.gzip).toFixed(2)}x`);
}
