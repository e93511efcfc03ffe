import type { PublicCard, PublicSource } from "./public-card";

/** schema.org types for whoever made a claim. */
const CLAIMANT_TYPES = {
  person: "Person",
  organisation: "Organization",
  media: "Organization",
  government: "GovernmentOrganization",
  group: "Organization",
} as const;

function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function citation(source: PublicSource) {
  return withoutUndefined({
    "@type": "CreativeWork",
    name: source.title,
    url: source.url,
    datePublished: source.publishedAt,
    publisher: { "@type": "Organization", name: source.publisher },
    // The copy the quotes were checked against.
    archivedAt: source.archiveUrl,
  });
}

/**
 * A published card as schema.org ClaimReview JSON-LD, so search engines and
 * other fact-check aggregators can read our verdicts. `url` is where the
 * review can be read.
 */
export function toClaimReview(card: PublicCard, url: string) {
  const claimant = card.claim.claimant;
  const sources = new Map(card.attributions.map((a) => [a.source.id, a.source]));
  return withoutUndefined({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed: card.claim.text,
    reviewBody: card.summary,
    inLanguage: card.lang,
    datePublished: card.publishedAt,
    dateModified: card.updatedAt,
    author: withoutUndefined({ "@type": "Organization", name: card.reviewer.name, url: card.reviewer.url }),
    reviewRating: withoutUndefined({
      "@type": "Rating",
      // `unverified` has no place on the 1–5 scale: no ratingValue at all.
      ratingValue: card.verdict.ratingValue,
      bestRating: 5,
      worstRating: 1,
      alternateName: card.verdict.label,
    }),
    itemReviewed: withoutUndefined({
      "@type": "Claim",
      author: withoutUndefined({ "@type": CLAIMANT_TYPES[claimant.kind], name: claimant.name, url: claimant.url }),
      datePublished: card.claim.date,
      appearance: card.claim.appearances.map((appearance) =>
        withoutUndefined({
          "@type": "CreativeWork",
          url: appearance.url,
          headline: appearance.title,
          datePublished: appearance.date,
        }),
      ),
    }),
    citation: [...sources.values()].map(citation),
  });
}

/**
 * Where a card's review can be read: the card on this API (`base` is any URL
 * on this origin), in the language it was served in. Every ClaimReview we
 * emit, from the API and the embed page alike, uses it: one review, one address.
 */
export function claimReviewUrl(base: string, card: Pick<PublicCard, "id" | "lang">): string {
  const url = new URL(`/v1/cards/${card.id}`, base);
  url.searchParams.set("lang", card.lang);
  return url.toString();
}
