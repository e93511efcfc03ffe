/**
 * Six made-up published cards on other topics than the seed (a bridge, a
 * vaccination rate, an election turnout, unemployment, oil exports,
 * earthquake deaths), each claim with numbers and names and a Persian
 * translation, quoting one made-up archived wire digest. They go through the
 * loader's own prepareDataset (validation, quote verification, the public
 * view) and loadPreparedDataset, so they are published and in the search
 * index exactly as real cards would be.
 */
import type { DatasetFile, SourceFiles } from "../../../tools/loader/prepare-dataset";
import { prepareDataset } from "../../../tools/loader/prepare-dataset";
import { loadPreparedDataset } from "../../../tools/loader/store";

const SOURCE_ID = "synthetic-wire-digest";

/** The archived snapshot every synthetic card quotes. */
const DIGEST = `World news digest (synthetic, for the matcher's evaluation)

Istanbul: Officials said the Galata Bridge will reopen to traffic in June after 14 months of repairs.

Nairobi: The health ministry said Kenya has vaccinated 85 percent of children under five against measles.

Abuja: The electoral commission said turnout in Nigeria's presidential election was 27 percent, the lowest on record.

Madrid: The statistics office said Spain's unemployment rate fell to 11.6 percent in the second quarter.

Baghdad: The oil ministry said Iraq exported an average of 3.4 million barrels of oil a day in January.

Ankara: The disaster agency said the February earthquake in Turkey killed more than 50,000 people.
`;

interface SyntheticClaim {
  id: string;
  claim: string;
  claimFa: string;
  claimant: string;
  claimantKind: "government" | "organisation";
  quote: string;
  verdict: "accurate" | "mostly-accurate" | "misleading" | "needs-context";
}

const CLAIMS: SyntheticClaim[] = [
  {
    id: "galata-bridge-reopens-after-14-months",
    claim: "The Galata Bridge in Istanbul will reopen to traffic in June after 14 months of repairs.",
    claimFa: "پل گالاتا در استانبول پس از ۱۴ ماه تعمیر، در ماه ژوئن به روی ترافیک بازگشایی می‌شود.",
    claimant: "Istanbul municipality",
    claimantKind: "government",
    quote: "the Galata Bridge will reopen to traffic in June after 14 months of repairs",
    verdict: "needs-context",
  },
  {
    id: "kenya-measles-vaccination-85-percent",
    claim: "Kenya has vaccinated 85 percent of children under five against measles.",
    claimFa: "کنیا ۸۵ درصد کودکان زیر پنج سال را در برابر سرخک واکسینه کرده است.",
    claimant: "Kenya's health ministry",
    claimantKind: "government",
    quote: "Kenya has vaccinated 85 percent of children under five against measles",
    verdict: "mostly-accurate",
  },
  {
    id: "nigeria-turnout-27-percent",
    claim: "Turnout in Nigeria's presidential election was 27 percent, the lowest on record.",
    claimFa: "میزان مشارکت در انتخابات ریاست‌جمهوری نیجریه ۲۷ درصد بود که پایین‌ترین رقم ثبت‌شده است.",
    claimant: "Nigeria's electoral commission",
    claimantKind: "government",
    quote: "turnout in Nigeria's presidential election was 27 percent, the lowest on record",
    verdict: "accurate",
  },
  {
    id: "spain-unemployment-11-6-percent",
    claim: "Spain's unemployment rate fell to 11.6 percent in the second quarter.",
    claimFa: "نرخ بیکاری اسپانیا در سه‌ماهه دوم به ۱۱٫۶ درصد کاهش یافت.",
    claimant: "Spain's statistics office",
    claimantKind: "government",
    quote: "Spain's unemployment rate fell to 11.6 percent in the second quarter",
    verdict: "accurate",
  },
  {
    id: "iraq-oil-exports-3-4-million-barrels",
    claim: "Iraq exported an average of 3.4 million barrels of oil a day in January.",
    claimFa: "عراق در ماه ژانویه به‌طور میانگین روزانه ۳٫۴ میلیون بشکه نفت صادر کرد.",
    claimant: "Iraq's oil ministry",
    claimantKind: "government",
    quote: "Iraq exported an average of 3.4 million barrels of oil a day in January",
    verdict: "misleading",
  },
  {
    id: "turkey-earthquake-50000-deaths",
    claim: "The February earthquake in Turkey killed more than 50,000 people.",
    claimFa: "زلزله ماه فوریه در ترکیه جان بیش از ۵۰ هزار نفر را گرفت.",
    claimant: "Turkey's disaster agency",
    claimantKind: "government",
    quote: "the February earthquake in Turkey killed more than 50,000 people",
    verdict: "accurate",
  },
];

/** Ids of the synthetic cards, as the labelled sentences name them. */
export const SYNTHETIC_CARD_IDS = CLAIMS.map((c) => c.id);

function cardFile(claim: SyntheticClaim): DatasetFile {
  const card = {
    id: claim.id,
    version: 1,
    status: "published",
    lang: "en",
    claim: { text: claim.claim, claimant: { name: claim.claimant, kind: claim.claimantKind }, date: "2024-03-01" },
    verdict: claim.verdict,
    summary: "A synthetic card for the matcher's evaluation; its verdict means nothing.",
    attributions: [{ source: SOURCE_ID, quote: claim.quote, stance: "supports" }],
    articles: [{ url: `https://news.example/synthetic/${claim.id}` }],
    authors: [{ id: "eval-author", name: "Eval Author" }],
    reviewedBy: [{ id: "eval-reviewer", name: "Eval Reviewer" }],
    reviewer: { name: "claimcards evaluation desk" },
    publishedAt: "2024-03-02T09:00:00Z",
    updatedAt: "2024-03-02T09:00:00Z",
    translations: { fa: { claim: claim.claimFa } },
    tags: ["synthetic"],
  };
  return { file: `synthetic/cards/${claim.id}.json`, text: JSON.stringify(card) };
}

/** The synthetic dataset as the loader reads files. */
export function syntheticFiles(): { cards: DatasetFile[]; sources: SourceFiles[]; people: DatasetFile } {
  const meta = {
    id: SOURCE_ID,
    url: "https://wire.example/synthetic-digest",
    title: "World news digest (synthetic)",
    publisher: "Wire Example",
    publishedAt: "2024-03-01",
    archivedAt: "2024-03-01T12:00:00Z",
  };
  return {
    cards: CLAIMS.map(cardFile),
    people: {
      file: "synthetic/people.json",
      text: JSON.stringify([
        { id: "eval-author", name: "Eval Author", role: "editor" },
        { id: "eval-reviewer", name: "Eval Reviewer", role: "reviewer" },
      ]),
    },
    sources: [
      {
        meta: { file: `synthetic/sources/${SOURCE_ID}.json`, text: JSON.stringify(meta) },
        text: { file: `synthetic/sources/${SOURCE_ID}.txt`, text: DIGEST },
      },
    ],
  };
}

/** Publishes the synthetic cards into `db` (idempotent); throws if they do not verify. */
export async function loadSyntheticCards(db: D1Database): Promise<void> {
  const prepared = await prepareDataset(syntheticFiles());
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
  const loaded = await loadPreparedDataset(db, prepared, (kind, id) => `synthetic/${kind}s/${id}`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
}
