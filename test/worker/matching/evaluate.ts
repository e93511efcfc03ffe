/**
 * The matcher measured on the labelled set: each sentence goes, as a
 * one-sentence article, through exactly what `POST /v1/admin/match` runs
 * (sentencesToMatch → candidateQuery → findMatchCandidates → matchSentences)
 * against a database holding the seed and the synthetic cards. Shared by the
 * worker test (which asserts the targets) and test/bench/matching.ts (which
 * prints the figures).
 */
import { candidateQuery } from "../../../worker/domain/matching/candidate-query";
import { matchSentences, sentencesToMatch } from "../../../worker/domain/matching/match-article";
import { MATCH_THRESHOLD } from "../../../worker/domain/matching/score";
import { findMatchCandidates } from "../../../worker/store/match-candidates";
import { LABELLED_SENTENCES, type LabelledSentence, type SentenceKind } from "./labelled-sentences";

/** What the matcher answered for one labelled sentence. */
export interface Outcome extends LabelledSentence {
  /** The best-scoring card matched, or null. */
  predicted: string | null;
  score: number | null;
  correct: boolean;
}

export interface KindFigures {
  total: number;
  correct: number;
}

export interface Evaluation {
  threshold: number;
  total: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  byKind: Record<SentenceKind, KindFigures>;
  byLang: Record<"en" | "fa", KindFigures>;
  /** Every sentence the matcher got wrong, with what it answered. */
  misses: Outcome[];
}

/** The matcher's answer for each sentence, in one batch of lookups. */
async function runMatcher(db: D1Database, sentences: LabelledSentence[], threshold: number): Promise<Outcome[]> {
  const split = sentences.map(({ text }) => sentencesToMatch(text));
  const flat = split.flat();
  const candidates = await findMatchCandidates(
    db,
    flat.map((s) => candidateQuery(s.terms)),
  );
  let offset = 0;
  return sentences.map((labelled, i) => {
    const own = split[i]!;
    const base = offset;
    offset += own.length;
    const matches = matchSentences(labelled.text, own, (index) => candidates[base + index] ?? [], threshold);
    const best = matches.reduce<(typeof matches)[number] | undefined>(
      (a, b) => (!a || b.score > a.score ? b : a),
      undefined,
    );
    const predicted = best?.cardId ?? null;
    return { ...labelled, predicted, score: best?.score ?? null, correct: predicted === labelled.card };
  });
}

/**
 * Precision and recall of the matcher on the labelled set. A match to the
 * wrong card is a false positive (and its sentence a false negative); a
 * repeat the matcher does not find is a false negative.
 */
export async function evaluateMatcher(db: D1Database, threshold = MATCH_THRESHOLD): Promise<Evaluation> {
  // D1 batches are bounded; look the sentences up in slices.
  const outcomes: Outcome[] = [];
  for (let i = 0; i < LABELLED_SENTENCES.length; i += 50) {
    outcomes.push(...(await runMatcher(db, LABELLED_SENTENCES.slice(i, i + 50), threshold)));
  }
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const byKind = {} as Record<SentenceKind, KindFigures>;
  const byLang = { en: { total: 0, correct: 0 }, fa: { total: 0, correct: 0 } };
  for (const o of outcomes) {
    if (o.predicted !== null && o.predicted === o.card) truePositives++;
    if (o.predicted !== null && o.predicted !== o.card) falsePositives++;
    if (o.card !== null && o.predicted !== o.card) falseNegatives++;
    byKind[o.kind] ??= { total: 0, correct: 0 };
    const kind = byKind[o.kind];
    kind.total++;
    byLang[o.lang].total++;
    if (o.correct) {
      kind.correct++;
      byLang[o.lang].correct++;
    }
  }
  const positives = truePositives + falseNegatives;
  return {
    threshold,
    total: outcomes.length,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : 1,
    recall: positives ? truePositives / positives : 1,
    byKind,
    byLang,
    misses: outcomes.filter((o) => !o.correct),
  };
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

/** The evaluation as lines of text: totals, per kind and language, then every miss. */
export function formatEvaluation(e: Evaluation): string[] {
  const lines = [
    `matcher on ${e.total} labelled sentences, threshold ${e.threshold}`,
    `precision ${pct(e.precision)} (${e.truePositives} right matches, ${e.falsePositives} wrong), recall ${pct(e.recall)} (${e.falseNegatives} repeats missed)`,
  ];
  for (const [kind, f] of Object.entries(e.byKind)) lines.push(`  ${kind.padEnd(17)} ${f.correct}/${f.total} right`);
  for (const [lang, f] of Object.entries(e.byLang)) lines.push(`  ${lang.padEnd(17)} ${f.correct}/${f.total} right`);
  if (e.misses.length) lines.push("misses:");
  for (const m of e.misses) {
    lines.push(
      `  [${m.kind}/${m.lang}] expected ${m.card ?? "none"}, got ${m.predicted ?? "none"}${m.score === null ? "" : ` (${m.score})`}: ${m.text}`,
    );
  }
  return lines;
}
