/**
 * Builds widget.js (everything needed to render cards) and its on-demand
 * highlighting add-on, minified, with the stylesheet bundled as text.
 */
import { build, transform, type Plugin } from "esbuild";
import { mkdir, readFile } from "node:fs/promises";

/** Imports `*.css` as a minified string, ready for `CSSStyleSheet.replaceSync`. */
const minifiedCssText: Plugin = {
  name: "minified-css-text",
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(await readFile(args.path, "utf8"), { loader: "css", minify: true });
      return { contents: code, loader: "text" };
    });
  },
};

export async function buildWidget(outdir = "public"): Promise<void> {
  await mkdir(outdir, { recursive: true });
  await Promise.all([bundle(outdir, "widget", "iife"), bundle(outdir, "widget-highlight", "esm")]);
}

/**
 * widget.js is a classic script (so `document.currentScript` works under
 * `async`); the highlighting add-on is an ES module it `import()`s on demand.
 */
function bundle(outdir: string, name: "widget" | "widget-highlight", format: "iife" | "esm") {
  return build({
    entryPoints: { [name]: name === "widget" ? "widget/index.ts" : "widget/highlight-entry.ts" },
    outdir,
    bundle: true,
    minify: true,
    format,
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
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildWidget(process.argv[2]);
}
