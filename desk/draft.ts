import * as v from "valibot";
import type { Card } from "../worker/domain/schema/card";
import { toFieldIssues } from "../worker/domain/schema/issues";
import { type CardDraft, CardDraftSchema } from "../worker/domain/workflow";

/**
 * The editor's working copy of a card: the write API's draft body. Empty
 * optional text is dropped before validation and sending, so a field left
 * blank means "not given", as it does in a card file.
 */
export type Draft = CardDraft;

export const DEMO_ARTICLE = "https://news.example/2023/02/iran-amnesty";

export function emptyDraft(me: { personId: string; name: string }): Draft {
  return {
    id: "",
    lang: "en",
    claim: { text: "", claimant: { name: "", kind: "person" }, appearances: [] },
    verdict: "unverified",
    summary: "",
    attributions: [],
    articles: [{ url: DEMO_ARTICLE }],
    authors: [{ id: me.personId, name: me.name }],
    reviewer: { name: "" },
    translations: {},
    tags: [],
  };
}

/** The draft part of a stored card (what PUT and a correction take). */
export function draftOf(card: Card): Draft {
  const { version: _v, status: _s, publishedAt: _p, updatedAt: _u, corrections: _c, reviewedBy: _r, ...draft } = card;
  return structuredClone(draft);
}

/** A copy without empty optional strings (and empty optional objects they leave behind). */
export function cleaned<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cleaned) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const clean = cleaned(item);
      if (clean === "" && OPTIONAL_TEXT.has(key)) continue;
      if (key === "anchor" && clean && typeof clean === "object" && !(clean as { exact?: string }).exact) continue;
      if (key === "translations" && clean && typeof clean === "object") {
        out[key] = Object.fromEntries(Object.entries(clean).filter(([, t]) => t && Object.keys(t).length > 0));
        continue;
      }
      out[key] = clean;
    }
    return out as T;
  }
  return value;
}

/** Fields the card model lets an editor leave out. */
const OPTIONAL_TEXT = new Set(["url", "title", "date", "note", "prefix", "suffix", "claim", "claimant", "summary"]);

/** Every problem with the draft, by field path (`attributions[0].quote`), as the server would word it. */
export function draftProblems(draft: Draft): Map<string, string> {
  const result = v.safeParse(CardDraftSchema, cleaned(draft));
  const problems = new Map<string, string>();
  if (!result.success)
    for (const issue of toFieldIssues(result.issues))
      if (!problems.has(issue.path)) problems.set(issue.path, issue.message);
  return problems;
}

/** Sets `value` at `path` in a copy of `root`. */
export function setIn<T>(root: T, path: (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy: any = Array.isArray(root) ? [...root] : { ...(root as object) };
  copy[head] = setIn(copy[head] ?? (typeof rest[0] === "number" ? [] : {}), rest, value);
  return copy;
}

/** The top-level and second-level fields whose values differ: what a 412 view lists. */
export function changedFields(a: Draft, b: Draft): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = (a as any)[key];
    const y = (b as any)[key];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    if (x && y && typeof x === "object" && !Array.isArray(x)) {
      for (const sub of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (JSON.stringify(x[sub]) !== JSON.stringify(y[sub])) out.push(`${key}.${sub}`);
      }
    } else out.push(key);
  }
  return out;
}
