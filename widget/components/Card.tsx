import { Component, type ComponentType, type VNode } from "preact";
import { formatDate } from "../../common/format";
import { dirFor } from "../../common/languages";
import type { Strings } from "../../common/strings";
import type { PublicCard } from "../../worker/domain/public-card";
import type { AttributionProps } from "./Attribution";
import { Corrections } from "./Corrections";
import { ExternalLink } from "./ExternalLink";
import { VerdictBadge } from "./VerdictBadge";

export interface CardProps {
  card: PublicCard;
  strings: Strings;
  /** The UI language (dates, labels). */
  lang: string;
  /** Where links open (`_blank` by default). */
  target: string;
  /** Sources start expanded: the no-script embed has no button to press. */
  expanded?: boolean;
  /** Whether sources can be toggled (false when rendered to static HTML). */
  interactive?: boolean;
  /** The card's sentence in the host page (./ArticleAnchor, from the add-on); undefined when not looked for. */
  anchor?: VNode;
  /**
   * How a source is shown (./Attribution). Not imported here: widget.js gets
   * it from its add-on once the cards are on screen (the list fills in then
   * if the reader opened it first); the server render passes it directly.
   */
  sourceView?: ComponentType<AttributionProps>;
}

/**
 * One claim card: verdict, claim, why, sources, who reviewed it, corrections.
 * A class rather than hooks: preact/hooks would cost a kilobyte of the
 * widget's budget for one boolean.
 */
export class Card extends Component<CardProps, { open: boolean }> {
  override state = { open: this.props.expanded ?? false };

  private toggle = () => this.setState({ open: !this.state.open });

  override render(
    { card, strings, lang, target, interactive = true, anchor, sourceView: SourceView }: CardProps,
    { open }: { open: boolean },
  ) {
    const headingId = `cc-${card.id}`;
    const sourcesId = `cc-${card.id}-sources`;
    const showSources = open || !interactive;
    return (
      <article class="card" aria-labelledby={headingId} lang={card.lang} dir={dirFor(card.lang)}>
        <VerdictBadge verdict={card.verdict.key} label={card.verdict.label} caption={strings.verdict} />
        <h3 id={headingId} class="claim">
          {card.claim.text}
        </h3>
        <p class="claimant">
          {strings.claimBy}{" "}
          <ExternalLink href={card.claim.claimant.url} target={target}>
            {card.claim.claimant.name}
          </ExternalLink>
          {card.claim.date && <span class="date"> · {formatDate(card.claim.date, lang)}</span>}
        </p>
        <p class="summary">{card.summary}</p>
        {anchor}

        {interactive ? (
          <button type="button" class="toggle" aria-expanded={open} aria-controls={sourcesId} onClick={this.toggle}>
            {strings.sources(card.attributions.length)}
          </button>
        ) : (
          <h4>{strings.sources(card.attributions.length)}</h4>
        )}
        <ul id={sourcesId} class="attributions" hidden={!showSources}>
          {/* Built only when shown: most readers never open the sources, and first paint is what they wait for. */}
          {showSources &&
            SourceView &&
            card.attributions.map((attribution, i) => (
              <SourceView key={i} attribution={attribution} lang={lang} target={target} />
            ))}
        </ul>

        <p class="review">
          {/* A span, so styles.css isolates the names' direction like every other API text. */}
          {strings.reviewedBy} <span>{card.reviewedBy.map((person) => person.name).join(", ")}</span>
          {" · "}
          <ExternalLink href={card.reviewer.url} target={target}>
            {card.reviewer.name}
          </ExternalLink>
          {" · "}
          {strings.updated} <time dateTime={card.updatedAt}>{formatDate(card.updatedAt, lang)}</time>
        </p>
        <Corrections corrections={card.corrections} strings={strings} lang={lang} />
      </article>
    );
  }
}
