import { Hono } from "hono/tiny";
import * as v from "valibot";
import type { AppEnv } from "../../app-env";
import { requireRole } from "../../http/auth";
import { validQuery } from "../../http/validate";
import { pendingCorrections } from "../../store/corrections";
import { DEFAULT_LIMIT, Limit } from "../query";

/**
 * `/v1/admin/corrections`: every pending correction, across cards, so a
 * reviewer can see what waits for a second person without asking card by card.
 */
export const adminCorrectionRoutes = new Hono<AppEnv>().get(
  "/",
  requireRole("readCards"),
  validQuery(v.object({ limit: Limit })),
  async (c) => {
    const { limit } = c.req.valid("query");
    return c.json({ data: await pendingCorrections(c.var.db, limit ?? DEFAULT_LIMIT) });
  },
);
