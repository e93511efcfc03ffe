import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll } from "vitest";
import { loadSeed } from "./seed";

// Real migrations on the real local D1, then the real seed: no mocks.
beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  await loadSeed(env.DB);
});
