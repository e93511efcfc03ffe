import { Component } from "preact";
import { formatDate } from "../../common/format";
import { dirFor } from "../../common/languages";
import { stringsFor } from "../../common/strings";
import type { PublicCard } from "../../worker/domain/public-card";
import { fetchCards } from "../api";
import type { WidgetOptions } from "../config";
import type { ArticleAnchor } from "./Card";
import { CardList } from "./CardList";
import { CompactRow } from "./CompactRow";

type State = (
  | { phase: "loading" }
  | { phase: "failed" }
  | { phase: "ready"; cards: PublicCard[]; anchors?: Map<string, ArticleAnchor | null> }
) & { expanded?: boolean };

interface Props {
  options: WidgetOptions;
  /** Called once the first cards are on screen (for performance marks). */
  onRendered?: () => void;
  /** Present when the page asked for highlights. */
  loadHighlighter?: LoadHighlighter;
  /** Called when the reader expands the compact row. */
  onExpand?: () => void;
}

/** Loads the highlighting add-on (widget-highlight.js) from where widget.js came from. */
export type LoadHighlighter = () => Promise<typeof import("../highlight-entry")>;

/** Fetches the article's cards and renders them; a quiet line if the API fails. */
export class Widget extends Component<Props, State> {
  override state: State = { phase: "loading" };

  override componentDidMount() {
    const { api, article, lang } = this.props.options;
    const pending = fetchCards(api, article, lang);
    // The first Intl date format in a page loads the locale's data (tens of
    // ms in Chromium): do it while the request is in flight, not after.
    setTimeout(() => formatDate("2000-01-01", lang), 0);
    pending.then((result) => {
      if (!result.ok) return this.setState({ phase: "failed" });
      this.setState({ phase: "ready", cards: result.cards });
      const load = this.props.loadHighlighter;
      if (!load || !result.cards.length) return;
      // Cards are on screen already; sentences get marked when the add-on arrives,
      // in the highlight colours our rendered element inherits from the widget's element.
      load()
        .then(({ anchorCards }) =>
          this.setState({ anchors: anchorCards(result.cards, document.body, this.base as Element) }),
        )
        .catch(() => {
          // Add-on unavailable or the host page unreadable: cards without highlights.
        });
    });
  }

  override componentDidUpdate(_: Props, previous: State) {
    if (this.state.phase === "ready" && previous.phase !== "ready" && this.state.cards.length)
      this.props.onRendered?.();
  }

  private expand = () => {
    this.setState({ expanded: true });
    this.props.onExpand?.();
  };

  override render({ options }: Props, state: State) {
    const strings = stringsFor(options.lang);
    const compact = options.layout === "compact" && !state.expanded;
    if (state.phase !== "ready" || (compact && !state.cards.length)) {
      const line =
        state.phase === "loading" ? strings.loading : state.phase === "failed" ? strings.unavailable : strings.noCards;
      return (
        <p class="status" role="status" lang={options.lang} dir={dirFor(options.lang)}>
          {line}
        </p>
      );
    }
    // No cards for this article: show nothing at all.
    if (!state.cards.length) return null;
    if (compact) return <CompactRow cards={state.cards} lang={options.lang} onExpand={this.expand} />;
    return <CardList cards={state.cards} lang={options.lang} target={options.linkTarget} anchors={state.anchors} />;
  }
}
