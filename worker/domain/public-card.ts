import type * as v from "valibot";
import { primaryLang, supportedLang } from "../../common/languages";
import { VERDICTS, verdictLabel } from "../../common/verdicts";
import { quoteContext } from "./quote-context";
import type { Card } from "./schema/card";
import type { PublicAttributionSchema, PublicCardSchema, PublicSourceSchema } from "./schema/public-card";
import type { ArchivedSource } from "./schema/source";
import type { QuoteCheck, SourceIndex } from "./verify";

/*
 * The public shapes are defined once, as the valibot schemas in
 * ./schema/public-card.ts (which also generate the OpenAPI document); these
 * types are inferred from them. Type-only imports: the widget imports these
 * types and must not pull valibot into its bundle.
 */

/** What readers and API clients learn about a source: enough to check it themselves. */
export type PublicSource = v.InferOutput<typeof PublicSourceSchema>;

/** One quote as served: the attribution with its source joined in and where the quote was found. */
export type PublicAttribution = v.InferOutput<typeof PublicAttributionSchema>;

/**
 * The public form of a published card, stored next to the card so reads are
 * one query: sources joined in, quote checks recorded, all translations kept.
 */
export type CardView = Omit<Card, "attributions" | "status"> & {
  attributions: PublicAttribution[];
};

/** A card as the public API serves it, in one language. */
export type PublicCard = v.InferOutput<typeof PublicCardSchema>;

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
    available.find((lang) => lang.toLowerCase() === primaryLang(want)) ??
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
      // In the reader's language when we speak it, even where the card has no
      // translation: the badge sits in the reader's interface.
      label: verdictLabel(verdict, (wanted && supportedLang(wanted)) || lang),
      ...(info.ratingValue === undefined ? {} : { ratingValue: info.ratingValue }),
    },
  };
}
