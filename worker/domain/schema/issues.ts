import * as v from "valibot";

/** One problem with one field, as shown to editors and API clients. */
export interface FieldIssue {
  /** Where: `attributions[0].quote`, or `(root)` for the whole value. */
  path: string;
  message: string;
}

/** Renders a valibot issue path the way people write it: `a.b[0].c`. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = "";
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(root)";
}

/**
 * Valibot's messages for an unknown key or a missing one are generic; say
 * what the editor must do instead.
 */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === "schema" && issue.type === "strict_object" && issue.input !== undefined) {
    return "is not a known field";
  }
  if (issue.input === undefined && issue.kind === "schema") return "is required";
  return issue.message;
}

export function toFieldIssues(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issuePath(issue), message: issueMessage(issue) }));
}

/** Parses `input` with `schema`, returning the value or every field problem. */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; issues: FieldIssue[] } {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, issues: toFieldIssues(result.issues) };
}
