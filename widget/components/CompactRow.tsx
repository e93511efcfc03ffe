import { dirFor } from "../../common/languages";
import type { Strings } from "../../common/strings";
import type { PublicCard } from "../../worker/domain/public-card";

interface Props {
  cards: PublicCard[];
  lang: string;
  strings: Strings;
  onExpand: () => void;
}

/**
 * The compact layout's one row — "3 fact checks: False · Misleading ·
 * Unverified" — as a button that opens the full cards. Its height is fixed by
 * the stylesheet from before the data arrives, so the article never moves.
 */
export function CompactRow({ cards, lang, strings, onExpand }: Props) {
  return (
    <button type="button" class="compact-row" lang={lang} dir={dirFor(lang)} aria-expanded="false" onClick={onExpand}>
      <span class="vh">{strings.expand}: </span>
      <strong>{strings.factChecks(cards.length)}:</strong>{" "}
      {cards.map((card, i) => (
        <span key={card.id} class={`verdict-${card.verdict.key} compact-verdict`}>
          {i ? " · " : ""}
          {card.verdict.label}
        </span>
      ))}
    </button>
  );
}
