/** SHA-256 of a token, as bytes. */
export async function sha256Bytes(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

/** SHA-256 of a token, as hex: what `api_tokens.token_sha256` holds. */
export async function sha256HexOf(text: string): Promise<string> {
  return [...(await sha256Bytes(text))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Constant-time comparison of two equal-length digests (workerd's own). */
export function timingSafeEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && crypto.subtle.timingSafeEqual(a, b);
}

/** A new token: 32 random bytes, base64url (43 characters), prefixed so it is recognisable in a leak. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `cc_${btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`;
}
