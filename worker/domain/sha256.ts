import { toHex } from "./encoding";

/** SHA-256 of UTF-8 text, as bytes, with Web Crypto (the same in workerd, Node and browsers). */
export async function sha256Bytes(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

/** Hex SHA-256 of UTF-8 text: how snapshots (`sources.sha256`) and API tokens (`api_tokens.token_sha256`) are hashed. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(await sha256Bytes(text));
}

/** Hex SHA-256 of raw bytes (a captured page exactly as it was sent). */
export async function sha256HexOfBytes(bytes: ArrayBuffer): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)));
}
