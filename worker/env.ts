/** Bindings the Worker gets from wrangler.toml. */
export interface Env {
  /** The claimcards database (D1). */
  DB: D1Database;
  /** The built widget and the demo pages (`public/`). */
  ASSETS: Fetcher;
  /** Per-client limit on public reads (wrangler.toml [[ratelimits]]). */
  PUBLIC_RATE_LIMIT?: RateLimit;
  /** Per-client limit on write requests. */
  WRITE_RATE_LIMIT?: RateLimit;
  /** Captured pages, byte for byte (wrangler.toml [[r2_buckets]]). */
  SNAPSHOTS: R2Bucket;
  /** "true": full archived copies (text and bytes) are public at /v1/sources/:id. Otherwise newsroom roles only. */
  PUBLIC_ARCHIVE?: string;
  /**
   * Local development and tests only: `host:port` entries the archiver may
   * fetch even though they are loopback or private (e.g. "127.0.0.1:8788").
   */
  ARCHIVE_ALLOW_HOSTS?: string;
  /** How long one capture may take, in milliseconds (default 15000). */
  ARCHIVE_TIMEOUT_MS?: string;
  /** Bootstrap admin token (a wrangler secret; `.dev.vars` locally). Unset: only stored tokens work. */
  ADMIN_TOKEN?: string;
  /**
   * Signs the newsroom desk's session cookies (HMAC-SHA256; a wrangler
   * secret, at least 32 characters). Unset: a random per-isolate secret is
   * used instead, so sessions end whenever the isolate does (local
   * development and tests only).
   */
  SESSION_SECRET?: string;
}

/** Hono's environment type for every route of this app. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    /** Set by the request-id middleware; returned as X-Request-Id and logged with errors. */
    requestId: string;
    /** Who is calling the write API (set by `authenticate`). */
    actor: import("./domain/roles").Actor;
  };
}
