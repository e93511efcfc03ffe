import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { DatasetFile, SourceFiles } from "../worker/domain/dataset";

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(ext)).sort();
  } catch {
    return [];
  }
}

async function readDatasetFile(path: string, root: string): Promise<DatasetFile> {
  return { file: relative(root, path) || path, text: await readFile(path, "utf8") };
}

/**
 * Reads `data/cards/*.json` and `data/sources/*.json` (+ the `.txt`
 * snapshot beside each) from disk. Paths in messages are relative to `root`.
 */
export async function readDataset(dataDir = "data", root = process.cwd()) {
  const cardsDir = join(dataDir, "cards");
  const sourcesDir = join(dataDir, "sources");
  const cards = await Promise.all((await listFiles(cardsDir, ".json")).map((name) => readDatasetFile(join(cardsDir, name), root)));
  const sources: SourceFiles[] = [];
  for (const name of await listFiles(sourcesDir, ".json")) {
    const meta = await readDatasetFile(join(sourcesDir, name), root);
    const textPath = join(sourcesDir, name.replace(/\.json$/, ".txt"));
    const text = await readDatasetFile(textPath, root).catch(() => ({ file: relative(root, textPath), text: "" }));
    sources.push({ meta, text });
  }
  return { cards, sources };
}
