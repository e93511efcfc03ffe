import { Hono } from "hono/tiny";
import type { AppEnv } from "../app-env";

/** `GET /healthz`: the Worker runs and the database answers. */
export const healthRoutes = new Hono<AppEnv>().get("/", async (c) => {
  try {
    await c.var.db.prepare("SELECT 1").first();
    return c.json({ ok: true, db: "ok" });
  } catch {
    return c.json({ ok: false, db: "unavailable" }, 503);
  }
});
