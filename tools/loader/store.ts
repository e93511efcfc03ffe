import type { ArchivedSource } from "../../worker/domain/schema/source";
import type { CardChange } from "../../worker/domain/workflow";
import { auditStatement, isStaleWrite } from "../../worker/store/audit";
import { cardLinkStatements } from "../../worker/store/card-links";
import { inChunks, MAX_BOUND_PARAMETERS, parameterMarks } from "../../worker/store/d1-limits";
import { CARD_INSERT, cardRow, SOURCE_INSERT, sourceRow } from "../../worker/store/rows";
import { type LoadPlan, planLoad, type StoredState } from "./load-plan";
import type { DatasetProblem } from "./prepare-dataset";

/**
 * Inserts a source that was not stored when the load was planned. An
 * archived source is never replaced, even if one with this id was archived
 * since: then nothing is inserted, and the audit row after it fails the batch.
 */
function insertNewSource(db: D1Database, source: ArchivedSource): D1PreparedStatement {
  return db.prepare(`${SOURCE_INSERT} ON CONFLICT (id) DO NOTHING`).bind(...sourceRow(source));
}

/**
 * Statements that store one card and replace its article links and search
 * entry. A stored card changes only to a higher version: if the database
 * holds this version or a newer one (changed since the load was planned),
 * nothing changes and the audit row after it fails the batch.
 */
export function upsertCardStatements(db: D1Database, prepared: CardChange): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `${CARD_INSERT}
         ON CONFLICT (id) DO UPDATE SET
           version = excluded.version, status = excluded.status, lang = excluded.lang,
           verdict = excluded.verdict, published_at = excluded.published_at,
           updated_at = excluded.updated_at, body = excluded.body, view = excluded.view
         WHERE excluded.version > cards.version`,
      )
      .bind(...cardRow(prepared.card, prepared.view)),
    ...cardLinkStatements(db, prepared),
  ];
}

/** The stored versions of the cards and sources a dataset names. */
export async function readStoredState(db: D1Database, cardIds: string[], sourceIds: string[]): Promise<StoredState> {
  const state: StoredState = { cards: new Map(), sources: new Map() };
  for (const ids of inChunks(cardIds, MAX_BOUND_PARAMETERS)) {
    const { results } = await db
      .prepare(`SELECT id, version, body FROM cards WHERE id IN (${parameterMarks(ids.length)})`)
      .bind(...ids)
      .all<{ id: string; version: number; body: string }>();
    for (const row of results) state.cards.set(row.id, { version: row.version, body: row.body });
  }
  for (const ids of inChunks(sourceIds, MAX_BOUND_PARAMETERS)) {
    const { results } = await db
      .prepare(`SELECT id, sha256 FROM sources WHERE id IN (${parameterMarks(ids.length)})`)
      .bind(...ids)
      .all<{ id: string; sha256: string }>();
    for (const row of results) state.sources.set(row.id, { sha256: row.sha256 });
  }
  return state;
}

/** Who the audit log names for changes made by loading data/. */
export const LOADER_ACTOR = "data/ loader";

export type LoadOutcome = { ok: true; plan: LoadPlan } | { ok: false; problems: DatasetProblem[] };

type FileOf = (kind: "card" | "source", id: string) => string;

/**
 * Writes what a load plan allows in one `batch`, which D1 runs as a single
 * transaction: either every source and card is stored, or none is. Each
 * write has its audit entry, as changes through the API do, and the write
 * is guarded in SQL against what the plan was made from (see
 * insertNewSource and upsertCardStatements): if a card or source changed in
 * between (through the write API, or another load), the audit row's CHECK
 * rolls everything back and the answer names what changed.
 */
export async function writeLoadPlan(
  db: D1Database,
  plan: LoadPlan,
  stored: StoredState,
  at: string,
  fileOf: FileOf,
): Promise<{ ok: true } | { ok: false; problems: DatasetProblem[] }> {
  const statements: D1PreparedStatement[] = [];
  for (const source of plan.sources) {
    statements.push(
      insertNewSource(db, source),
      auditStatement(db, {
        at,
        actor: LOADER_ACTOR,
        action: "source.load",
        subject: `source:${source.id}`,
        detail: { sha256: source.sha256 },
      }),
    );
  }
  for (const prepared of plan.cards) {
    const [write, ...links] = upsertCardStatements(db, prepared);
    statements.push(
      write!,
      auditStatement(db, {
        at,
        actor: LOADER_ACTOR,
        action: "card.load",
        subject: prepared.card.id,
        versionBefore: stored.cards.get(prepared.card.id)?.version ?? null,
        versionAfter: prepared.card.version,
      }),
      ...links,
    );
  }
  if (!statements.length) return { ok: true };
  try {
    await db.batch(statements);
    return { ok: true };
  } catch (error) {
    if (!isStaleWrite(error)) throw error;
    return { ok: false, problems: await changedSince(db, plan, stored, fileOf) };
  }
}

/** What the database holds now, for the cards and sources of a plan, that differs from what the plan was made from. */
async function changedSince(
  db: D1Database,
  plan: LoadPlan,
  stored: StoredState,
  fileOf: FileOf,
): Promise<DatasetProblem[]> {
  const now = await readStoredState(
    db,
    plan.cards.map(({ card }) => card.id),
    plan.sources.map((source) => source.id),
  );
  const again = "nothing was loaded: run the load again to plan against what is stored now";
  const problems: DatasetProblem[] = [];
  for (const source of plan.sources) {
    const archived = now.sources.get(source.id);
    if (archived) {
      problems.push({
        file: fileOf("source", source.id),
        path: "(text)",
        message: `was archived in the database while this load ran (sha256 ${archived.sha256.slice(0, 12)}…); ${again}`,
      });
    }
  }
  for (const { card } of plan.cards) {
    const before = stored.cards.get(card.id)?.version;
    const after = now.cards.get(card.id)?.version;
    if (after !== before) {
      problems.push({
        file: fileOf("card", card.id),
        path: "version",
        message: `changed in the database while this load ran (${before === undefined ? "not stored" : `version ${before}`} when read, version ${after} now); ${again}`,
      });
    }
  }
  if (!problems.length)
    problems.push({ file: "(database)", path: "(root)", message: `changed while this load ran; ${again}` });
  return problems;
}

/**
 * Loads a verified dataset: reads what is stored, plans what may change
 * (planLoad), writes it atomically, guarded against changes in between.
 * Used by the data/ loader and the tests.
 */
export async function loadPreparedDataset(
  db: D1Database,
  dataset: { sources: ArchivedSource[]; cards: CardChange[] },
  fileOf: FileOf,
  at = new Date().toISOString(),
): Promise<LoadOutcome> {
  const stored = await readStoredState(
    db,
    dataset.cards.map(({ card }) => card.id),
    dataset.sources.map((source) => source.id),
  );
  const planned = planLoad(dataset, stored, fileOf);
  if (!planned.ok) return planned;
  const written = await writeLoadPlan(db, planned.plan, stored, at, fileOf);
  return written.ok ? planned : written;
}
