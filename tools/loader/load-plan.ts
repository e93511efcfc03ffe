import type { ArchivedSource } from "../../worker/domain/schema/source";
import type { CardChange } from "../../worker/domain/workflow";
import type { DatasetProblem } from "./prepare-dataset";

/** What the database already holds for the ids a dataset names. */
export interface StoredState {
  cards: Map<string, { version: number; body: string }>;
  sources: Map<string, { sha256: string }>;
}

export interface LoadPlan {
  sources: ArchivedSource[];
  cards: CardChange[];
  /** Cards the database holds in a newer version (changed through the write API): left as they are. */
  keptNewer: string[];
  unchanged: number;
}

/**
 * Decides what loading data/ may write without destroying work done since:
 * new sources and cards are added; a card is replaced only by a higher
 * version; an archived source is never replaced (quotes were verified
 * against exactly its text). Contradictions are problems, and then nothing
 * is written at all. `stored` may be stale by the time the plan is written:
 * writeLoadPlan checks the same rules again in SQL and rolls back.
 */
export function planLoad(
  dataset: { sources: ArchivedSource[]; cards: CardChange[] },
  stored: StoredState,
  fileOf: (kind: "card" | "source", id: string) => string,
): { ok: true; plan: LoadPlan } | { ok: false; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const plan: LoadPlan = { sources: [], cards: [], keptNewer: [], unchanged: 0 };

  for (const source of dataset.sources) {
    const existing = stored.sources.get(source.id);
    if (!existing) plan.sources.push(source);
    else if (existing.sha256 === source.sha256) plan.unchanged++;
    else {
      problems.push({
        file: fileOf("source", source.id),
        path: "(text)",
        message: `differs from the archived copy already stored (sha256 ${existing.sha256.slice(0, 12)}…); archived sources are never replaced: archive the new text under a new id`,
      });
    }
  }

  for (const prepared of dataset.cards) {
    const { card } = prepared;
    const existing = stored.cards.get(card.id);
    if (!existing || card.version > existing.version) plan.cards.push(prepared);
    else if (card.version < existing.version) plan.keptNewer.push(card.id);
    else if (existing.body === JSON.stringify(card)) plan.unchanged++;
    else {
      problems.push({
        file: fileOf("card", card.id),
        path: "version",
        message: `is ${card.version}, as stored, but the content differs: raise the version to replace the stored card`,
      });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, plan };
}
