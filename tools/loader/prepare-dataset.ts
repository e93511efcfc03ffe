import { buildCardView } from "../../worker/domain/public-card";
import { CardSchema } from "../../worker/domain/schema/card";
import { parseWith } from "../../worker/domain/schema/issues";
import { MAX_SOURCE_TEXT, SourceMetaSchema, type ArchivedSource } from "../../worker/domain/schema/source";
import { sha256Hex } from "../../worker/domain/sha256";
import { SourceIndex, verifyCard } from "../../worker/domain/verify";
import type { CardChange } from "../../worker/domain/workflow";
import { jsonErrorPlace, parseJson } from "../parse-json";

/** A file of the dataset as read from disk (or bundled into a test). */
export interface DatasetFile {
  /** Path shown in messages, e.g. `data/cards/amnesty.json`. */
  file: string;
  text: string;
}

/** A source is two files: its metadata (JSON) and its snapshot text. */
export interface SourceFiles {
  meta: DatasetFile;
  text: DatasetFile;
}

/** One problem, located well enough for an editor to fix it. */
export interface DatasetProblem {
  file: string;
  path: string;
  message: string;
}

export type PreparedDataset =
  | { ok: true; sources: ArchivedSource[]; cards: CardChange[] }
  | { ok: false; problems: DatasetProblem[] };

/** The file's JSON, or a problem located by line and column. */
function parseJsonFile(file: DatasetFile): { ok: true; value: unknown } | { ok: false; problem: DatasetProblem } {
  const json = parseJson(file.text);
  if (json.ok) return json;
  return { ok: false, problem: { file: file.file, path: jsonErrorPlace(json) ?? "(root)", message: `is not valid JSON (${json.message})` } };
}

function baseName(file: string): string {
  return file.replace(/^.*\//, "").replace(/\.[^.]*$/, "");
}

async function prepareSource(files: SourceFiles, problems: DatasetProblem[]): Promise<ArchivedSource | null> {
  const json = parseJsonFile(files.meta);
  if (!json.ok) return void problems.push(json.problem), null;
  const meta = parseWith(SourceMetaSchema, json.value);
  if (!meta.ok) {
    for (const issue of meta.issues) problems.push({ file: files.meta.file, ...issue });
    return null;
  }
  if (meta.value.id !== baseName(files.meta.file)) {
    problems.push({ file: files.meta.file, path: "id", message: `must match the file name "${baseName(files.meta.file)}"` });
  }
  if (!files.text.text.trim()) {
    problems.push({ file: files.text.file, path: "(text)", message: "the snapshot is empty" });
    return null;
  }
  if (files.text.text.length > MAX_SOURCE_TEXT) {
    problems.push({ file: files.text.file, path: "(text)", message: `the snapshot is longer than ${MAX_SOURCE_TEXT} characters` });
    return null;
  }
  return { ...meta.value, text: files.text.text, sha256: await sha256Hex(files.text.text) };
}

/**
 * Validates a whole dataset (sources and cards) and verifies every published
 * card. Either everything is fine and ready to store, or nothing is: the
 * loader never writes half a dataset.
 */
export async function prepareDataset(input: { sources: SourceFiles[]; cards: DatasetFile[] }): Promise<PreparedDataset> {
  const problems: DatasetProblem[] = [];
  const sources: ArchivedSource[] = [];
  for (const files of input.sources) {
    const source = await prepareSource(files, problems);
    if (source) sources.push(source);
  }
  const index = new SourceIndex(sources);

  const cards: CardChange[] = [];
  const seen = new Map<string, string>();
  for (const file of input.cards) {
    const json = parseJsonFile(file);
    if (!json.ok) {
      problems.push(json.problem);
      continue;
    }
    const parsed = parseWith(CardSchema, json.value);
    if (!parsed.ok) {
      for (const issue of parsed.issues) problems.push({ file: file.file, ...issue });
      continue;
    }
    const card = parsed.value;
    if (card.id !== baseName(file.file)) {
      problems.push({ file: file.file, path: "id", message: `must match the file name "${baseName(file.file)}"` });
    }
    const other = seen.get(card.id);
    if (other) problems.push({ file: file.file, path: "id", message: `"${card.id}" is also used by ${other}` });
    seen.set(card.id, file.file);

    // Only publication needs verification: drafts may be incomplete.
    if (card.status !== "published") {
      cards.push({ card, view: null });
      continue;
    }
    const verification = verifyCard(card, index);
    if (!verification.ok) {
      for (const issue of verification.problems) problems.push({ file: file.file, ...issue });
      continue;
    }
    cards.push({
      card,
      view: buildCardView(card, index, verification.quotes),
      anchorOffsets: verification.anchorOffsets,
    });
  }

  return problems.length ? { ok: false, problems } : { ok: true, sources, cards };
}

/** `data/cards/x.json: attributions[0].quote: is not in source …` */
export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}
