// Types for the workerd test pool: the bindings from wrangler.toml plus the
// test-only migrations binding, and the Worker as the main module.
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    ASSETS: Fetcher;
    ADMIN_TOKEN: string;
    SNAPSHOTS: R2Bucket;
    PUBLIC_ARCHIVE?: string;
    ARCHIVE_ALLOW_HOSTS?: string;
    ARCHIVE_TIMEOUT_MS?: string;
    /** Defined in test/vitest.config.ts. */
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
  interface GlobalProps {
    mainModule: typeof import("../../worker/index");
  }
}
