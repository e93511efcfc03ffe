/**
 * The real data/ folder, bundled into the workerd tests: the seed cards are
 * loaded through the same prepareDataset + loadPreparedDataset as `npm start`.
 */

import { planPeople, writePeople } from "../../tools/loader/people";
import { type DatasetFile, prepareDataset, type SourceFiles } from "../../tools/loader/prepare-dataset";
import { loadPreparedDataset } from "../../tools/loader/store";

const cardTexts = import.meta.glob("../../data/cards/*.json", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const peopleText = (
  import.meta.glob("../../data/people.json", { query: "?raw", import: "default", eager: true }) as Record<
    string,
    string
  >
)["../../data/people.json"]!;
const sourceTexts = import.meta.glob("../../data/sources/*.{json,txt}", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

const relative = (path: string) => path.replace(/^(\.\.\/)+/, "");

/** The seed files as the loader reads them. */
export function seedFiles(): { cards: DatasetFile[]; sources: SourceFiles[]; people: DatasetFile } {
  const cards = Object.entries(cardTexts).map(([path, text]) => ({ file: relative(path), text }));
  const sources = Object.entries(sourceTexts)
    .filter(([path]) => path.endsWith(".json"))
    .map(([path, text]) => {
      const textPath = path.replace(/\.json$/, ".txt");
      return {
        meta: { file: relative(path), text },
        text: { file: relative(textPath), text: sourceTexts[textPath] ?? "" },
      };
    });
  return { cards, sources, people: { file: "data/people.json", text: peopleText } };
}

export const DEMO_ARTICLE = "https://news.example/2023/02/iran-amnesty";

/** Loads the seed dataset into `db`; throws if it does not verify. */
export async function loadSeed(db: D1Database): Promise<void> {
  const prepared = await prepareDataset(seedFiles());
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
  const people = await planPeople(db, prepared.people, "data/people.json");
  if (!people.ok) throw new Error(JSON.stringify(people.problems));
  const loaded = await loadPreparedDataset(db, prepared, (kind, id) => `${kind}:${id}`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  await writePeople(db, people.add, new Date().toISOString());
}
