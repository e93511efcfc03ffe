import { fromBase64url, toBase64url } from "../domain/encoding";
import { ApiError } from "./errors";

/**
 * Opaque pagination cursors: the sort key of the last item on a page,
 * base64url-encoded JSON. Clients pass them back verbatim; anything that
 * does not decode to the expected shape is a 400, never a 500.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return toBase64url(new TextEncoder().encode(JSON.stringify(key)));
}

export function decodeCursor<T extends readonly ("string" | "number")[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends "number" ? number : string } {
  try {
    const key = JSON.parse(new TextDecoder().decode(fromBase64url(cursor))) as unknown;
    if (
      Array.isArray(key) &&
      key.length === shape.length &&
      key.every((value, i) => typeof value === shape[i] && (typeof value !== "number" || Number.isFinite(value)))
    ) {
      return key as never;
    }
  } catch {
    // fall through to the 400
  }
  throw new ApiError(400, "invalid_query", "Invalid query parameter: cursor", [
    { path: "cursor", message: "is not a cursor this API returned" },
  ]);
}
