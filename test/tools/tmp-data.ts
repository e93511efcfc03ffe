import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A scratch copy of data/ that a test may break. */
export async function copyOfData(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "claimcards-data-"));
  await cp("data/cards", join(dir, "cards"), { recursive: true });
  await cp("data/sources", join(dir, "sources"), { recursive: true });
  await cp("data/people.json", join(dir, "people.json"));
  return dir;
}

/** Edits one JSON file of a scratch data folder in place. */
export async function editJson(path: string, edit: (value: any) => void): Promise<void> {
  const value = JSON.parse(await readFile(path, "utf8"));
  edit(value);
  await writeFile(path, JSON.stringify(value, null, 2));
}
