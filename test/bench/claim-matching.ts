/**
 * Claim matching in the benchmark: how good the matcher is (precision and
 * recall on the labelled set of test/worker/matching/, at the shipped
 * threshold) and how long `POST /v1/admin/match` takes for a 1,000-word
 * article against each benchmark dataset.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";
import { prepareDataset } from "../../tools/loader/prepare-dataset";
import { readDataset } from "../../tools/loader/read-dataset";
import { loadPreparedDataset } from "../../tools/loader/store";
import { type Evaluation, evaluateMatcher } from "../worker/matching/evaluate";
import { loadSyntheticCards } from "../worker/matching/synthetic-cards";
import { migrate, Rng } from "./dataset";
import { WORDS } from "./words";

/**
 * Runs `use` with a scratch local D1 holding what the labelled set is
 * written against: the real migrations, data/ through the loader, and the
 * synthetic cards.
 */
export async function withLabelledSetDb<T>(use: (db: D1Database) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "claimcards-matching-"));
  try {
    await migrate(dir);
    const proxy = await getPlatformProxy<{ DB: D1Database }>({ persist: { path: `${dir}/v3` }, remoteBindings: false });
    try {
      const db = proxy.env.DB;
      const prepared = await prepareDataset(await readDataset());
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
      const loaded = await loadPreparedDataset(db, prepared, (kind, id) => `${kind}:${id}`);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
      await loadSyntheticCards(db);
      return await use(db);
    } finally {
      await proxy.dispose();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The matcher's figures on the labelled set at `threshold`. */
export function labelledSetQuality(threshold: number): Promise<Evaluation> {
  return withLabelledSetDb((db) => evaluateMatcher(db, threshold));
}

/** Words in a text, as a reader counts them. */
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A 1,000-word article: the seed article and its follow-up (real claims,
 * which the smallest dataset holds as cards), then sentences of the
 * benchmark's most common words until a thousand: each of those finds the
 * largest candidate sets the index has, the costly case.
 */
export async function thousandWordArticle(seed: number): Promise<string> {
  const real = await Promise.all(
    ["iran-amnesty-article", "iran-amnesty-follow-up"].map((name) => readFile(`data/sources/${name}.txt`, "utf8")),
  );
  const rng = new Rng(seed);
  const common = WORDS.en.slice(0, 60);
  const paragraphs = [...real];
  let words = wordCount(paragraphs.join(" "));
  while (words < 1000) {
    const length = Math.min(rng.int(10, 18), 1000 - words);
    const sentence = Array.from({ length }, () => rng.pick(common)).join(" ");
    paragraphs.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
    words += length;
  }
  return paragraphs.join("\n\n");
}

export interface MatchTiming {
  /** Median and slowest of the requests, in ms. */
  p50: number;
  max: number;
  requests: number;
  /** Sentences the matcher read and the matches it answered (the same every request). */
  sentences: number;
  matches: number;
}

/** `requests` matches of `text`, one at a time (service time, no queue), with an editor's or admin's token. */
export async function timeMatching(
  origin: string,
  token: string,
  text: string,
  requests: number,
): Promise<MatchTiming> {
  const times: number[] = [];
  let answer = { sentences: 0, matches: [] as unknown[] };
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const response = await fetch(`${origin}/v1/admin/match`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ text, lang: "en" }),
    });
    const body = await response.text();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`POST /v1/admin/match answered ${response.status}: ${body}`);
    answer = JSON.parse(body) as typeof answer;
  }
  times.sort((a, b) => a - b);
  return {
    p50: times[times.length >> 1]!,
    max: times.at(-1)!,
    requests,
    sentences: answer.sentences,
    matches: answer.matches.length,
  };
}
