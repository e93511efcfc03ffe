import type { ArchivedSource } from "../../worker/domain/schema/source";
import type { CardChange } from "../../worker/domain/workflow";
import { auditStatement } from "../../worker/store/audit";
import { cardLinkStatements } from "../../worker/store/card-links";
import { inChunks, MAX_BOUND_PARAMETERS, parameterMarks } from "../../worker/store/d1-limits";
import { CARD_INSERT, cardRow, SOURCE_INSERT, sourceRow } from "../../worker/store/rows";
import { planLoad, type LoadPlan, type StoredState } from "./load-plan";
import type { DatasetProblem } from "./prepare-dataset";

/** Statements that upsert one source. */
function upsertSource(db: D1Database, source: ArchivedSource): D1PreparedStatement {
  return db
    .prepare(
      `${SOURCE_INSERT}
       ON CONFLICT (id) DO UPDATE SET
         url = excluded.url, title = excluded.title, publisher = excluded.publisher,
         published_at = excluded.published_at, archived_at = excluded.archived_at,
         archive_url = excluded.archive_url, sha256 = excluded.sha256, text = excluded.text`,
    )
    .bind(...sourceRow(source));
}

/** Statements that upsert one card and replace its article links and search entry. */
export function upsertCardStatements(db: D1Database, prepared: CardChange): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `${CARD_INSERT}
         ON CONFLICT (id) DO UPDATE SET
           version = excluded.version, status = excluded.status, lang = excluded.lang,
           verdict = excluded.verdict, published_at = excluded.published_at,
           updated_at = excluded.updated_at, body = excluded.body, view = excluded.view`,
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

/**
 * Writes what a load plan allows in one `batch`, which D1 runs as a single
 * transaction: either every source and card is stored, or none is. Each
 * write has its audit entry, as changes through the API do.
 */
export async function writeLoadPlan(db: D1Database, plan: LoadPlan, stored: StoredState, at: string): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (const source of plan.sources) {
    statements.push(
      upsertSource(db, source),
      auditStatement(db, { at, actor: LOADER_ACTOR, action: "source.load", subject: `source:${source.id}`, detail: { sha256: source.sha256 } }),
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
  if (statements.length) await db.batch(statements);
}

export type LoadOutcome = { ok: true; plan: LoadPlan } | { ok: false; problems: DatasetProblem[] };

/**
 * Loads a verified dataset: reads what is stored, plans what may change
 * (planLoad), writes it atomically. Used by the data/ loader and the tests.
 */
export async function loadPreparedDataset(
  db: D1Database,
  dataset: { sources: ArchivedSource[]; cards: CardChange[] },
  fileOf: (kind: "card" | "source", id: string) => string,
  at = new Date().toISOString(),
): Promise<LoadOutcome> {
  const stored = await readStoredState(
    db,
    dataset.cards.map(({ card }) => card.id),
    dataset.sources.map((source) => source.id),
  );
  const planned = planLoad(dataset, stored, fileOf);
  if (planned.ok) await writeLoadPlan(db, planned.plan, stored, at);
  return planned;
}
