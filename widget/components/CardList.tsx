import { dirFor } from "../../common/languages";
import { stringsFor } from "../../common/strings";
import type { PublicCard } from "../../worker/domain/public-card";
import { type ArticleAnchor, Card } from "./Card";

export interface CardListProps {
  cards: PublicCard[];
  /** The reader's language: UI strings, dates and direction follow it. */
  lang: string;
  target?: string;
  interactive?: boolean;
  /** Each card's sentence in the host page, when highlighting (null: not found). */
  anchors?: Map<string, ArticleAnchor | null>;
}

/** The widget's body: a labelled region holding one article per card. */
export function CardList({ cards, lang, target = "_blank", interactive = true, anchors }: CardListProps) {
  const strings = stringsFor(lang);
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
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
