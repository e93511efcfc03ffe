import { personNameKey } from "../../worker/domain/person-name";
import type { DataPerson } from "../../worker/domain/schema/person";
import { auditStatement } from "../../worker/store/audit";
import { insertPersonStatement, peopleNames } from "../../worker/store/people";
import type { DatasetProblem } from "./prepare-dataset";

/** Who the audit log names for people added by loading data/. */
const LOADER_ACTOR = "data/ loader";

/**
 * Decides which people of data/people.json to add. A person already stored
 * under the same id must have the same name (by personNameKey); their
 * stored role stands (roles are the database's to manage). A name stored
 * under another id is a problem (one person, one id): the loader adds
 * people and never renames, changes or merges stored ones.
 */
export async function planPeople(
  db: D1Database,
  people: readonly DataPerson[],
  file: string,
): Promise<{ ok: true; add: DataPerson[] } | { ok: false; problems: DatasetProblem[] }> {
  const stored = await peopleNames(db);
  const byId = new Map(stored.map((p) => [p.id, p]));
  const problems: DatasetProblem[] = [];
  const add: DataPerson[] = [];
  people.forEach((person, i) => {
    const key = personNameKey(person.name);
    const same = byId.get(person.id);
    if (same) {
      if (personNameKey(same.name) !== key) {
        problems.push({
          file,
          path: `[${i}].name`,
          message: `person "${person.id}" is stored as "${same.name}"; the loader never renames a stored person`,
        });
      }
      return;
    }
    const other = stored.find((p) => p.nameKey === key || personNameKey(p.name) === key);
    if (other) {
      problems.push({
        file,
        path: `[${i}].name`,
        message: `"${person.name}" is already person "${other.id}" in the database: use that id`,
      });
      return;
    }
    add.push(person);
  });
  return problems.length ? { ok: false, problems } : { ok: true, add };
}

/** Adds the planned people, each with its audit entry, in one batch. */
export async function writePeople(db: D1Database, people: readonly DataPerson[], at: string): Promise<void> {
  if (!people.length) return;
  await db.batch(
    people.flatMap((person) => [
      insertPersonStatement(db, { ...person, nameKey: personNameKey(person.name) }, LOADER_ACTOR, at),
      auditStatement(db, {
        at,
        actor: LOADER_ACTOR,
        action: "person.load",
        subject: `person:${person.id}`,
        detail: { name: person.name, role: person.role },
      }),
    ]),
  );
}
