import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../worker/index";
import { unreachableD1 } from "./unreachable-d1";

/** `/healthz` through the whole Worker, with the given database binding. */
async function health(db: D1Database): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request("https://cards.test/healthz"), { ...env, DB: db }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

describe("GET /healthz", () => {
  it("answers 200 while the real database answers", async () => {
    const response = await health(env.DB);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, db: "ok" });
  });

  it("answers 503, not 200 or a bare 500, when the database is down", async () => {
    const db = unreachableD1();
    const response = await health(db);
    expect(db.prepared).toBe(1); // it did ask the database
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ ok: false, db: "unavailable" });
  });

  it("answers 503 when the binding itself fails before any query runs", async () => {
    const broken = {
      withSession() {
        throw new Error("D1_ERROR: binding not available");
      },
      prepare() {
        throw new Error("D1_ERROR: binding not available");
      },
    } as unknown as D1Database;
    const response = await health(broken);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, db: "unavailable" });
  });
});
