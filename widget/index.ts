/**
 * claimcards widget boot: read the configuration, find or make mount points,
 * and render each article's claim cards into a shadow root once the mount
 * point nears the viewport. Nothing here may throw into the host page.
 */
import { h, render } from "preact";
import { type LoadHighlighter, Widget } from "./components/Widget";
import { readOptions, type WidgetOptions } from "./config";
import { createShadowMount } from "./mount";
import css from "./styles.css";

const script = document.currentScript as HTMLScriptElement | null;
/** The API lives where the script came from, unless told otherwise. */
const scriptOrigin = script?.src ? new URL(script.src).origin : location.origin;
const addOnUrl = new URL(__CLAIMCARDS_ADDON__, script?.src || location.href).href;
/** The highlighting add-on, fetched at most once per page. */
let highlighter: ReturnType<LoadHighlighter> | undefined;
const loadHighlighter: LoadHighlighter = () => (highlighter ??= import(/* @vite-ignore */ addOnUrl));

let marked = false;

/** The shadow root's container, sized for the layout before any data arrives. */
function mount(host: HTMLElement, options: WidgetOptions): HTMLElement {
  const container = createShadowMount(host, css);
  container.dataset.theme = options.theme;
  container.dataset.layout = options.layout;
  return container;
}

function renderInto(host: HTMLElement, options: WidgetOptions): void {
  const container = mount(host, options);
  render(
    h(Widget, {
      options,
      // The reader asked for the cards: the fixed height gives way (a shift
      // right after input is not layout shift).
      onExpand: () => {
        container.dataset.layout = "expanded";
      },
      loadHighlighter: options.highlight ? loadHighlighter : undefined,
      onRendered: () => {
        if (!marked) performance.mark?.("claimcards:cards");
        marked = true;
      },
    }),
    container,
  );
}

/** Starts when the mount point is within a screen or so of the viewport (or at once, if it cannot tell). */
function whenNearViewport(host: HTMLElement, start: () => void): void {
  if (typeof IntersectionObserver !== "function") return start();
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
    mount(el, full);
    whenNearViewport(el, () => renderInto(el, full));
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
  performance.mark?.("claimcards:start");
  mountPoints().forEach((host) => renderPublic(host));
}

try {
  (window as unknown as { ClaimCards: object }).ClaimCards = { render: renderPublic };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot, { once: true });
  else boot();
} catch (error) {
  console.warn("claimcards: could not start", error);
}
