/**
 * claimcards widget boot: read the script tag's configuration, find or make
 * mount points, and render the article's claim cards into shadow roots.
 * Nothing here may throw into the host page.
 */
import { h, render } from "preact";
import { readOptions, type WidgetOptions } from "./config";
import { Widget } from "./components/Widget";
import { createShadowMount } from "./mount";
import css from "./styles.css";

const script = document.currentScript as HTMLScriptElement | null;
/** The API lives where the script came from, unless told otherwise. */
const scriptOrigin = script?.src ? new URL(script.src).origin : location.origin;

/** Renders claim cards into `host` (inside its shadow root). */
function renderInto(host: HTMLElement, options: WidgetOptions): void {
  const container = createShadowMount(host, css);
  container.dataset.theme = options.theme;
  performance.mark?.("claimcards:start");
  render(
    h(Widget, {
      options,
      onRendered: () => performance.mark?.("claimcards:cards"),
    }),
    container,
  );
}

/** Public API for pages that add mount points later (single-page apps). */
function renderPublic(el: HTMLElement, options: Partial<WidgetOptions> = {}): void {
  try {
    renderInto(el, { ...readOptions(el, null, scriptOrigin), ...options });
  } catch (error) {
    console.warn("claimcards: could not render", error);
  }
}

function boot(): void {
  const mounts = [...document.querySelectorAll<HTMLElement>("[data-claimcards]")];
  if (!mounts.length && script) {
    // No explicit mount point: render right after our own script tag.
    const host = document.createElement("claimcards-widget");
    script.after(host);
    mounts.push(host);
  }
  for (const host of mounts) renderPublic(host, readOptions(host, script, scriptOrigin));
}

try {
  (window as unknown as { ClaimCards: unknown }).ClaimCards = { render: renderPublic };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot, { once: true });
  else boot();
} catch (error) {
  console.warn("claimcards: could not start", error);
}
