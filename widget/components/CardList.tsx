import type { VNode } from "preact";
import { dirFor } from "../../common/languages";
import type { Strings } from "../../common/strings";
import type { PublicCard } from "../../worker/domain/public-card";
import { Card, type CardProps } from "./Card";

export interface CardListProps {
  cards: PublicCard[];
  /** The reader's language: UI strings, dates and direction follow it. */
  lang: string;
  /** The strings for `lang` (common/strings.ts `stringsFor`, or the widget's language pack). */
  strings: Strings;
  target?: string;
  interactive?: boolean;
  /** Each card's sentence in the host page, when highlighting. */
  anchors?: Map<string, VNode>;
  sourceView?: CardProps["sourceView"];
}

/** The widget's body: a labelled region holding one article per card. */
export function CardList({
  cards,
  lang,
  strings,
  target = "_blank",
  interactive = true,
  anchors,
  sourceView,
}: CardListProps) {
  return (
    <section class="claimcards" lang={lang} dir={dirFor(lang)} aria-label={strings.title}>
      <h2 class="title">{strings.title}</h2>
      <ul class="cards">
        {cards.map((card) => (
          <li key={card.id}>
            <Card
              card={card}
              strings={strings}
              lang={lang}
              target={target}
              interactive={interactive}
              expanded={!interactive}
              anchor={anchors?.get(card.id)}
              sourceView={sourceView}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
