import type { Actor } from "./domain/roles";
import type { Db } from "./store/db";

/**
 * The Worker's bindings: `Env` as `npm run types` generates it from
 * wrangler.toml (worker/worker-configuration.d.ts), except that the
 * secrets may be unset. The generator reads secrets' names from
 * .dev.vars.example, where every secret is a string; without a secret only
 * stored tokens work.
 */
export type Bindings = Omit<
  Env,
  "ADMIN_TOKEN" | "SESSION_SECRET" | "PUBLIC_ARCHIVE" | "CACHE_PURGE_ZONE_ID" | "CACHE_PURGE_TOKEN"
> & {
  ADMIN_TOKEN?: string;
  /** Signs the desk's session cookies; unset, a per-isolate secret is made (local development only). */
  SESSION_SECRET?: string;
  /** "true" makes full archived copies public; a var an operator sets, so any string. */
  PUBLIC_ARCHIVE?: string;
  /** Local development and tests only: `host:port` entries the archiver may fetch though they are not public. */
  ARCHIVE_ALLOW_HOSTS?: string;
  /** How long one capture may take, in milliseconds (default 15000). */
  ARCHIVE_TIMEOUT_MS?: string;
  /** The Cloudflare zone whose cache the purge API clears on every write; unset, only the writing location is purged. */
  CACHE_PURGE_ZONE_ID?: string;
  /** An API token with the zone's Cache Purge permission (goes with CACHE_PURGE_ZONE_ID). */
  CACHE_PURGE_TOKEN?: string;
  /** The Cloudflare API's base URL (default https://api.cloudflare.com/client/v4); tests point it at a local stand-in. */
  CACHE_PURGE_API?: string;
};

/** Hono's environment type for every route of this app. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: {
    /** Set by the request-id middleware; returned as X-Request-Id and logged with errors. */
    requestId: string;
    /** Who is calling the write API (set by `authenticate`). */
    actor: Actor;
    /** This request's D1 session (set by `d1Session`): use it, never `env.DB`. */
    db: Db;
  };
}
