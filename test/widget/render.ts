import { render, type VNode } from "preact";
import { act } from "preact/test-utils";

/** Renders into a fresh container attached to the document. */
export function mount(vnode: VNode): HTMLElement {
  const container = document.createElement("div");
  document.body.append(container);
  act(() => render(vnode, container));
  return container;
}
