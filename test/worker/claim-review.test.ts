import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { seedFiles } from "./seed";

const get = (path: string, init?: RequestInit) => exports.default.fetch(`https://cards.test${path}`, init);
const seedIds = seedFiles().cards.map((file) => file.file.replace(/^.*\/|\.json$/g, ""));

describe("ClaimReview JSON-LD", () => {
  it.each(seedIds)("%s has every ClaimReview field", async (id) => {
    const response = await get(`/v1/cards/${id}?format=jsonld`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const review = (await response.json()) as Record<string, any>;
    expect(review["@context"]).toBe("https://schema.org");
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.claimReviewed).toEqual(expect.any(String));
    expect(review.url).toBe(`https://cards.test/v1/cards/${id}?lang=en`);
    expect(review.inLanguage).toBe("en");
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(review.author).toMatchObject({ "@type": "Organization", name: "claimcards demo desk" });
    expect(review.reviewRating).toMatchObject({
      "@type": "Rating",
      bestRating: 5,
      worstRating: 1,
      alternateName: expect.any(String),
    });
    expect(review.itemReviewed).toMatchObject({
      "@type": "Claim",
      author: { name: expect.any(String) },
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/),
      appearance: [
        expect.objectContaining({ "@type": "CreativeWork", url: "https://news.example/2023/02/iran-amnesty" }),
      ],
    });
    expect(review.citation).toEqual([
      expect.objectContaining({
        "@type": "CreativeWork",
        name: expect.any(String),
        url: "https://news.example/2023/02/iran-amnesty",
      }),
    ]);
  });

  it("gives a ratingValue on the 1–5 scale, and none for unverified", async () => {
    const misleading = (await (await get("/v1/cards/amnesty-tens-of-thousands?format=jsonld")).json()) as any;
    expect(misleading.reviewRating).toMatchObject({ ratingValue: 2, alternateName: "Misleading" });
    const unverified = (await (await get("/v1/cards/protest-arrests-20000?format=jsonld")).json()) as any;
    expect(unverified.reviewRating.alternateName).toBe("Unverified");
    expect(unverified.reviewRating).not.toHaveProperty("ratingValue");
  });

  it("is chosen by Accept: application/ld+json too, and follows ?lang", async () => {
    const response = await get("/v1/cards/amnesty-tens-of-thousands?lang=fa", {
      headers: { accept: "application/ld+json" },
    });
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const review = (await response.json()) as any;
    expect(review.inLanguage).toBe("fa");
    expect(review.reviewRating.alternateName).toBe("گمراه‌کننده");
  });
});

describe("the verification, as the API shows it", () => {
  it("gives every attribution quoteVerified, the offset and the archived source's identity", async () => {
    const card = (await (await get("/v1/cards/amnesty-tens-of-thousands")).json()) as any;
    expect(card.reviewedBy.length).toBeGreaterThan(0);
    expect(card).toMatchObject({
      reviewer: { name: expect.any(String) },
      publishedAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(card.corrections).toEqual([expect.objectContaining({ note: expect.stringContaining("February 5") })]);
    for (const attribution of card.attributions) {
      expect(attribution).toMatchObject({ quoteVerified: true, quoteOffset: expect.any(Number) });
      expect(attribution.source).toMatchObject({
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        archivedAt: expect.any(String),
        publisher: expect.any(String),
        title: expect.any(String),
        url: "https://news.example/2023/02/iran-amnesty",
      });
    }
  });

  it("serves the Persian translation with ?lang=fa and says which language it served", async () => {
    const fa = (await (await get("/v1/cards/amnesty-tens-of-thousands?lang=fa-IR")).json()) as any;
    expect(fa.lang).toBe("fa");
    expect(fa.claim.text).toMatch(/[\u0600-\u06FF]/);
    expect(fa.verdict.label).toBe("گمراه‌کننده");
    // Quotes are never translated: they must match the archived source.
    const en = (await (await get("/v1/cards/amnesty-tens-of-thousands")).json()) as any;
    expect(fa.attributions[0].quote).toBe(en.attributions[0].quote);
  });

  it("falls back to the original language when there is no translation", async () => {
    const de = (await (await get("/v1/cards/amnesty-tens-of-thousands?lang=de")).json()) as any;
    expect(de.lang).toBe("en");
  });
});
