/**
 * What the Worker's type check sees of ./preact/cards-html.ts (imported as
 * `#embed/cards-html`; see there for why): Preact's types stay out, and
 * with them the DOM lib.
 */
import type { PublicCard } from "../domain/public-card";

/** The cards as static HTML in `lang`, or one "no fact checks" line when there are none. */
export declare function renderCardsHtml(cards: PublicCard[], lang: string): string;
