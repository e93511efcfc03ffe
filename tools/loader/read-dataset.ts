import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { DatasetFile, SourceFiles } from "./prepare-dataset";

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(ext)).sort();
  } catch {
    return [];
  }
}

/** `data/cards/x.json` inside the project; the path as given outside it. */
function shownPath(path: string, root: string): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith("..") ? rel : path;
}

async function readDatasetFile(path: string, root: string): Promise<DatasetFile> {
  return { file: shownPath(path, root), text: await readFile(path, "utf8") };
}

/**
 * Reads `data/people.json`, `data/cards/*.json` and `data/sources/*.json`
 * (+ the `.txt` snapshot beside each) from disk. Paths in messages are relative to `root`.
 */
export async function readDataset(dataDir = "data", root = process.cwd()) {
  const cardsDir = join(dataDir, "cards");
  const sourcesDir = join(dataDir, "sources");
  const cards = await Promise.all(
    (await listFiles(cardsDir, ".json")).map((name) => readDatasetFile(join(cardsDir, name), root)),
  );
  const sources: SourceFiles[] = [];
  for (const name of await listFiles(sourcesDir, ".json")) {
    const meta = await readDatasetFile(join(sourcesDir, name), root);
    const textPath = join(sourcesDir, name.replace(/\.json$/, ".txt"));
    const text = await readDatasetFile(textPath, root).catch(() => ({ file: shownPath(textPath, root), text: "" }));
    sources.push({ meta, text });
  }
  const peoplePath = join(dataDir, "people.json");
  const people = await readDatasetFile(peoplePath, root).catch(() => undefined);
  return { cards, sources, people };
}
