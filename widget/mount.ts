/**
 * A shadow root with our stylesheet adopted into it: the host page's CSS
 * cannot reach in and ours cannot leak out. Constructable stylesheets need
 * no `<style>` element, so a strict `style-src` CSP does not block them.
 */
export function createShadowMount(host: HTMLElement, css: string): HTMLElement {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  // Ours alone: mounting again (the desk's preview does) replaces rather than adds.
  adoptStylesheet(root, css, []);
  let container = root.querySelector<HTMLElement>(".cc-root");
  if (!container) {
    container = document.createElement("div");
    container.className = "cc-root";
    root.appendChild(container);
  }
  return container;
}

/** Adds `css` to our shadow root's styles, after those it has (or after `before`). */
export function adoptStylesheet(root: ShadowRoot, css: string, before = root.adoptedStyleSheets): void {
  // Every engine with adoptedStyleSheets also has constructable sheets and replaceSync.
  if ("adoptedStyleSheets" in root) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...before, sheet];
  } else {
    // Older engines: a <style> inside our own shadow root, never in the host document.
    const style = document.createElement("style");
    style.textContent = css;
    (root as ShadowRoot).appendChild(style);
  }
}
