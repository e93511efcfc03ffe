import { prepareDataset } from "../../tools/loader/prepare-dataset";
import { readDataset } from "../../tools/loader/read-dataset";
import { localizeCard, type PublicCard } from "../../worker/domain/public-card";

/** The seed cards as the API would serve them, in `lang`. */
export async function seedCards(lang = "en"): Promise<PublicCard[]> {
  const prepared = await prepareDataset(await readDataset("data"));
  if (!prepared.ok) throw new Error("seed data does not verify");
  return prepared.cards.flatMap(({ view }) => (view ? [localizeCard(view, lang)] : []));
}

/** A seed card with hostile text in every field a reader sees. */
export function hostileCard(base: PublicCard): PublicCard {
  const evil = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>\u202Eevil`;
  return {
    ...base,
    id: "hostile",
    summary: evil,
    claim: {
      ...base.claim,
      text: evil,
      claimant: { ...base.claim.claimant, name: evil, url: "javascript:window.__pwned=1" },
    },
    reviewer: { name: evil, url: "javascript:window.__pwned=1" },
    attributions: base.attributions.map((a) => ({
      ...a,
      quote: evil,
      source: {
        ...a.source,
        title: evil,
        url: "javascript:window.__pwned=1",
        archiveUrl: "data:text/html,<script>1</script>",
      },
    })),
  };
}
