/**
 * The widget's stylesheet as text, so the embed page looks exactly like the
 * widget without a second stylesheet to keep in step.
 *
 * `*.css` is imported as a Text module: wrangler.toml's `[[rules]]` entry
 * makes wrangler's bundler (deploy, dev) inline it as a string, and the
 * vitest workers pool honours the same rules, so tests see the real file.
 */
import css from "../../widget/styles.css";

export const WIDGET_CSS: string = css;
