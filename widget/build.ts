/**
 * Builds widget.js: one IIFE (a classic script, so `document.currentScript`
 * works under `async`), minified, with the stylesheet bundled as text.
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
  await build({
    entryPoints: { widget: "widget/index.ts" },
    outdir,
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020", "chrome90", "firefox90", "safari14"],
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
