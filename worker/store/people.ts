import type { Role } from "../domain/roles";
import { type AuditActor, auditStatement } from "./audit";
import type { Db } from "./db";

export interface PersonRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
}

interface PersonRow {
  id: string;
  name: string;
  role: Role;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
}

const fromRow = (row: PersonRow): PersonRecord => ({
  id: row.id,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
  createdBy: row.created_by,
  revokedAt: row.revoked_at,
});

const COLUMNS = "id, name, role, created_at, created_by, revoked_at";

export async function getPerson(db: Db, id: string): Promise<PersonRecord | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM people WHERE id = ?1`).bind(id).first<PersonRow>();
  return row ? fromRow(row) : null;
}

/** The people with these ids (at most 90 per call: D1 binds at most 100 parameters). */
export async function peopleByIds(db: Db, ids: readonly string[]): Promise<Map<string, PersonRecord>> {
  const unique = [...new Set(ids)].slice(0, 90);
  if (!unique.length) return new Map();
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM people WHERE id IN (${unique.map((_, i) => `?${i + 1}`).join(", ")})`)
    .bind(...unique)
    .all<PersonRow>();
  return new Map(results.map((row) => [row.id, fromRow(row)]));
}

export async function listPeople(db: Db): Promise<PersonRecord[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM people ORDER BY created_at, id`).all<PersonRow>();
  return results.map(fromRow);
}

/** Everyone with their name key, for the uniqueness check (a newsroom has tens of people, not thousands). */
export async function peopleNames(db: Db): Promise<{ id: string; name: string; nameKey: string }[]> {
  const { results } = await db
    .prepare(`SELECT id, name, name_key FROM people`)
    .all<{ id: string; name: string; name_key: string }>();
  return results.map((row) => ({ id: row.id, name: row.name, nameKey: row.name_key }));
}

/** The insert of one person; the UNIQUE name_key refuses a near-duplicate even in a race. */
export function insertPersonStatement(
  db: Db,
  person: { id: string; name: string; nameKey: string; role: Role },
  createdBy: string,
  at: string,
): D1PreparedStatement {
  return db
    .prepare(`INSERT INTO people (id, name, name_key, role, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)`)
    .bind(person.id, person.name, person.nameKey, person.role, at, createdBy);
}

export async function insertPerson(
  db: Db,
  person: { id: string; name: string; nameKey: string; role: Role },
  actor: AuditActor,
  at: string,
): Promise<void> {
  await db.batch([
    insertPersonStatement(db, person, actor.actor, at),
    auditStatement(db, {
      at,
      ...actor,
      action: "person.create",
      subject: `person:${person.id}`,
      detail: { name: person.name, role: person.role },
    }),
  ]);
}

/**
 * Revokes a person and every live token of theirs, atomically. The audit
 * row's CHECK fails the batch when the person is unknown or already revoked.
 */
export async function revokePerson(db: Db, id: string, actor: AuditActor, at: string): Promise<void> {
  await db.batch([
    db.prepare(`UPDATE people SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL`).bind(id, at),
    auditStatement(db, { at, ...actor, action: "person.revoke", subject: `person:${id}` }),
    db.prepare(`UPDATE api_tokens SET revoked_at = ?2 WHERE person_id = ?1 AND revoked_at IS NULL`).bind(id, at),
  ]);
}
