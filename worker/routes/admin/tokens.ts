import { Hono } from "hono";
import { CreateTokenSchema } from "../../domain/roles";
import type { AppEnv } from "../../app-env";
import { requireRole } from "../../http/auth";
import { ApiError } from "../../http/errors";
import { jsonBody } from "../../http/json-body";
import { newToken, sha256HexOf } from "../../http/token-hash";
import { insertToken, isLiveToken, listTokens, revokeToken } from "../../store/tokens";
import { refusingClearly } from "./errors";

/** `/v1/admin/tokens` (admin only): tokens are shown once, stored as hashes, revocable. */
export const adminTokenRoutes = new Hono<AppEnv>()
  .use(requireRole("manageTokens"))
  .get("/", async (c) => c.json({ data: await listTokens(c.env.DB) }))
  .post("/", async (c) => {
    const { name, role } = await jsonBody(c, CreateTokenSchema);
    const token = newToken();
    const id = crypto.randomUUID();
    const sha256 = await sha256HexOf(token);
    await refusingClearly(() => insertToken(c.env.DB, { id, name, role, sha256 }, c.get("actor").name, new Date().toISOString()));
    // The only time the token is ever shown.
    return c.json({ id, name, role, token }, 201);
  })
  .delete("/:id", async (c) => {
    const id = c.req.param("id");
    if (!(await isLiveToken(c.env.DB, id))) throw new ApiError(404, "not_found", `No live token "${id.slice(0, 100)}"`);
    await refusingClearly(() => revokeToken(c.env.DB, id, c.get("actor").name, new Date().toISOString()));
    return c.body(null, 204);
  });
