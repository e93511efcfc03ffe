/**
 * The JSX runtime of widget.js's add-on: the core's own Preact, handed over
 * when the add-on loads (`useRuntime`), so the add-on carries no second copy
 * of Preact and its elements are the core's. The add-on build aliases
 * `preact/jsx-runtime` to this file (tools/build-widget.ts); anywhere else
 * (tests, the server render) components use Preact's runtime directly.
 */
import type * as Runtime from "preact/jsx-runtime";

export let jsx: typeof Runtime.jsx;
export let jsxs: typeof Runtime.jsxs;
export let Fragment: typeof Runtime.Fragment;

/** Called by widget.js with its runtime before the add-on renders anything. */
export function useRuntime(runtime: Pick<typeof Runtime, "jsx" | "jsxs" | "Fragment">): void {
  ({ jsx, jsxs, Fragment } = runtime);
}
