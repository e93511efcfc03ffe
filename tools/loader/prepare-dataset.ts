import { personNameKey } from "../../worker/domain/person-name";
import { buildCardView } from "../../worker/domain/public-card";
import { type Card, CardSchema } from "../../worker/domain/schema/card";
import { parseWith } from "../../worker/domain/schema/issues";
import { type DataPerson, DataPersonSchema } from "../../worker/domain/schema/person";
import { type ArchivedSource, SourceMetaSchema, sourceTextTooLarge } from "../../worker/domain/schema/source";
import { sha256Hex } from "../../worker/domain/sha256";
import { SourceIndex, verifyCard } from "../../worker/domain/verify";
import type { CardChange } from "../../worker/domain/workflow";
import { cardRow, RowTooLargeError } from "../../worker/store/rows";
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
  | { ok: true; sources: ArchivedSource[]; cards: CardChange[]; people: DataPerson[] }
  | { ok: false; problems: DatasetProblem[] };

/** The file's JSON, or a problem located by line and column. */
function parseJsonFile(file: DatasetFile): { ok: true; value: unknown } | { ok: false; problem: DatasetProblem } {
  const json = parseJson(file.text);
  if (json.ok) return json;
  return {
    ok: false,
    problem: {
      file: file.file,
      path: jsonErrorPlace(json) ?? "(root)",
      message: `is not valid JSON (${json.message})`,
    },
  };
}

function baseName(file: string): string {
  return file.replace(/^.*\//, "").replace(/\.[^.]*$/, "");
}

async function prepareSource(files: SourceFiles, problems: DatasetProblem[]): Promise<ArchivedSource | null> {
  const json = parseJsonFile(files.meta);
  if (!json.ok) return (void problems.push(json.problem), null);
  const meta = parseWith(SourceMetaSchema, json.value);
  if (!meta.ok) {
    for (const issue of meta.issues) problems.push({ file: files.meta.file, ...issue });
    return null;
  }
  if (meta.value.id !== baseName(files.meta.file)) {
    problems.push({
      file: files.meta.file,
      path: "id",
      message: `must match the file name "${baseName(files.meta.file)}"`,
    });
  }
  if (!files.text.text.trim()) {
    problems.push({ file: files.text.file, path: "(text)", message: "the snapshot is empty" });
    return null;
  }
  const tooLarge = sourceTextTooLarge(files.text.text);
  if (tooLarge) {
    problems.push({ file: files.text.file, path: "(text)", message: `the snapshot ${tooLarge}` });
    return null;
  }
  return { ...meta.value, text: files.text.text, sha256: await sha256Hex(files.text.text) };
}

/** The people file's path when it is missing: what messages name. */
export const PEOPLE_FILE = "data/people.json";

/** data/people.json: every person a card names, each id and name once. */
function preparePeople(file: DatasetFile | undefined, problems: DatasetProblem[]): DataPerson[] {
  if (!file) return [];
  const json = parseJsonFile(file);
  if (!json.ok) return (void problems.push(json.problem), []);
  if (!Array.isArray(json.value)) {
    problems.push({ file: file.file, path: "(root)", message: "must be a JSON array of people: { id, name, role }" });
    return [];
  }
  const people: DataPerson[] = [];
  const ids = new Map<string, number>();
  const keys = new Map<string, number>();
  json.value.forEach((value, i) => {
    const parsed = parseWith(DataPersonSchema, value);
    if (!parsed.ok) {
      for (const issue of parsed.issues)
        problems.push({ file: file.file, path: `[${i}].${issue.path}`, message: issue.message });
      return;
    }
    const person = parsed.value;
    const key = personNameKey(person.name);
    if (ids.has(person.id))
      problems.push({
        file: file.file,
        path: `[${i}].id`,
        message: `"${person.id}" is also used by [${ids.get(person.id)}]`,
      });
    else if (keys.has(key))
      problems.push({
        file: file.file,
        path: `[${i}].name`,
        message: `"${person.name}" is the same name as [${keys.get(key)}]: one person, one entry`,
      });
    ids.set(person.id, i);
    keys.set(key, i);
    people.push(person);
  });
  return people;
}

/** Every author and reviewer of a card must be a person in data/people.json, shown by their own name. */
function checkPersonRefs(card: Card, people: Map<string, DataPerson>, peopleFile: string) {
  const problems: { path: string; message: string }[] = [];
  for (const field of ["authors", "reviewedBy"] as const) {
    card[field].forEach((ref, i) => {
      const person = people.get(ref.id);
      if (!person)
        problems.push({ path: `${field}[${i}].id`, message: `names no person "${ref.id}" in ${peopleFile}` });
      else if (person.name !== ref.name)
        problems.push({
          path: `${field}[${i}].name`,
          message: `must be "${person.name}", the name of person "${ref.id}"`,
        });
    });
  }
  return problems;
}

/**
 * Validates a whole dataset (people, sources and cards) and verifies every published
 * card. Either everything is fine and ready to store, or nothing is: the
 * loader never writes half a dataset.
 */
export async function prepareDataset(input: {
  sources: SourceFiles[];
  cards: DatasetFile[];
  people?: DatasetFile;
}): Promise<PreparedDataset> {
  const problems: DatasetProblem[] = [];
  const people = preparePeople(input.people, problems);
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const peopleFile = input.people?.file ?? PEOPLE_FILE;
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
    for (const issue of checkPersonRefs(card, peopleById, peopleFile)) problems.push({ file: file.file, ...issue });

    // Only publication needs verification: drafts may be incomplete.
    let change: CardChange = { card, view: null };
    if (card.status === "published") {
      const verification = verifyCard(card, index);
      if (!verification.ok) {
        for (const issue of verification.problems) problems.push({ file: file.file, ...issue });
        continue;
      }
      change = {
        card,
        view: buildCardView(card, index, verification.quotes),
        anchorOffsets: verification.anchorOffsets,
      };
    }
    const tooLarge = rowTooLarge(change);
    if (tooLarge) problems.push({ file: file.file, path: "(card)", message: tooLarge });
    else cards.push(change);
  }

  return problems.length ? { ok: false, problems } : { ok: true, sources, cards, people };
}

/** Why a card cannot be stored in one D1 row (the same check the write API makes), or null. */
function rowTooLarge({ card, view }: CardChange): string | null {
  try {
    cardRow(card, view);
    return null;
  } catch (error) {
    if (error instanceof RowTooLargeError) return error.message;
    throw error;
  }
}

/** `data/cards/x.json: attributions[0].quote: is not in source …` */
export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}
