/**
 * JSON.parse for files people edit by hand (the dataset, the CLI's card
 * files): a parse error says where, by line and column, because "position
 * 1234" is no help in an editor. Pure, so the loader can run it in workerd.
 */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string; line?: number; column?: number };

export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 names the offset in most (not all) of its messages.
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    if (!Number.isFinite(position)) return { ok: false, message };
    const before = text.slice(0, position).split("\n");
    return { ok: false, message, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  }
}

/** `line 3, column 3`, or undefined when the parser did not say where. */
export function jsonErrorPlace(error: { line?: number; column?: number }): string | undefined {
  return error.line === undefined ? undefined : `line ${error.line}, column ${error.column}`;
}
