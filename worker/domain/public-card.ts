import type { Card } from "./schema/card";
import { quoteContext } from "./quote-context";
import type { ArchivedSource, SourceArchive } from "./schema/source";
import { VERDICTS, verdictLabel, type VerdictKey } from "../../common/verdicts";
import type { QuoteCheck, SourceIndex } from "./verify";

/** What readers and API clients learn about a source: enough to check it themselves. */
export interface PublicSource {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  publishedAt?: string;
  archivedAt: string;
  archiveUrl?: string;
  /** SHA-256 of the archived snapshot the quote was checked against. */
  sha256: string;
  /** How the snapshot was archived; a capture names the bytes' hash, the final address and when it was fetched. */
  archive?: Omit<SourceArchive, "r2Key">;
  lang?: string;
  dir?: "rtl" | "ltr";
}

export interface PublicAttribution {
  quote: string;
  stance: Card["attributions"][number]["stance"];
  note?: string;
  source: PublicSource;
  /** Always true in public output: unverifiable cards are never published. */
  quoteVerified: boolean;
  /** Where the quote starts in the archived snapshot (UTF-16 offset). */
  quoteOffset: number;
  quoteLength: number;
  /** The sentence(s) around the quote in the archived text, bounded (see quote-context.ts). */
  context?: string;
}

/**
 * The public form of a published card, stored next to the card so reads are
 * one query: sources joined in, quote checks recorded, all translations kept.
 */
export interface CardView extends Omit<Card, "attributions" | "status"> {
  attributions: PublicAttribution[];
}

/** A card as the public API serves it, in one language. */
export interface PublicCard extends Omit<CardView, "verdict" | "translations"> {
  /** The language the text fields are in (may differ from the one asked for). */
  lang: string;
  /** The language the card was written in. */
  originalLang: string;
  /** Every language this card can be served in. */
  langs: string[];
  verdict: { key: VerdictKey; label: string; ratingValue?: number };
}

function publicSource(source: ArchivedSource): PublicSource {
  const { text: _text, archive, ...meta } = source;
  if (!archive) return meta;
  // Where the bytes sit in our bucket is our business; their hash is the reader's.
  const { r2Key: _key, ...shown } = archive;
  return { ...meta, archive: shown };
}

/** Joins a verified card with its sources and quote checks. */
export function buildCardView(card: Card, index: SourceIndex, quotes: QuoteCheck[]): CardView {
  const { status: _status, attributions, ...rest } = card;
  return {
    ...rest,
    attributions: attributions.map((attribution, i) => {
      const source = index.get(attribution.source);
      const check = quotes[i];
      if (!source || !check) throw new Error(`attribution ${i} of ${card.id} was not verified`);
      return {
        ...attribution,
        source: publicSource(source),
        quoteVerified: true,
        quoteOffset: check.offset,
        quoteLength: check.length,
        context: quoteContext(source.text, check.offset, check.length, source.lang),
      };
    }),
  };
}

/**
 * Chooses the language to serve: the one asked for if the card has it
 * (exactly, or by its primary subtag: `fa-IR` → `fa`), else the original.
 */
export function pickLang(view: Pick<CardView, "lang" | "translations">, wanted: string | undefined): string {
  if (!wanted) return view.lang;
  const want = wanted.toLowerCase();
  const available = [view.lang, ...Object.keys(view.translations)];
  return (
    available.find((lang) => lang.toLowerCase() === want) ??
    available.find((lang) => lang.toLowerCase() === want.split("-")[0]) ??
    view.lang
  );
}

/** The public card in `wanted` language where a translation exists. */
export function localizeCard(view: CardView, wanted?: string): PublicCard {
  const { translations, verdict, ...rest } = view;
  const lang = pickLang(view, wanted);
  const t = lang === view.lang ? undefined : translations[lang];
  const info = VERDICTS[verdict];
  return {
    ...rest,
    lang,
    originalLang: view.lang,
    langs: [view.lang, ...Object.keys(translations)],
    claim: {
      ...view.claim,
      text: t?.claim ?? view.claim.text,
      claimant: { ...view.claim.claimant, name: t?.claimant ?? view.claim.claimant.name },
    },
    summary: t?.summary ?? view.summary,
    verdict: {
      key: verdict,
      label: verdictLabel(verdict, lang),
      ...(info.ratingValue === undefined ? {} : { ratingValue: info.ratingValue }),
    },
  };
}
