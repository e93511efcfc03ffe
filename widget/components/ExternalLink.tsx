import type { ComponentChildren } from "preact";
import { safeHref } from "./safe-href";

interface Props {
  href: string | undefined;
  target: string;
  children: ComponentChildren;
}

/** A link out of the widget: http(s) only, never leaking the opener or referrer. Plain text otherwise. */
export function ExternalLink({ href, target, children }: Props) {
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target={target} rel="noopener noreferrer">
      {children}
    </a>
  );
}
