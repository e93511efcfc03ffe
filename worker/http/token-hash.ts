import { toBase64url } from "../domain/encoding";

// The hashing itself is the domain's (one SHA-256 for tokens and snapshots);
// re-exported under the names the auth middleware and token routes import.
export { sha256Bytes, sha256Hex as sha256HexOf } from "../domain/sha256";

/** Constant-time comparison of two equal-length digests (workerd's own). */
export function timingSafeEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && crypto.subtle.timingSafeEqual(a, b);
}

/** A new token: 32 random bytes, base64url (43 characters), prefixed so it is recognisable in a leak. */
export function newToken(): string {
  return `cc_${toBase64url(crypto.getRandomValues(new Uint8Array(32)))}`;
}
