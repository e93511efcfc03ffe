import { setNewest } from "../domain/newest-first";

/**
 * A small cache of public responses inside the Worker isolate: the first
 * tier in front of the Cache API and D1. A hit costs no I/O at all, which
 * is what lets a story read by thousands of people at once be served at
 * nearly the speed of a static file.
 *
 * It cannot be purged from other isolates, so entries live only a few
 * seconds (MEMORY_TTL_MS): after a retraction, another isolate may serve the
 * old answer for at most that long.
 */
export interface MemoryEntry {
  body: ArrayBuffer;
  /** The headers to answer with, kept whole (copied into each answer, never changed). */
  headers: Headers;
  expires: number;
}

export class MemoryCache {
  readonly #entries = new Map<string, MemoryEntry>();

  constructor(
    readonly maxEntries: number,
    readonly ttlMs: number,
  ) {}

  get(key: string, now = Date.now()): MemoryEntry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Keeps a response body and its headers (the caller's own copy); the oldest entry goes when full. */
  set(key: string, body: ArrayBuffer, headers: Headers, now = Date.now()): void {
    setNewest(this.#entries, key, { body, headers, expires: now + this.ttlMs }, this.maxEntries);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }
}
