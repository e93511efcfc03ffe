import { setNewest } from "./newest-first";

/**
 * Remembers the results of a pure function of a string, for at most
 * `maxEntries` inputs of at most `maxInputLength` characters (the oldest
 * forgotten first; longer inputs are computed every time). Bounded both
 * ways because the inputs come from requests: a client sending endless
 * distinct addresses only ever evicts, and never grows the isolate's memory.
 */
export function boundedMemo<T>(
  compute: (input: string) => T,
  maxEntries: number,
  maxInputLength: number,
): (input: string) => T {
  const results = new Map<string, T>();
  return (input) => {
    const known = results.get(input);
    if (known !== undefined || results.has(input)) return known as T;
    const result = compute(input);
    if (input.length > maxInputLength) return result;
    setNewest(results, input, result, maxEntries);
    return result;
  };
}
