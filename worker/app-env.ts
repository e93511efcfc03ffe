import type { Actor } from "./domain/roles";

/**
 * The Worker's bindings: `Env` as `npm run types` generates it from
 * wrangler.toml (worker/worker-configuration.d.ts), except that the
 * ADMIN_TOKEN secret may be unset. The generator reads secrets' names from
 * .dev.vars.example, where every secret is a string; without a secret only
 * stored tokens work.
 */
export type Bindings = Omit<Env, "ADMIN_TOKEN"> & { ADMIN_TOKEN?: string };

/** Hono's environment type for every route of this app. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: {
    /** Set by the request-id middleware; returned as X-Request-Id and logged with errors. */
    requestId: string;
    /** Who is calling the write API (set by `authenticate`). */
    actor: Actor;
  };
}
