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
  /** Bootstrap admin token (a wrangler secret; `.dev.vars` locally). Unset: only stored tokens work. */
  ADMIN_TOKEN?: string;
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
