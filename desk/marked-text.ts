/**
 * An article's text cut into paragraphs and pieces so that each matched
 * sentence can be marked where it stands and its cards shown beside its
 * paragraph. Offsets are the matcher's own (UTF-16, into the text it
 * matched), so the marks are exactly the sentences the server means.
 */

/** A run of text; `matches` names the matches (by index) it is the sentence of, if any. */
export interface Piece {
  text: string;
  matches: number[];
}

export interface Paragraph {
  pieces: Piece[];
  /** The matches marked in this paragraph, in reading order. */
  matches: number[];
}

interface Span {
  start: number;
  end: number;
}

/**
 * Paragraphs are separated by blank lines (how archived text keeps them).
 * Matches are placed in the paragraph that holds them; two cards matching
 * the same sentence share one mark. A match whose offsets fall outside the
 * text (which the server never sends) is left out of the marks, not guessed.
 */
export function markedParagraphs(text: string, matches: readonly Span[]): Paragraph[] {
  const bounds: Span[] = [];
  let start = 0;
  for (const gap of text.matchAll(/\n[ \t]*\n\s*/g)) {
    bounds.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  bounds.push({ start, end: text.length });
  const order = matches.map((_, i) => i).sort((a, b) => matches[a]!.start - matches[b]!.start);

  return bounds
    .filter((span) => span.end > span.start)
    .map((span) => {
      const pieces: Piece[] = [];
      const inside: number[] = [];
      let at = span.start;
      for (const i of order) {
        const match = matches[i]!;
        if (match.start < span.start || match.end > span.end) continue;
        const last = pieces[pieces.length - 1];
        if (last && last.matches.length > 0 && match.start < at) {
          last.matches.push(i); // another card for the sentence already marked
        } else if (match.start >= at) {
          if (match.start > at) pieces.push({ text: text.slice(at, match.start), matches: [] });
          pieces.push({ text: text.slice(match.start, match.end), matches: [i] });
          at = match.end;
        } else continue;
        inside.push(i);
      }
      if (at < span.end) pieces.push({ text: text.slice(at, span.end), matches: [] });
      return { pieces, matches: inside };
    });
}
