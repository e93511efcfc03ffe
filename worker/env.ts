/** Bindings the Worker gets from wrangler.toml. */
export interface Env {
  /** The claimcards database (D1). */
  DB: D1Database;
  /** The built widget and the demo pages (`public/`). */
  ASSETS: Fetcher;
}

/** Hono's environment type for every route of this app. */
export interface AppEnv {
  Bindings: Env;
}
