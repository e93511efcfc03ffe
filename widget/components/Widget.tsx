import { Component, type VNode } from "preact";
import { Fragment, jsx, jsxs } from "preact/jsx-runtime";
import { dirFor } from "../../common/languages";
import { en, type Strings } from "../../common/strings";
import type { PublicCard } from "../../worker/domain/public-card";
import { fetchCards } from "../api";
import type { WidgetOptions } from "../config";
import { CardList } from "./CardList";
import { CompactRow } from "./CompactRow";

type State = (
  | { phase: "loading" }
  | { phase: "failed" }
  | { phase: "ready"; cards: PublicCard[]; anchors?: Map<string, VNode> }
) & { expanded?: boolean; strings?: Strings; addon?: Addon; slow?: boolean };

interface Props {
  options: WidgetOptions;
  /** Called once the first cards are on screen (for performance marks). */
  onRendered?: () => void;
  /** Loads the add-on: sources, and highlights where the page asks for them. */
  loadAddon?: LoadAddon;
  /** The reader's strings: at once, or once their language pack arrives (widget/strings.ts). English without it. */
  loadStrings?: (lang: string) => Strings | Promise<Strings>;
  /** Called when the reader expands the compact row. */
  onExpand?: () => void;
}

type Addon = typeof import("../addon-entry");
/** Loads the add-on (widget-addon.<hash>.js) from where widget.js came from. */
export type LoadAddon = () => Promise<Addon>;

/**
 * How long the reserved space stays empty before the loading line shows. A
 * quick answer then paints the cards in the widget's first frame, with no
 * frame spent on a line that is replaced at once.
 */
export const LOADING_LINE_AFTER_MS = 300;

/** Fetches the article's cards and renders them; a quiet line if the API fails. */
export class Widget extends Component<Props, State> {
  private strings = this.props.loadStrings?.(this.props.options.lang) ?? en;
  // Until a language pack arrives nothing renders (the space is reserved); the cards' request is already out.
  override state: State = { phase: "loading", strings: this.strings instanceof Promise ? undefined : this.strings };

  override componentDidMount() {
    const { api, article, lang, highlight } = this.props.options;
    const pending = fetchCards(api, article, lang);
    // Only while still loading: cards already on screen need no second render for a line they never show.
    setTimeout(() => this.state.phase === "loading" && this.setState({ slow: true }), LOADING_LINE_AFTER_MS);
    if (this.strings instanceof Promise) this.strings.then((strings) => this.setState({ strings }));
    pending.then((result) => {
      if (!result.ok) return this.setState({ phase: "failed" });
      this.setState({ phase: "ready", cards: result.cards });
      const load = this.props.loadAddon;
      if (!load || !result.cards.length) return;
      // After the frame that paints the cards: nothing of the add-on runs before they are on screen.
      requestAnimationFrame(() =>
        setTimeout(() =>
          load()
            .then((addon) => {
              addon.useRuntime({ jsx, jsxs, Fragment });
              addon.adoptStyles((this.base as Element).getRootNode());
              this.setState({
                addon,
                // Marked in the highlight colours our rendered element inherits from the widget's element.
                anchors: highlight
                  ? addon.anchorCards(result.cards, document.body, this.base as Element, lang)
                  : undefined,
              });
            })
            .catch(() => {
              // Add-on unavailable or the host page unreadable: cards, without sources' details or highlights.
            }),
        ),
      );
    });
  }

  override componentDidUpdate(_: Props, previous: State) {
    const { state } = this;
    if (
      state.phase === "ready" &&
      state.cards.length &&
      state.strings &&
      !(previous.phase === "ready" && previous.strings)
    )
      this.props.onRendered?.();
  }

  private expand = () => {
    this.setState({ expanded: true });
    this.props.onExpand?.();
  };

  override render({ options }: Props, state: State) {
    const { strings } = state;
    if (!strings) return null;
    const compact = options.layout === "compact" && !state.expanded;
    if (state.phase !== "ready" || (compact && !state.cards.length)) {
      const line =
        state.phase === "loading"
          ? state.slow && strings.loading
          : state.phase === "failed"
            ? strings.unavailable
            : strings.noCards;
      return (
        line && (
          <p class="status" role="status" lang={options.lang} dir={dirFor(options.lang)}>
            {line}
          </p>
        )
      );
    }
    // No cards for this article: show nothing at all.
    if (!state.cards.length) return null;
    if (compact) return <CompactRow cards={state.cards} lang={options.lang} strings={strings} onExpand={this.expand} />;
    return (
      <CardList
        cards={state.cards}
        lang={options.lang}
        strings={strings}
        target={options.linkTarget}
        anchors={state.anchors}
        sourceView={state.addon?.Attribution}
      />
    );
  }
}
