import { Component } from "preact";
import type { PublicCard } from "../../worker/domain/public-card";
import { fetchCards } from "../api";
import type { WidgetOptions } from "../config";
import { dirFor, stringsFor } from "../i18n";
import { CardList } from "./CardList";

type State = { phase: "loading" } | { phase: "failed" } | { phase: "ready"; cards: PublicCard[] };

interface Props {
  options: WidgetOptions;
  /** Called once the first cards are on screen (for performance marks). */
  onRendered?: (count: number) => void;
}

/** Fetches the article's cards and renders them; a quiet line if the API fails. */
export class Widget extends Component<Props, State> {
  override state: State = { phase: "loading" };

  override componentDidMount() {
    const { api, article, lang } = this.props.options;
    fetchCards(api, article, lang).then((result) => {
      this.setState(result.ok ? { phase: "ready", cards: result.cards } : { phase: "failed" });
    });
  }

  override componentDidUpdate(_: Props, previous: State) {
    if (this.state.phase === "ready" && previous.phase !== "ready") this.props.onRendered?.(this.state.cards.length);
  }

  override render({ options }: Props, state: State) {
    const strings = stringsFor(options.lang);
    if (state.phase !== "ready") {
      return (
        <p class="status" role="status" lang={options.lang} dir={dirFor(options.lang)}>
          {state.phase === "loading" ? strings.loading : strings.unavailable}
        </p>
      );
    }
    // No cards for this article: show nothing at all.
    if (!state.cards.length) return null;
    return <CardList cards={state.cards} lang={options.lang} target={options.linkTarget} />;
  }
}
