/**
 * Byte encodings, written once and used by the Worker and the Node tooling
 * alike (Web APIs only: `btoa`/`atob` exist in workerd, Node and browsers).
 */

/** Lower-case hex, two digits a byte: how we write digests (`sources.sha256`, token hashes). */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}

/**
 * base64url without padding (RFC 4648 §5): safe in a URL query and a header
 * without escaping, which is why cursors and tokens use it.
 */
export function toBase64url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The bytes of a base64url string (padding optional); throws on anything that is not base64url. */
export function fromBase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new SyntaxError("not base64url");
  return Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (ch) => ch.charCodeAt(0));
}
