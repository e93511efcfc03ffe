/**
 * claimcards widget boot: read the configuration, find or make mount points,
 * and render each article's claim cards into a shadow root once the mount
 * point nears the viewport. Nothing here may throw into the host page.
 */
import { h, render } from "preact";
import { type LoadAddon, Widget } from "./components/Widget";
import { readOptions, type WidgetOptions } from "./config";
import { createShadowMount } from "./mount";
import { loadStrings } from "./strings";
import css from "./styles.css";

const script = document.currentScript as HTMLScriptElement | null;
/** The API lives where the script came from, unless told otherwise. */
const scriptOrigin = script?.src ? new URL(script.src).origin : location.origin;
/** The add-on and the language packs sit beside widget.js. */
const base = script?.src || location.href;
const addOnUrl = new URL(__CLAIMCARDS_ADDON__, base).href;
/** The add-on (sources, highlights); the browser's module map fetches it once per page. */
const loadAddon: LoadAddon = () => import(/* @vite-ignore */ addOnUrl);

let marked = false;

/** The shadow root's container, sized for the layout before any data arrives. */
function mount(host: HTMLElement, options: WidgetOptions): HTMLElement {
  const container = createShadowMount(host, css);
  container.dataset.theme = options.theme;
  container.dataset.layout = options.layout;
  return container;
}

function renderInto(container: HTMLElement, options: WidgetOptions): void {
  render(
    h(Widget, {
      options,
      // The reader asked for the cards: the fixed height gives way (a shift
      // right after input is not layout shift).
      onExpand: () => {
        container.dataset.layout = "expanded";
      },
      loadAddon,
      loadStrings: (lang) => loadStrings(lang, base),
      onRendered: () => {
        if (!marked) performance.mark("claimcards:cards");
        marked = true;
      },
    }),
    container,
  );
}

/** Starts when the mount point is within a screen or so of the viewport (every browser we build for has IntersectionObserver). */
function whenNearViewport(host: HTMLElement, start: () => void): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        start();
      }
    },
    { rootMargin: "800px 0px" },
  );
  observer.observe(host);
}

/** Renders claim cards into `el`; `ClaimCards.render` for single-page apps. */
function renderPublic(el: HTMLElement, options: Partial<WidgetOptions> = {}): void {
  try {
    const full = { ...readOptions(el, script, scriptOrigin), ...options };
    // The shadow root and its reserved space exist before any data: no layout shift later.
    const container = mount(el, full);
    whenNearViewport(el, () => renderInto(container, full));
  } catch (error) {
    console.warn("claimcards: could not render", error);
  }
}

/** `data-target` (a selector), else `[data-claimcards]` mount points, else right after the script tag. */
function mountPoints(): HTMLElement[] {
  const target = script?.dataset.target;
  if (target) return [...document.querySelectorAll<HTMLElement>(target)];
  const marked = [...document.querySelectorAll<HTMLElement>("[data-claimcards]")];
  if (marked.length || !script?.parentNode) return marked;
  const host = document.createElement("claimcards-widget");
  script.after(host);
  return [host];
}

function boot(): void {
  performance.mark("claimcards:start");
  mountPoints().forEach((host) => renderPublic(host));
}

try {
  (window as unknown as { ClaimCards: object }).ClaimCards = { render: renderPublic };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot, { once: true });
  else boot();
} catch (error) {
  console.warn("claimcards: could not start", error);
}
