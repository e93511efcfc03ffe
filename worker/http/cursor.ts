import { ApiError } from "./errors";

/**
 * Opaque pagination cursors: the sort key of the last item on a page,
 * base64url-encoded JSON. Clients pass them back verbatim; anything that
 * does not decode to the expected shape is a 400, never a 500.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(key));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeCursor<T extends readonly ("string" | "number")[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends "number" ? number : string } {
  try {
    const base64 = cursor.replace(/-/g, "+").replace(/_/g, "/");
    const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    const key = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
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
