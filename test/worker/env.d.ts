// Types for the workerd test pool. The bindings from wrangler.toml and the
// Worker as the main module come from worker/worker-configuration.d.ts
// (`npm run types`); the tests add their migrations binding.
declare namespace Cloudflare {
  interface Env {
    /** Defined in test/vitest.config.ts. */
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}
