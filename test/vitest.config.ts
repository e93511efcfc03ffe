/**
 * Every test project in one run (`npm test`):
 * - worker: inside workerd with a real local D1 (migrations applied, seed loaded);
 * - widget: Preact components in happy-dom;
 * - tools:  the Node tooling (tools/) and the data/ check;
 * - e2e:    real Chromium against `wrangler dev` (see test/e2e/).
 */
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig(async () => ({
  root,
  test: {
    projects: [
      {
        root,
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              // Test-only binding so setup can apply the real migrations.
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations(`${root}/worker/migrations`),
                // The bootstrap admin token, as the ADMIN_TOKEN secret would give it.
                ADMIN_TOKEN: "test-admin-token-0123456789abcdef",
              },
            },
          }),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          setupFiles: ["test/worker/setup.ts"],
          // A publisher's site on loopback for the archiving tests, and a stand-in for Cloudflare's purge API.
          globalSetup: ["test/archive-site/global-setup.ts", "test/purge-api/global-setup.ts"],
        },
      },
      {
        root,
        oxc: { jsx: { runtime: "automatic" as const, importSource: "preact" } },
        test: {
          name: "widget",
          environment: "happy-dom",
          include: ["test/widget/**/*.test.{ts,tsx}"],
        },
      },
      {
        root,
        test: { name: "tools", environment: "node", include: ["test/tools/**/*.test.ts"], testTimeout: 60_000 },
      },
      {
        root,
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium, one server: run browser tests one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
}));
