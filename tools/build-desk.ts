/**
 * Builds the newsroom desk (/desk/): desk/main.tsx and desk/desk.css into
 * public/desk/ under content-hashed names, and desk-manifest.json naming
 * them (the Worker's /desk/ page reads it). Its own bundle: the widget never
 * loads any of it.
 */

import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build, type Plugin, transform } from "esbuild";

export interface DeskManifest {
  js: string;
  css: string;
}

/** The widget's stylesheet is text (adopted into the preview's shadow root); the desk's own sheet is a file. */
const cssFiles: Plugin = {
  name: "desk-css",
  setup(b) {
    b.onLoad({ filter: /widget[\\/]styles\.css$/ }, async (args) => {
      const { code } = await transform(await readFile(args.path, "utf8"), { loader: "css", minify: true });
      return { contents: code, loader: "text" };
    });
  },
};

const hashed = (stem: string, ext: string, bytes: Uint8Array) =>
  `${stem}.${createHash("sha256").update(bytes).digest("hex").slice(0, 10)}.${ext}`;

export async function buildDesk(outdir = "public/desk"): Promise<DeskManifest & { jsBytes: Uint8Array }> {
  await mkdir(outdir, { recursive: true });
  for (const name of await readdir(outdir)) await rm(join(outdir, name), { recursive: true });
  const result = await build({
    entryPoints: ["desk/main.tsx"],
    write: false,
    bundle: true,
    minify: true,
    format: "esm",
    outdir,
    target: ["es2022", "chrome100", "firefox100", "safari15.4"],
    jsx: "automatic",
    jsxImportSource: "preact",
    plugins: [cssFiles],
    charset: "utf8",
    legalComments: "none",
    logLevel: "warning",
  });
  const js = result.outputFiles.find((f) => f.path.endsWith(".js"))!.contents;
  const css = result.outputFiles.find((f) => f.path.endsWith(".css"))!.contents;
  const manifest = { js: hashed("desk", "js", js), css: hashed("desk", "css", css) };
  await Promise.all([
    writeFile(join(outdir, manifest.js), js),
    writeFile(join(outdir, manifest.css), css),
    writeFile(join(outdir, "desk-manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`),
  ]);
  return { ...manifest, jsBytes: js };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = await buildDesk(process.argv[2]);
  console.log(`desk: public/desk/${built.js}, public/desk/${built.css}`);
}
