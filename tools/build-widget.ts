/**
 * Builds widget.js (everything needed to render cards) and its on-demand
 * highlighting add-on, minified, with the stylesheet bundled as text.
 */

import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build, type Plugin, transform } from "esbuild";
import { WIDGET_CSS_ASSET } from "../worker/assets";

/** A stylesheet minified, as the widget adopts it and the embed page inlines it. */
async function minifiedCss(path: string): Promise<string> {
  return (await transform(await readFile(path, "utf8"), { loader: "css", minify: true })).code;
}

/** Imports `*.css` as a minified string, ready for `CSSStyleSheet.replaceSync`. */
const minifiedCssText: Plugin = {
  name: "minified-css-text",
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => ({ contents: await minifiedCss(args.path), loader: "text" }));
  },
};

/** What the build wrote: versioned file names and their SRI hashes. */
export interface WidgetManifest {
  widget: string;
  integrity: string;
  addon: string;
  addonIntegrity: string;
}

function digest(bytes: Uint8Array, algorithm: "sha256" | "sha384", encoding: "hex" | "base64"): string {
  return createHash(algorithm).update(bytes).digest(encoding);
}

/**
 * Writes widget.js (short-lived, always the newest), the same bytes as
 * widget.<hash>.js (immutable, for pinning with Subresource Integrity), the
 * add-on as widget-highlight.<hash>.js, and widget-manifest.json naming them;
 * and the stylesheet alone as widget.css, which the Worker's `/embed` page
 * inlines (read from the assets, so it is not a second copy in the bundle).
 */
export async function buildWidget(outdir = "public"): Promise<WidgetManifest> {
  await mkdir(outdir, { recursive: true });
  // Old versions would pile up in the assets (and be deployed) otherwise.
  for (const name of await readdir(outdir)) if (/^widget.*\.js$/.test(name)) await rm(join(outdir, name));
  const addon = await bundle("widget/highlight-entry.ts", "esm", {});
  const addonName = `widget-highlight.${digest(addon, "sha256", "hex").slice(0, 10)}.js`;
  // The core names the exact add-on it was built with, so a pinned core loads a pinned add-on.
  const core = await bundle("widget/index.ts", "iife", { __CLAIMCARDS_ADDON__: JSON.stringify(addonName) });
  const coreName = `widget.${digest(core, "sha256", "hex").slice(0, 10)}.js`;
  const manifest: WidgetManifest = {
    widget: coreName,
    integrity: `sha384-${digest(core, "sha384", "base64")}`,
    addon: addonName,
    addonIntegrity: `sha384-${digest(addon, "sha384", "base64")}`,
  };
  await Promise.all([
    writeFile(join(outdir, "widget.js"), core),
    writeFile(join(outdir, coreName), core),
    writeFile(join(outdir, addonName), addon),
    writeFile(join(outdir, "widget-manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`),
    writeFile(join(outdir, WIDGET_CSS_ASSET), await minifiedCss("widget/styles.css")),
  ]);
  return manifest;
}

/**
 * widget.js is a classic script (so `document.currentScript` works under
 * `async`); the highlighting add-on is an ES module it `import()`s on demand.
 */
async function bundle(entry: string, format: "iife" | "esm", define: Record<string, string>): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [entry],
    write: false,
    bundle: true,
    minify: true,
    format,
    define,
    // Browsers from 2022 on: optional chaining and class fields stay as written.
    target: ["es2022", "chrome100", "firefox100", "safari15.4"],
    jsx: "automatic",
    jsxImportSource: "preact",
    plugins: [minifiedCssText],
    // Persian strings as UTF-8, not \u escapes: a third of the size.
    charset: "utf8",
    legalComments: "none",
    logLevel: "warning",
  });
  return result.outputFiles[0]!.contents;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildWidget(process.argv[2]);
}
