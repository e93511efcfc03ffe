import { highlightStringsFor } from "../../common/strings";

interface Props {
  /** Scrolls the article to the card's sentence and marks it; absent when the sentence is not on the page. */
  show?: () => void;
  /** The UI language. */
  lang: string;
}

/**
 * What the highlighting add-on found of a card's sentence in the host article:
 * a "Show in article" button, or the line saying it is not on this page.
 * Part of the add-on: widget.js only places it in the card.
 */
export function ArticleAnchor({ show, lang }: Props) {
  const strings = highlightStringsFor(lang);
  return show ? (
    <button type="button" class="show" onClick={show}>
      {strings.showInArticle}
    </button>
  ) : (
    <p class="not-found">{strings.notInArticle}</p>
  );
}
