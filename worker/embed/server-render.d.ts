/**
 * What the Worker's type check sees of widget/server-render.ts, imported as
 * `#widget/server-render` (see there for why): Preact's types stay out, and
 * with them the DOM lib.
 */
import type { PublicCard } from "../domain/public-card";

/** The cards as static HTML in `lang`, or one "no fact checks" line when there are none. */
export declare function renderCardsHtml(cards: PublicCard[], lang: string): string;
