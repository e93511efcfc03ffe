/**
 * Builds widget.js (everything needed to render cards), its add-on (sources
 * and highlights, loaded once the cards are on screen) and the language
 * packs, minified, with the stylesheet bundled as text.
 */

import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build, type Plugin, transform } from "esbuild";
import { LANGS } from "../common/languages";
import { WIDGET_CSS_ASSET } from "../worker/assets";

/**
 * What esbuild's minifier leaves: custom property values are kept as
 * written (`--fg: var(--cc-fg, light-dark(#1a1a1a, #ececec))`), and a space
 * after a colon or comma means nothing there. Quoted strings are left alone.
 */
export function squeezeCss(css: string): string {
  return css
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/(--[\w-]+): /g, "$1:").replace(/, /g, ",")))
    .join("");
}

/** A stylesheet minified, as the widget adopts it and the embed page inlines it. */
async function minifiedCss(path: string): Promise<string> {
  const { code } = await transform(await readFile(path, "utf8"), { loader: "css", minify: true });
  return squeezeCss(code);
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
  /** The language packs widget.js loads for readers of other languages than English. */
  strings: Record<string, { file: string; integrity: string }>;
}

function digest(bytes: Uint8Array, algorithm: "sha256" | "sha384", encoding: "hex" | "base64"): string {
  return createHash(algorithm).update(bytes).digest(encoding);
}

/**
 * Writes widget.js (short-lived, always the newest), the same bytes as
 * widget.<hash>.js (immutable, for pinning with Subresource Integrity), the
 * add-on as widget-addon.<hash>.js, the language packs as
 * widget-strings-<lang>.<hash>.js, and widget-manifest.json naming them; and
 * the stylesheet alone as widget.css, which the Worker's `/embed` page
 * inlines (read from the assets, so it is not a second copy in the bundle).
 */
export async function buildWidget(outdir = "public"): Promise<WidgetManifest> {
  await mkdir(outdir, { recursive: true });
  // Old versions would pile up in the assets (and be deployed) otherwise.
  for (const name of await readdir(outdir)) if (/^widget.*\.js$/.test(name)) await rm(join(outdir, name));
  // The add-on renders with the core's Preact, handed over at load (widget/addon-jsx.ts): no second copy.
  const addon = await bundle("widget/addon-entry.tsx", "esm", {}, { "preact/jsx-runtime": "./widget/addon-jsx.ts" });
  const addonName = `widget-addon.${digest(addon, "sha256", "hex").slice(0, 10)}.js`;
  // English is in widget.js; each other language is a pack of its strings (widget/strings.ts).
  const packs = await Promise.all(
    LANGS.filter((lang) => lang !== "en").map(async (lang) => {
      const bytes = await bundle({ contents: `export { ${lang} as default } from "./common/strings";` }, "esm", {});
      return { lang, bytes, file: `widget-strings-${lang}.${digest(bytes, "sha256", "hex").slice(0, 10)}.js` };
    }),
  );
  // The core names the exact add-on and packs it was built with, so a pinned core loads pinned files.
  const core = await bundle("widget/index.ts", "iife", {
    __CLAIMCARDS_ADDON__: JSON.stringify(addonName),
    __CLAIMCARDS_STRINGS__: JSON.stringify(Object.fromEntries(packs.map(({ lang, file }) => [lang, file]))),
  });
  const coreName = `widget.${digest(core, "sha256", "hex").slice(0, 10)}.js`;
  const manifest: WidgetManifest = {
    widget: coreName,
    integrity: `sha384-${digest(core, "sha384", "base64")}`,
    addon: addonName,
    addonIntegrity: `sha384-${digest(addon, "sha384", "base64")}`,
    strings: Object.fromEntries(
      packs.map(({ lang, file, bytes }) => [lang, { file, integrity: `sha384-${digest(bytes, "sha384", "base64")}` }]),
    ),
  };
  await Promise.all([
    writeFile(join(outdir, "widget.js"), core),
    writeFile(join(outdir, coreName), core),
    writeFile(join(outdir, addonName), addon),
    ...packs.map(({ file, bytes }) => writeFile(join(outdir, file), bytes)),
    writeFile(join(outdir, "widget-manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`),
    // The embed page shows sources at once: both stylesheets, in the order the widget adopts them.
    writeFile(
      join(outdir, WIDGET_CSS_ASSET),
      (await minifiedCss("widget/styles.css")) + (await minifiedCss("widget/addon.css")),
    ),
  ]);
  return manifest;
}

/**
 * widget.js is a classic script (so `document.currentScript` works under
 * `async`); the add-on and the language packs are ES modules it
 * `import()`s on demand.
 */
async function bundle(
  entry: string | { contents: string },
  format: "iife" | "esm",
  define: Record<string, string>,
  alias: Record<string, string> = {},
): Promise<Uint8Array> {
  const result = await build({
    ...(typeof entry === "string"
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: process.cwd(), loader: "ts" as const } }),
    write: false,
    bundle: true,
    minify: true,
    format,
    define,
    alias,
    // Browsers from 2022 on: optional chaining and class fields stay as written.
    target: ["es2022", "chrome100", "firefox100", "safari15.4"],
    jsx: "automatic",
    jsxImportSource: "preact",
    plugins: [minifiedCssText],
    // Persian strings as UTF-8, not \u escapes: a third of the size.
    charset: "utf8",
    legalComments: "none",
    logLevel: "warning",
    // widget.js calls nearly all its functions before the cards paint. V8 (Chromium 136+; others
    // ignore the comment) then compiles them with the script, off the main thread where it
    // streams the script, instead of one by one on first call: ~2 ms less main thread to the cards.
    ...(format === "iife" ? { banner: { js: "//# allFunctionsCalledOnLoad" } } : {}),
  });
  return result.outputFiles[0]!.contents;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildWidget(process.argv[2]);
}
